/**
 * The personalisation runner: one Playwright test per scenario. A fresh profile gets the four local
 * shops and the scenario's shopper profile through the Options page, then the short request goes
 * to the side panel. The CLI reads the top picks' pages and scores them.
 */
import { test } from '@playwright/test';
import { join } from 'node:path';
import { addSiteThroughOptions, extensionUrl } from '../browser/extension-ui';
import { launchExtension } from '../browser/launch-extension';
import { askAndObserve, benchSettings, failedAnswer, recordAnswer, siteBases } from '../report/record-answer';
import { startSites, type RunningSites } from '../sites';
import { setProfileThroughOptions } from './profile-form';
import { loadPersonalScenarios } from './scenarios';

const settings = benchSettings();
const scenarios = loadPersonalScenarios().filter((s) => !settings.category || s.category === settings.category);
const SHOPS = ['shop1', 'shop2', 'shop3', 'shop4'] as const;

const bench = test.extend<{}, { sites: RunningSites }>({
  sites: [async ({}, use) => {
    const sites = await startSites({ data: settings.data, only: [...SHOPS] });
    await use(sites);
    await sites.close();
  }, { scope: 'worker' }],
});

for (const scenario of scenarios) {
  bench(`${scenario.id} ${scenario.request}`, async ({ sites }) => {
    const launched = await launchExtension({ headed: !!process.env.HEADED }).catch((error: unknown) => {
      recordAnswer(settings.rawFile, failedAnswer(scenario, error, siteBases(sites.sites)));
      throw error;
    });
    try {
      for (const id of SHOPS) {
        const site = sites.sites[id];
        await addSiteThroughOptions(launched.context, launched.extensionId, { url: site.baseUrl, name: site.name, kind: 'shop' });
      }
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
