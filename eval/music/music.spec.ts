/**
 * The music runner: one Playwright test per scenario (so --shard splits them). Each scenario gets a
 * fresh profile with the two local music sites; the returned track URLs are recorded for the CLI,
 * which reads those pages and scores them against the scenario's checklist.
 */
import { askInFreshProfile, benchTest } from '../report/bench-fixture';
import { benchSettings } from '../report/record-answer';
import { loadMusicScenarios } from './scenarios';

const settings = benchSettings();
const MUSIC_SITES = ['tunes', 'archive'] as const;
// --scenarios FILE (a held-back set) arrives through the environment; else the suite's scenarios.json.
const scenarios = loadMusicScenarios(settings.scenarios).filter((s) => !settings.category || s.category === settings.category);

const bench = benchTest(settings.data, MUSIC_SITES);

for (const scenario of scenarios) {
  bench(`${scenario.id} ${scenario.request}`, ({ sites }) =>
    askInFreshProfile({ sites, siteIds: MUSIC_SITES, kind: 'music', settings, task: { id: scenario.id, category: scenario.category, request: scenario.request } }));
}
