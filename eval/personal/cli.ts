/**
 * Personalisation scenarios through the real extension:
 *   npm run -s eval:personal -- --data ../shared/data [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/personal/.
 */
import { suiteMain } from '../report/run-suite';
import { loadPersonalScenarios } from './scenarios';
import { scorePersonalAnswers } from './score-run';

suiteMain('npm run -s eval:personal -- --data DIR [--shard I/N] [--category C] [--json]', () => {
  const scenarios = loadPersonalScenarios();
  return {
    suite: 'personal',
    spec: 'eval/personal/personal.spec.ts',
    targets: [{ metric: 'satisfied', target: 0.85, label: 'checklist items met by the top 3 picks' }],
    title: (o) => `Personalisation: ${scenarios.filter((s) => !o.category || s.category === o.category).length} scenarios`,
    dataForSpec: (o) => o.data,
    score: (raw, o) => scorePersonalAnswers(raw, scenarios, o.data),
  };
});
