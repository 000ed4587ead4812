/** WebMall's scoring: an answer is a set of offer URLs; P/R/F1 per task and strict completion. */
import type { OfferScore } from './types';

/**
 * One key per offer, independent of port and trailing slash: "shop2/product/slug/". A URL on none of
 * the given sites keeps its host, so it can never match gold by accident.
 */
export function canonicalOffer(url: string, sites: Record<string, string>): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `invalid:${url}`;
  }
  const path = (parsed.pathname.replace(/\/+$/, '') + '/') + (parsed.search ? [...parsed.searchParams].sort().map(([k, v]) => `${k}=${v}`).join('&').replace(/^/, '?') : '');
  const site = Object.entries(sites).find(([, base]) => new URL(base).host === parsed.host)?.[0];
  return `${site ?? parsed.host.toLowerCase()}${decodeURIComponent(path).toLowerCase()}`;
}

export function scoreOffers(answer: readonly string[], gold: readonly string[]): OfferScore {
  const returned = new Set(answer);
  const expected = new Set(gold);
  const hits = [...returned].filter((a) => expected.has(a)).length;
  if (expected.size === 0) {
    const clean = returned.size === 0 ? 1 : 0;
    return { precision: clean, recall: 1, f1: clean, completion: clean };
  }
  const precision = returned.size ? hits / returned.size : 0;
  const recall = hits / expected.size;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1, completion: hits === expected.size && returned.size === expected.size ? 1 : 0 };
}

/**
 * The offers an answer lists: the picks, then the quoted products' own offers the picks do not already
 * hold. The panel shows the quoted product as "You asked about" above the picks, and WebMall's gold for
 * compatible and substitute tasks lists that offer (every public and held-back one does).
 */
export function answerOffers(picks: readonly string[], quoted: readonly string[]): string[] {
  return [...new Set([...picks, ...quoted])];
}
