/** Share of checklist items met by the top 3 picks; a missing pick meets nothing. Pure. */
import { checkProduct, describeProductCheck } from './checks';
import type { PersonalScenario, ProductFacts } from './types';

export const TOP_PICKS = 3;

export interface PersonalScore {
  satisfied: number;
  picksScored: number;
  passed: boolean;
  perCheck: string[];
}

export function scorePersonalScenario(scenario: PersonalScenario, picks: readonly ProductFacts[]): PersonalScore {
  const top = picks.slice(0, TOP_PICKS);
  const perCheck = scenario.checklist.map((check) => ({ check, met: top.filter((p) => checkProduct(check, p)).length }));
  const met = perCheck.reduce((n, c) => n + c.met, 0);
  const satisfied = met / (scenario.checklist.length * TOP_PICKS);
  return {
    satisfied,
    picksScored: top.length,
    passed: satisfied === 1,
    perCheck: perCheck.map((c) => `${describeProductCheck(c.check)} ${c.met}/${TOP_PICKS}`),
  };
}
