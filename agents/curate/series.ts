/**
 * "Samsung's budget-friendly smartphone series": a product line is the letter family of its model
 * numbers (A15, A25, A35 are the A series; S23, S24 the S series). The budget series is the family
 * with the lowest median price among the candidates, the premium one the highest; read from the
 * shops' own prices, never from a list of names.
 */
import type { Candidate } from './rank';
import { modelKey } from './product-match';

export type SeriesTier = 'budget' | 'premium';

export function seriesTier(text: string): SeriesTier | undefined {
  if (!/\b(series|line|range|family|lineup)\b/i.test(text)) return undefined;
  if (/\b(budget|affordable|cheap|low[- ]cost|entry[- ]level|inexpensive)\b/i.test(text)) return 'budget';
  if (/\b(premium|flagship|high[- ]end|top[- ]of[- ]the[- ]line)\b/i.test(text)) return 'premium';
  return undefined;
}

/** "a25" -> "a", "s24 plus" -> "s", "rtx4070" -> "rtx"; undefined when the model has no letter prefix. */
export function seriesOf(title: string): string | undefined {
  return /^([a-z]+)\d/.exec(modelKey(title))?.[1];
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
}

/** Keeps the candidates of the cheapest (budget) or dearest (premium) series; all of them when no series shows. */
export function keepSeries(pool: Candidate[], tier: SeriesTier, drop: (c: Candidate, reason: string) => void): Candidate[] {
  const bySeries = new Map<string, number[]>();
  for (const c of pool) {
    const s = seriesOf(c.offer.record.name ?? '');
    if (s && c.offer.record.price !== undefined) bySeries.set(s, [...(bySeries.get(s) ?? []), c.offer.record.price]);
  }
  if (bySeries.size < 2) return pool;
  const ranked = [...bySeries.entries()].map(([s, prices]) => ({ s, m: median(prices) })).sort((a, b) => (tier === 'budget' ? a.m - b.m : b.m - a.m));
  const chosen = ranked[0]!.s;
  return pool.filter((c) => {
    const ok = seriesOf(c.offer.record.name ?? '') === chosen;
    if (!ok) drop(c, `not in the ${tier} series (${chosen.toUpperCase()}, median price ${ranked[0]!.m})`);
    return ok;
  });
}
