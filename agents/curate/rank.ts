/**
 * Choosing and ordering offers: hard constraints first (a hard fail excludes; fewer unknowns wins),
 * then the profile's preferences (soft items), then price, then URL so ties never depend on timing.
 */
import { tally } from '../checklist/verify';
import type { Verdict } from '../checklist/types';
import { measureFor } from './product-match';
import type { RequestShape } from './request-shape';
import type { LeftOut, Offer } from './types';

export interface Candidate {
  offer: Offer;
  verdicts: Verdict[];
}

const price = (c: Candidate) => c.offer.record.price ?? Number.POSITIVE_INFINITY;

export function compareCandidates(a: Candidate, b: Candidate): number {
  const ta = tally(a.verdicts);
  const tb = tally(b.verdicts);
  return ta.hardFail - tb.hardFail || ta.hardUnknown - tb.hardUnknown || tb.softPass - ta.softPass || ta.softFail - tb.softFail
    || price(a) - price(b) || (a.offer.record.url < b.offer.record.url ? -1 : a.offer.record.url > b.offer.record.url ? 1 : 0);
}

/** Applies the request's shape to the verified candidates; returns picks in rank order and who was left out why. */
export function selectOffers(all: Candidate[], shape: RequestShape): { picks: Candidate[]; leftOut: LeftOut[] } {
  const leftOut: LeftOut[] = [];
  const drop = (c: Candidate, reason: string) => leftOut.push({ offer: c.offer, reason });
  let pool = [...all].sort(compareCandidates);
  pool = pool.filter((c) => {
    const fail = c.verdicts.find((v) => v.hard && v.status === 'fail');
    if (fail) drop(c, `${fail.label}: ${fail.reason}`);
    return !fail;
  });
  // Among those left, the ones with the fewest unchecked hard wishes: confirmed fits beat maybes.
  const fewestUnknown = Math.min(...pool.map((c) => tally(c.verdicts).hardUnknown));
  pool = pool.filter((c) => {
    const ok = tally(c.verdicts).hardUnknown === fewestUnknown;
    if (!ok) drop(c, `could not confirm: ${c.verdicts.filter((v) => v.hard && v.status === 'unknown').map((v) => v.label).join(', ')}`);
    return ok;
  });
  if (shape.superlative) {
    const { measure, direction } = shape.superlative;
    const valued = pool.map((c) => ({ c, v: measureFor(c.offer.record.name ?? '', measure) }));
    const known = valued.filter((x) => x.v !== undefined) as { c: Candidate; v: number }[];
    const best = direction === 'max' ? Math.max(...known.map((x) => x.v)) : Math.min(...known.map((x) => x.v));
    pool = valued.filter((x) => {
      const ok = x.v === best;
      if (!ok) drop(x.c, x.v === undefined ? `its ${measure} is not shown` : `${measure} ${x.v} is not the ${direction === 'max' ? 'highest' : 'lowest'} (${best})`);
      return ok;
    }).map((x) => x.c);
  }
  if (shape.cheapest) pool = cheapest(pool, shape.perProduct, drop);
  return { picks: pool, leftOut };
}

function cheapest(pool: Candidate[], perProduct: boolean, drop: (c: Candidate, reason: string) => void): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of pool) {
    const key = perProduct ? c.offer.productKey : '*';
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  const out: Candidate[] = [];
  for (const group of groups.values()) {
    const min = Math.min(...group.map(price));
    for (const c of group) {
      if (price(c) === min) out.push(c);
      else drop(c, `costs ${c.offer.record.price ?? 'an unknown price'}, more than the cheapest ${min}`);
    }
  }
  return out.sort(compareCandidates);
}
