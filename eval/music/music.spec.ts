/**
 * The music runner: one Playwright test per scenario (so --shard splits them). Each scenario gets a
 * fresh profile with the two local music sites; the returned track URLs are recorded for the CLI,
 * which reads those pages and scores them against the scenario's checklist.
 */
import { test } from '@playwright/test';
import { join } from 'node:path';
import { addSiteThroughOptions, extensionUrl } from '../browser/extension-ui';
import { launchExtension } from '../browser/launch-extension';
import { askAndObserve, benchSettings, failedAnswer, recordAnswer, siteBases } from '../report/record-answer';
import { startSites, type RunningSites } from '../sites';
import { loadMusicScenarios } from './scenarios';

const settings = benchSettings();
const scenarios = loadMusicScenarios().filter((s) => !settings.category || s.category === settings.category);

const bench = test.extend<{}, { sites: RunningSites }>({
  sites: [async ({}, use) => {
    const sites = await startSites({ data: settings.data, only: ['tunes', 'archive'] });
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
      for (const id of ['tunes', 'archive'] as const) {
        const site = sites.sites[id];
        await addSiteThroughOptions(launched.context, launched.extensionId, { url: site.baseUrl, name: site.name, kind: 'music' });
      }
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
