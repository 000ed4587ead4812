/** Turns the recorded answers into scored rows: gold is read here, after every answer is final. */
import { taskRow } from '../report/task-row';
import type { RawAnswer, TaskRow } from '../report/types';
import { goldKeys } from './gold';
import { answerOffers, canonicalOffer, scoreOffers } from './score';
import type { GoldOffer } from './types';

export function scoreWebmallAnswers(raw: readonly RawAnswer[], gold: Map<string, GoldOffer[]>, sitesData: string): TaskRow[] {
  return raw.map((answer) => {
    const goldOffers = gold.get(answer.id);
    const notes: string[] = [];
    if (!goldOffers) notes.push('No gold answer for this task id: scored against an empty set.');
    const expected = goldKeys(sitesData, goldOffers ?? []);
    const canonical = (urls: readonly string[]) => [...new Set(urls.map((u) => canonicalOffer(u, answer.sites)))];
    const picks = canonical(answer.picks.map((p) => p.url));
    if (answer.cartAdded) notes.push(`Answer = what the carts gained (${answer.cartAdded.length}); ${answer.picks.length} picks shown.`);
    // The answer is every offer the panel lists: the picks and the quoted product's own offer ("You asked
    // about"), as WebMall's gold for compatible and substitute tasks lists it. The picks alone are scored apart.
    const returned = answer.cartAdded ? canonical(answer.cartAdded) : answerOffers(picks, canonical(answer.referenceUrls ?? []));
    const score = scoreOffers(returned, expected);
    const picksOnly = answer.cartAdded ? score : scoreOffers(picks, expected);
    if (answer.message) notes.push(answer.message);
    const missing = expected.filter((e) => !returned.includes(e));
    const extra = returned.filter((r) => !expected.includes(r));
    if (missing.length) notes.push(`missed: ${missing.join(', ')}`);
    if (extra.length) notes.push(`not in gold: ${extra.join(', ')}`);
    return taskRow(answer, {
      metrics: { precision: score.precision, recall: score.recall, f1: score.f1, completion: score.completion },
      passed: score.completion === 1,
      alsoScored: { f1PicksOnly: picksOnly.f1, completionPicksOnly: picksOnly.completion },
      answer: returned,
      expected,
      notes,
    });
  });
}

/** The WebMall CLI's extra line and JSON fields: the same answers scored on the picks alone, without the quoted offer. */
export function picksOnlySummary(rows: readonly TaskRow[]): { lines: string[]; json: Record<string, unknown> } {
  const mean = (of: readonly TaskRow[], key: string) => (of.length ? of.reduce((sum, r) => sum + (r.alsoScored?.[key] ?? 0), 0) / of.length : 0);
  const f1 = mean(rows, 'f1PicksOnly');
  const completion = mean(rows, 'completionPicksOnly');
  // Per category only where the quoted offer changes the figure (the compatible and substitute tasks).
  const changed = [...new Set(rows.map((r) => r.category))].sort().flatMap((category) => {
    const of = rows.filter((r) => r.category === category);
    const answered = of.reduce((sum, r) => sum + (r.metrics['completion'] ?? 0), 0) / of.length;
    const picks = mean(of, 'completionPicksOnly');
    return picks === answered ? [] : [`  ${category}: completion ${answered.toFixed(3)}, ${picks.toFixed(3)} on the picks alone`];
  });
  return {
    lines: [`picks alone (without the quoted product's offer shown above them): completion ${completion.toFixed(3)}, F1 ${f1.toFixed(3)}`, ...changed],
    json: { picksOnly: { completion, f1 } },
  };
}
