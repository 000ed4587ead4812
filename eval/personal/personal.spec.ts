/**
 * The personalisation runner: one Playwright test per scenario. A fresh profile gets the four local
 * shops and the scenario's shopper profile through the Options page, then the short request goes
 * to the side panel. The CLI reads the top picks' pages and scores them.
 */
import { askInFreshProfile, benchTest } from '../report/bench-fixture';
import { benchSettings } from '../report/record-answer';
import { setProfileThroughOptions } from './profile-form';
import { loadPersonalScenarios } from './scenarios';

const settings = benchSettings();
// --scenarios FILE (a held-back set) arrives through the environment; else the suite's scenarios.json.
const scenarios = loadPersonalScenarios(settings.scenarios).filter((s) => !settings.category || s.category === settings.category);
const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

const bench = benchTest(settings.data, SHOPS);

for (const scenario of scenarios) {
  bench(`${scenario.id} ${scenario.request}`, ({ sites }) =>
    askInFreshProfile({
      sites, siteIds: SHOPS, kind: 'shop', settings,
      task: { id: scenario.id, category: scenario.category, request: scenario.request },
      prepare: (launched) => setProfileThroughOptions(launched.context, launched.extensionId, scenario.profile),
    }));
}
