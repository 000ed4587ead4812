/**
 * The WebMall runner: one Playwright test per task, so `--shard I/N` splits the tasks. Each task gets
 * a fresh browser profile with the four local shops added in Options; the task text goes to the side
 * panel and the answer (pick URLs, or what the carts gained) is recorded. Scoring is the CLI's job.
 */
import { test } from '@playwright/test';
import { join } from 'node:path';
import { addSiteThroughOptions, extensionUrl } from '../browser/extension-ui';
import { launchExtension } from '../browser/launch-extension';
import { askAndObserve, benchSettings, failedAnswer, recordAnswer, siteBases } from '../report/record-answer';
import { startSites, type RunningSites } from '../sites';
import { answeredByCart, loadTasksForRun, taskRequest } from './tasks';

const settings = benchSettings();
const tasks = loadTasksForRun(join(settings.data, 'webmall'), settings.category);
const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

const bench = test.extend<{}, { sites: RunningSites }>({
  sites: [async ({}, use) => {
    const sites = await startSites({ data: settings.data, only: [...SHOPS] });
    await use(sites);
    await sites.close();
  }, { scope: 'worker' }],
});

async function cartTotals(sites: RunningSites): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const shop of [1, 2, 3, 4] as const) for (const line of await sites.cartOf(shop)) totals.set(line.url, line.quantity);
  return totals;
}

for (const task of tasks) {
  bench(task.id, async ({ sites }) => {
    const request = taskRequest(task, (shop, id) => sites.productUrl(shop, id));
    const launched = await launchExtension({ headed: !!process.env.HEADED }).catch((error: unknown) => {
      recordAnswer(settings.rawFile, failedAnswer({ id: task.id, category: task.category, request }, error, siteBases(sites.sites)));
      throw error;
    });
    try {
      for (const id of SHOPS) {
        const site = sites.sites[id];
        await addSiteThroughOptions(launched.context, launched.extensionId, { url: site.baseUrl, name: site.name, kind: 'shop' });
      }
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
