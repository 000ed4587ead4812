/**
 * The WebMall runner: one Playwright test per task, so `--shard I/N` splits the tasks. Each task gets
 * a fresh browser profile with the four local shops added in Options; the task text goes to the side
 * panel and the answer (pick URLs, or what the carts gained) is recorded. Scoring is the CLI's job.
 */
import { join } from 'node:path';
import { askInFreshProfile, benchTest } from '../report/bench-fixture';
import { BENCH_ENV } from '../report/bench-env';
import { benchSettings } from '../report/record-answer';
import type { RunningSites } from '../sites';
import { answeredByCart, loadTasksForRun, taskRequest } from './tasks';

const settings = benchSettings();
// --tasks FILE (another task set over the same shops) arrives through the environment.
const tasks = loadTasksForRun(process.env[BENCH_ENV.tasks] || join(settings.data, 'webmall'), settings.category);
const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

const bench = benchTest(settings.data, SHOPS);

async function cartTotals(sites: RunningSites): Promise<Map<string, number>> {
  const totals = new Map<string, number>();
  for (const shop of [1, 2, 3, 4] as const) for (const line of await sites.cartOf(shop)) totals.set(line.url, line.quantity);
  return totals;
}

for (const task of tasks) {
  bench(task.id, ({ sites }) => {
    const request = taskRequest(task, (shop, id) => sites.productUrl(shop, id));
    return askInFreshProfile({
      sites, siteIds: SHOPS, kind: 'shop', settings,
      task: { id: task.id, category: task.category, request },
      // Add_To_Cart is answered by what the shops' carts gained during the run.
      observe: !answeredByCart(task) ? undefined : async (ask) => {
        const before = await cartTotals(sites);
        const raw = await ask();
        const after = await cartTotals(sites);
        return { ...raw, cartAdded: [...after].filter(([url, qty]) => qty > (before.get(url) ?? 0)).map(([url]) => url) };
      },
    });
  });
}
