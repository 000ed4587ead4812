/**
 * Music scenarios through the real extension:
 *   npm run -s eval:music -- --data ../shared/data [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/music/.
 */
import { suiteMain } from '../report/run-suite';
import { loadMusicScenarios } from './scenarios';
import { scoreMusicAnswers } from './score-run';

suiteMain('npm run -s eval:music -- --data DIR [--shard I/N] [--category C] [--json]', () => {
  const scenarios = loadMusicScenarios();
  return {
    suite: 'music',
    spec: 'eval/music/music.spec.ts',
    targets: [{ metric: 'satisfied', target: 0.9, label: 'checklist items satisfied' }],
    title: (o) => `Music: ${scenarios.filter((s) => !o.category || s.category === o.category).length} scenarios`,
    dataForSpec: (o) => o.data,
    score: (raw, o) => scoreMusicAnswers(raw, scenarios, o.data),
    extra(rows) {
      const violations = rows.reduce((n, r) => n + (r.metrics['violations'] ?? 0), 0);
      return { lines: [`rejected-item violations: ${violations} tracks (target 0)`], json: { totalViolations: violations } };
    },
  };
});
