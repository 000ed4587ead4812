/** Turns the recorded answers into scored rows: gold is read here, after every answer is final. */
import { taskRow } from '../report/task-row';
import type { RawAnswer, TaskRow } from '../report/types';
import { goldKeys } from './gold';
import { canonicalOffer, scoreOffers } from './score';
import type { GoldOffer } from './types';

export function scoreWebmallAnswers(raw: readonly RawAnswer[], gold: Map<string, GoldOffer[]>, sitesData: string): TaskRow[] {
  return raw.map((answer) => {
    const goldOffers = gold.get(answer.id);
    const notes: string[] = [];
    if (!goldOffers) notes.push('No gold answer for this task id: scored against an empty set.');
    const expected = goldKeys(sitesData, goldOffers ?? []);
    const returnedUrls = answer.cartAdded ?? answer.picks.map((p) => p.url);
    if (answer.cartAdded) notes.push(`Answer = what the carts gained (${answer.cartAdded.length}); ${answer.picks.length} picks shown.`);
    const returned = [...new Set(returnedUrls.map((u) => canonicalOffer(u, answer.sites)))];
    const score = scoreOffers(returned, expected);
    if (answer.message) notes.push(answer.message);
    const missing = expected.filter((e) => !returned.includes(e));
    const extra = returned.filter((r) => !expected.includes(r));
    if (missing.length) notes.push(`missed: ${missing.join(', ')}`);
    if (extra.length) notes.push(`not in gold: ${extra.join(', ')}`);
    return taskRow(answer, {
      metrics: { precision: score.precision, recall: score.recall, f1: score.f1, completion: score.completion },
      passed: score.completion === 1,
      answer: returned,
      expected,
      notes,
    });
  });
}
