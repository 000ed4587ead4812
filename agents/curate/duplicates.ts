/**
 * A shop that lists the same product twice (same title; WooCommerce then gives the second a "-2"
 * slug) sells one thing: keep one listing, the original (shortest URL, then alphabetical), so an
 * answer names each offer once. When the price decides (cheapest), listings at different prices
 * stay apart so the cheaper one can win.
 */
import { normalizeText } from '../checklist/text';
import type { Candidate } from './rank';

export function mergeSameShopDuplicates(candidates: Candidate[], priceMatters: boolean): Candidate[] {
  const kept = new Map<string, Candidate>();
  for (const c of candidates) {
    const r = c.offer.record;
    const key = `${c.offer.site}\u0000${normalizeText(r.name ?? r.url)}\u0000${priceMatters ? r.price ?? '' : ''}`;
    const have = kept.get(key);
    if (!have || isOriginal(r.url, have.offer.record.url)) kept.set(key, c);
  }
  const survivors = new Set(kept.values());
  return candidates.filter((c) => survivors.has(c));
}

function isOriginal(a: string, b: string): boolean {
  return a.length < b.length || (a.length === b.length && a < b);
}
