/**
 * Development proxy for the personalisation suite: the shopping agent in Node through the fetch
 * visitor on the four shops (shop 3's script-drawn listings are read from the endpoint its page
 * declares, as its script does).
 * Fast enough to run after every change; the reported figures stay those of `eval:personal`, which
 * runs the real extension in Chromium on all four shops.
 *
 *   npm run -s eval:personal:node -- --data ../shared/data [--scenarios FILE] [--scenario ID] [--json]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { curateShopping } from '../../agents/curate';
import { extractIntents } from '../../agents/intents';
import { createLinkedomVisitor } from '../sites/linkedom-visitor';
import { profileFromForm } from '../../agents/store/profile-form';
import type { SiteRef } from '../../agents/sites/types';
import { startSites } from '../sites';
import { readProductFacts } from './read-products';
import { loadPersonalScenarios, profileFormValues } from './scenarios';
import { scenariosFileArg } from '../report/suite-cli';
import { scorePersonalScenario, TOP_PICKS } from './score';
import type { ProductFacts } from './types';

const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

async function main() {
  const { values } = parseArgs({ options: { data: { type: 'string' }, scenarios: { type: 'string' }, scenario: { type: 'string' }, json: { type: 'boolean', default: false } } });
  if (!values.data) throw new Error('Usage: npm run -s eval:personal:node -- --data DIR [--scenarios FILE] [--scenario ID] [--json]');
  const file = scenariosFileArg(values.scenarios);
  const scenarios = loadPersonalScenarios(file).filter((s) => !values.scenario || s.id === values.scenario);
  if (!scenarios.length) throw new Error(`No personalisation scenario with id ${values.scenario}.`);
  if (file) console.log(`Scenarios read from ${file}.`);
  const running = await startSites({ data: resolve(values.data), only: [...SHOPS] });
  console.log(`Development proxy: Node fetch visitor on ${SHOPS.join(', ')}. Reported figures come from eval:personal.`);
  let total = 0;
  try {
    const sites: SiteRef[] = SHOPS.map((id) => running.sites[id]).map((s) => ({ id: s.id, name: s.name, baseUrl: s.baseUrl, kind: 'shop' }));
    for (const scenario of scenarios) {
      const visitor = createLinkedomVisitor();
      const started = Date.now();
      const result = await curateShopping({ request: extractIntents(scenario.request), sites, visitor, profile: profileFromForm(profileFormValues(scenario.profile)) });
      const seconds = (Date.now() - started) / 1000;
      // Scored only now, after the agent answered.
      const picks: ProductFacts[] = [];
      for (const pick of result.picks.slice(0, TOP_PICKS)) {
        const facts = await readProductFacts(pick.offer.record.url);
        picks.push('error' in facts ? { url: pick.offer.record.url, name: '', text: '', categories: [], inStock: false } : facts);
      }
      const score = scorePersonalScenario(scenario, picks);
      total += score.satisfied;
      console.log(`${score.passed ? 'PASS' : 'FAIL'} ${scenario.id} ${scenario.category} "${scenario.request}" satisfied=${score.satisfied.toFixed(3)} ${seconds.toFixed(1)} s ${visitor.pagesLoaded()} pages`);
      console.log(`  checks: ${score.perCheck.join('; ')}`);
      for (const p of picks) console.log(`  pick: ${p.name || p.url} | ${p.brand ?? '-'} | ${p.price ?? '-'}`);
    }
  } finally {
    await running.close();
  }
  console.log(`satisfied (mean over ${scenarios.length}): ${(total / scenarios.length).toFixed(3)}`);
  if (values.json) console.log(JSON.stringify({ scenarios: scenarios.length, satisfied: total / scenarios.length }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
