/**
 * The music runner: one Playwright test per scenario (so --shard splits them). Each scenario gets a
 * fresh profile with the two local music sites; the returned track URLs are recorded for the CLI,
 * which reads those pages and scores them against the scenario's checklist.
 */
import { join } from 'node:path';
import { extensionUrl } from '../browser/extension-ui';
import { benchTest, launchWithSites } from '../report/bench-fixture';
import { askAndObserve, benchSettings, failedAnswer, recordAnswer, siteBases } from '../report/record-answer';
import { loadMusicScenarios } from './scenarios';

const settings = benchSettings();
const MUSIC_SITES = ['tunes', 'archive'] as const;
const scenarios = loadMusicScenarios().filter((s) => !settings.category || s.category === settings.category);

const bench = benchTest(settings.data, MUSIC_SITES);

for (const scenario of scenarios) {
  bench(`${scenario.id} ${scenario.request}`, async ({ sites }) => {
    const launched = await launchWithSites(sites, MUSIC_SITES, 'music', (error) => recordAnswer(settings.rawFile, failedAnswer(scenario, error, siteBases(sites.sites))));
    try {
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
