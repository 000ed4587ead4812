/**
 * The demo: the local websites, the real extension in Chromium, and requests typed into its side
 * panel exactly as a user would. Prints each curated list and saves a screenshot of the panel.
 *
 *   npx tsx eval/demo/run-demo.ts --data ../shared/data [--headed] [--request "..."]
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addSiteThroughOptions, askSidePanel, extensionUrl } from '../browser/extension-ui';
import { launchExtension } from '../browser/launch-extension';
import { startSites } from '../sites';
import { counted } from '../../lib/ui/counted';

const DEFAULT_REQUESTS = ['cheapest AMD Ryzen 9 5900X', 'upbeat 80s pop like madonna but not sad'];

const { values } = parseArgs({
  options: {
    data: { type: 'string', default: process.env.TASTEBUD_DATA ?? '../shared/data' },
    headed: { type: 'boolean', default: false },
    request: { type: 'string', multiple: true },
    out: { type: 'string', default: 'eval/reports' },
  },
});

const headed = values.headed || (!!process.env.DISPLAY && !process.env.CI);
const requests = values.request?.length ? values.request : DEFAULT_REQUESTS;

const sites = await startSites({ data: resolve(values.data!), only: ['shop1', 'shop2', 'shop3', 'shop4', 'tunes', 'archive'] });
console.log('Local websites:');
for (const site of Object.values(sites.sites)) console.log(`  ${site.name.padEnd(18)} ${site.baseUrl}`);

const launched = await launchExtension({ headed });
try {
  for (const site of Object.values(sites.sites)) {
    if (site.kind === 'pages') continue;
    await addSiteThroughOptions(launched.context, launched.extensionId, { url: site.baseUrl, name: site.name, kind: site.kind === 'music' ? 'music' : 'shop' });
  }
  const panel = await launched.context.newPage();
  await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
  mkdirSync(values.out!, { recursive: true });

  for (const [i, request] of requests.entries()) {
    const started = Date.now();
    const answer = await askSidePanel(panel, request);
    console.log(`\n“${request}” → ${answer.status}, ${counted(answer.picks.length, 'pick')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    if (answer.message) console.log(`  ${answer.message}`);
    const cards = await panel.getByTestId('result-card').all();
    for (const [rank, card] of cards.entries()) {
      const text = (await card.innerText()).split('\n').filter(Boolean);
      console.log(`  ${rank + 1}. ${text.slice(0, 3).join(' | ').replace(/^\d+\.\s*/, '')}`);
    }
    const shot = resolve(values.out!, `demo-sidepanel-${i + 1}.png`);
    await panel.screenshot({ path: shot, fullPage: true });
    console.log(`  screenshot: ${shot}`);
  }
  if (headed) {
    console.log('\nThe browser stays open with the extension loaded; press Ctrl-C to stop.');
    await new Promise(() => undefined);
  }
} finally {
  if (!headed) {
    await launched.close();
    await sites.close();
  }
}
