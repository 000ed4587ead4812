/**
 * The music suite as eval:music runs it: its scenarios come from eval/music/scenarios.json, or from
 * the file given with --scenarios (a held-back set), and are scored from that same file.
 */
import type { SuiteDefinition } from '../report/run-suite';
import type { SuiteOptions } from '../report/suite-cli';
import { loadMusicScenarios } from './scenarios';
import { scoreMusicAnswers } from './score-run';

export function musicSuite(options: SuiteOptions): SuiteDefinition {
  const scenarios = loadMusicScenarios(options.scenarios);
  const from = options.scenarios ? ` from ${options.scenarios}` : '';
  return {
    suite: 'music',
    spec: 'eval/music/music.spec.ts',
    targets: [{ metric: 'satisfied', target: 0.9, label: 'checklist items satisfied' }],
    title: (o) => `Music: ${scenarios.filter((s) => !o.category || s.category === o.category).length} scenarios${from}`,
    dataForSpec: (o) => o.data,
    score: (raw, o) => scoreMusicAnswers(raw, scenarios, o.data),
    extra(rows) {
      const violations = rows.reduce((n, r) => n + (r.metrics['violations'] ?? 0), 0);
      return { lines: [`rejected-item violations: ${violations} tracks (target 0)`], json: { totalViolations: violations } };
    },
  };
}
