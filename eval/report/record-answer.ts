/** Spec side of the runners: ask the side panel like a user, and record the raw answer for the CLI. */
import type { Page } from '@playwright/test';
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { askSidePanel } from '../browser/extension-ui';
import { BENCH_ENV } from './bench-env';
import type { RawAnswer } from './types';

export function benchSettings() {
  const data = process.env[BENCH_ENV.data];
  const rawFile = process.env[BENCH_ENV.rawFile];
  if (!data || !rawFile) throw new Error(`Run the benchmark through its CLI (npm run -s eval:<suite> -- --data DIR): ${BENCH_ENV.data} and ${BENCH_ENV.rawFile} are not set.`);
  return { data, rawFile, reportDir: process.env[BENCH_ENV.reportDir] ?? 'eval/reports', category: process.env[BENCH_ENV.category] || undefined, scenarios: process.env[BENCH_ENV.scenarios] || undefined };
}

const safeName = (id: string) => id.replace(/[^A-Za-z0-9_-]+/g, '_');

/** Types the request, waits for the run to end, and keeps what the panel showed (text and screenshot). */
export async function askAndObserve(panel: Page, task: { id: string; category: string; request: string }, opts: { sites: Record<string, string>; shotsDir?: string; timeoutMs?: number }): Promise<RawAnswer> {
  const started = Date.now();
  const base: RawAnswer = { id: task.id, category: task.category, request: task.request, status: 'error', picks: [], seconds: 0, sites: opts.sites };
  try {
    // On a loaded machine the panel has been seen to stall before its first render: reload it once.
    const ready = () => panel.getByTestId('request-input').waitFor({ timeout: 30_000 });
    await ready().catch(async () => {
      await panel.reload();
      await ready();
    });
    const answer = await askSidePanel(panel, task.request, opts.timeoutMs ?? 180_000);
    const seconds = (Date.now() - started) / 1000;
    const run = panel.getByTestId('run');
    const statusText = (await panel.getByTestId('run-status').textContent().catch(() => null)) ?? '';
    const pages = /(\d+)\s+pages? read/.exec(statusText);
    const raw: RawAnswer = { ...base, status: answer.status, picks: answer.picks, referenceUrls: answer.references.map((r) => r.url), message: answer.message, seconds, pagesLoaded: pages ? Number(pages[1]) : undefined };
    raw.panelText = (await run.innerText().catch(() => '')).slice(0, 4000);
    if (opts.shotsDir) {
      mkdirSync(opts.shotsDir, { recursive: true });
      const file = `${safeName(task.id)}.png`;
      await panel.screenshot({ path: join(opts.shotsDir, file), fullPage: true }).catch(() => undefined);
      raw.screenshot = `shots/${file}`;
    }
    return raw;
  } catch (error) {
    return { ...base, seconds: (Date.now() - started) / 1000, error: error instanceof Error ? error.message.split('\n')[0] : String(error) };
  }
}

export function recordAnswer(rawFile: string, raw: RawAnswer): void {
  appendFileSync(rawFile, JSON.stringify(raw) + '\n');
}

/** Site id -> base URL, from startSites' result. */
export const siteBases = (sites: Record<string, { baseUrl: string }>): Record<string, string> =>
  Object.fromEntries(Object.entries(sites).map(([id, s]) => [id, s.baseUrl]));


/** An answer for a task whose setup failed (browser, extension, Options page), so no task goes missing. */
export function failedAnswer(task: { id: string; category: string; request: string }, error: unknown, sites: Record<string, string>): RawAnswer {
  const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
  return { id: task.id, category: task.category, request: task.request, status: 'error', picks: [], seconds: 0, sites, error: `setup failed: ${message}` };
}
