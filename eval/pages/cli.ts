/**
 * npm run -s eval:pages -- --data DIR [--json] [--node] [--verbose] [--errors]
 * Reads every snapshot with the content script's reader in headless Chromium (or linkedom with --node)
 * and scores price, SKU, availability, currency and brand. --errors only prints, per page, every miss
 * with the source that decided it and what each source said (Node, for tuning).
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { loadSnapshots } from './dataset';
import { runInNode } from './node-run';
import { printReport, scoreRun } from './report';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      data: { type: 'string' },
      json: { type: 'boolean', default: false },
      node: { type: 'boolean', default: false },
      verbose: { type: 'boolean', default: false },
      errors: { type: 'boolean', default: false },
    },
  });
  if (!values.data) throw new Error('Missing --data DIR (a folder laid out like shared/data/product-pages).');
  const pages = loadSnapshots(resolve(values.data));
  if (values.errors) {
    const { printErrors } = await import('./errors');
    printErrors(pages);
    return;
  }
  let results;
  if (values.node) results = runInNode(pages);
  else {
    const { runInChromium } = await import('./chromium-run');
    results = await runInChromium(pages);
  }
  const report = scoreRun(pages, results);
  printReport(report, { json: values.json, verbose: values.verbose, pages: pages.length, engine: values.node ? 'Node (linkedom)' : 'headless Chromium' });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
