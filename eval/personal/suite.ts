/**
 * The personalisation suite as eval:personal runs it: its scenarios come from eval/personal/scenarios.json,
 * or from the file given with --scenarios (a held-back set), and are scored from that same file.
 */
import type { SuiteDefinition } from '../report/run-suite';
import type { SuiteOptions } from '../report/suite-cli';
import { loadPersonalScenarios } from './scenarios';
import { scorePersonalAnswers } from './score-run';

export function personalSuite(options: SuiteOptions): SuiteDefinition {
  const scenarios = loadPersonalScenarios(options.scenarios);
  const from = options.scenarios ? ` from ${options.scenarios}` : '';
  return {
    suite: 'personal',
    spec: 'eval/personal/personal.spec.ts',
    targets: [{ metric: 'satisfied', target: 0.85, label: 'checklist items met by the top 3 picks' }],
    title: (o) => `Personalisation: ${scenarios.filter((s) => !o.category || s.category === o.category).length} scenarios${from}`,
    dataForSpec: (o) => o.data,
    score: (raw, o) => scorePersonalAnswers(raw, scenarios, o.data),
  };
}
