/**
 * The personalisation runner: one Playwright test per scenario. A fresh profile gets the four local
 * shops and the scenario's shopper profile through the Options page, then the short request goes
 * to the side panel. The CLI reads the top picks' pages and scores them.
 */
import { join } from 'node:path';
import { extensionUrl } from '../browser/extension-ui';
import { benchTest, launchWithSites } from '../report/bench-fixture';
import { askAndObserve, benchSettings, failedAnswer, recordAnswer, siteBases } from '../report/record-answer';
import { setProfileThroughOptions } from './profile-form';
import { loadPersonalScenarios } from './scenarios';

const settings = benchSettings();
const scenarios = loadPersonalScenarios().filter((s) => !settings.category || s.category === settings.category);
const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

const bench = benchTest(settings.data, SHOPS);

for (const scenario of scenarios) {
  bench(`${scenario.id} ${scenario.request}`, async ({ sites }) => {
    const launched = await launchWithSites(sites, SHOPS, 'shop', (error) => recordAnswer(settings.rawFile, failedAnswer(scenario, error, siteBases(sites.sites))));
    try {
      await setProfileThroughOptions(launched.context, launched.extensionId, scenario.profile);
      const panel = await launched.context.newPage();
      await panel.goto(extensionUrl(launched.extensionId, 'sidepanel.html'));
      const raw = await askAndObserve(panel, { id: scenario.id, category: scenario.category, request: scenario.request }, { sites: siteBases(sites.sites), shotsDir: join(settings.reportDir, 'shots') });
      recordAnswer(settings.rawFile, raw);
    } catch (error) {
      recordAnswer(settings.rawFile, failedAnswer(scenario, error, siteBases(sites.sites)));
      throw error;
    } finally {
      await launched.close();
    }
  });
}
