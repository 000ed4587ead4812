/**
 * Runs the bundled reader inside headless Chromium on each served snapshot. Page scripts are off
 * (snapshots are static) and every request that is not to 127.0.0.1 is aborted.
 */
import { chromium } from 'playwright-core';
import { chromiumArgs } from '../browser/chromium';
import { bundlePageReader } from './bundle';
import type { SnapshotPage } from './dataset';
import type { PageResult } from './node-run';
import { serveSnapshots } from './server';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = chromiumArgs();

export async function runInChromium(pages: SnapshotPage[]): Promise<PageResult[]> {
  const reader = await bundlePageReader();
  const server = await serveSnapshots(pages);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    await context.route('**/*', (route) => {
      const request = route.request();
      const local = new URL(request.url()).hostname === '127.0.0.1';
      return local && request.resourceType() === 'document' ? route.continue() : route.abort();
    });
    const page = await context.newPage();
    const results: PageResult[] = [];
    for (const snapshot of pages) {
      await page.goto(server.urlOf(snapshot.id), { waitUntil: 'domcontentloaded' });
      const out = await page.evaluate(
        ([source, url]) => {
          const scope = globalThis as unknown as { TastebudPage?: { readProductPage(doc: Document, url: string): Record<string, unknown> } };
          if (!scope.TastebudPage) (0, eval)(source);
          const start = performance.now();
          const record = scope.TastebudPage!.readProductPage(document, url);
          const ms = performance.now() - start;
          return { ms, price: record.price, sku: record.sku, availability: record.availability, currency: record.currency, brand: record.brand };
        },
        [reader, snapshot.gold.url] as const,
      );
      const { ms, ...prediction } = out as { ms: number } & PageResult['prediction'];
      results.push({ id: snapshot.id, prediction, ms });
    }
    return results;
  } finally {
    await browser.close();
    await server.close();
  }
}
