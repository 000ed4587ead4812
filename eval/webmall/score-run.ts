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
    // The headline is strict (the picks alone). WebMall's gold for compatible and substitute tasks also
    // lists the quoted product's own offer, which the panel shows apart as "You asked about": scored here too.
    const withReference = scoreOffers([...new Set([...returned, ...(answer.referenceUrls ?? []).map((u) => canonicalOffer(u, answer.sites))])], expected);
    if (answer.message) notes.push(answer.message);
    const missing = expected.filter((e) => !returned.includes(e));
    const extra = returned.filter((r) => !expected.includes(r));
    if (missing.length) notes.push(`missed: ${missing.join(', ')}`);
    if (extra.length) notes.push(`not in gold: ${extra.join(', ')}`);
    return taskRow(answer, {
      metrics: { precision: score.precision, recall: score.recall, f1: score.f1, completion: score.completion },
      passed: score.completion === 1,
      alsoScored: { f1WithReference: withReference.f1, completionWithReference: withReference.completion },
      answer: returned,
      expected,
      notes,
    });
  });
}

/** The WebMall CLI's extra line and JSON fields: the same answers scored with the reference offer. */
export function withReferenceSummary(rows: readonly TaskRow[]): { lines: string[]; json: Record<string, unknown> } {
  const mean = (of: readonly TaskRow[], key: string) => (of.length ? of.reduce((sum, r) => sum + (r.alsoScored?.[key] ?? 0), 0) / of.length : 0);
  const f1 = mean(rows, 'f1WithReference');
  const completion = mean(rows, 'completionWithReference');
  // Per category only where the reference changes the figure (the compatible and substitute tasks).
  const changed = [...new Set(rows.map((r) => r.category))].sort().flatMap((category) => {
    const of = rows.filter((r) => r.category === category);
    const strict = of.reduce((sum, r) => sum + (r.metrics['completion'] ?? 0), 0) / of.length;
    const withRef = mean(of, 'completionWithReference');
    return withRef === strict ? [] : [`  ${category}: completion ${strict.toFixed(3)} strict, ${withRef.toFixed(3)} with the reference offer`];
  });
  return {
    lines: [`with the reference offer (picks plus the quoted product shown above them): completion ${completion.toFixed(3)}, F1 ${f1.toFixed(3)}`, ...changed],
    json: { withReference: { completion, f1 } },
  };
}
