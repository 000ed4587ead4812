/**
 * The WebMall runner: one Playwright test per task, so `--shard I/N` splits the tasks. Each task gets
 * a fresh browser profile with the four local shops added in Options; the task text goes to the side
 * panel and the answer (pick URLs, or what the carts gained) is recorded. Scoring is the CLI's job.
 */
import { join } from 'node:path';
import { extensionUrl } from '../browser/extension-ui';
import { benchTest, launchWithSites } from '../report/bench-fixture';
import { askAndObserve, benchSettings, failedAnswer, recordAnswer, siteBases } from '../report/record-answer';
import type { RunningSites } from '../sites';
import { answeredByCart, loadTasksForRun, taskRequest } from './tasks';

const settings = benchSettings();
const tasks = loadTasksForRun(join(settings.data, 'webmall'), settings.category);
const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

const bench = benchTest(settings.data, SHOPS);

async function cartTotals(sites: RunningSites): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const shop of [1, 2, 3, 4] as const) for (const line of await sites.cartOf(shop)) totals.set(line.url, line.quantity);
  return totals;
}

for (const task of tasks) {
  bench(task.id, async ({ sites }) => {
    const request = taskRequest(task, (shop, id) => sites.productUrl(shop, id));
    const launched = await launchWithSites(sites, SHOPS, 'shop', (error) => recordAnswer(settings.rawFile, failedAnswer({ id: task.id, category: task.category, request }, error, siteBases(sites.sites))));
    try {
      const panel = await launched.context.newPage();
      await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
      const cartBefore = answeredByCart(task) ? await cartTotals(sites) : undefined;
      const raw = await askAndObserve(panel, { id: task.id, category: task.category, request }, { sites: siteBases(sites.sites), shotsDir: join(settings.reportDir, 'shots') });
      if (cartBefore) {
        const after = await cartTotals(sites);
        raw.cartAdded = [...after].filter(([url, qty]) => qty > (cartBefore.get(url) ?? 0)).map(([url]) => url);
      }
      recordAnswer(settings.rawFile, raw);
    } catch (error) {
      recordAnswer(settings.rawFile, failedAnswer({ id: task.id, category: task.category, request }, error, siteBases(sites.sites)));
      throw error;
    } finally {
      await launched.close();
    }
  });
}
