/**
 * Choosing and ordering offers: hard constraints first (a hard fail excludes; fewer unknowns wins),
 * then the profile's preferences (soft items), then price, then URL so ties never depend on timing.
 */
import { tally } from '../checklist/verify';
import type { Verdict } from '../checklist/types';
import { figureFor, figureName, floorFigure, offerFigure, rankingMeasure, showFigure } from './figures';
import { modelKey } from './product-match';
import type { RequestShape } from './request-shape';
import { keepSeries } from './series';
import type { LeftOut, Offer } from './types';

export interface Candidate {
  offer: Offer;
  verdicts: Verdict[];
  /** A sibling of the model asked for: kept only when no shop has the model itself. */
  sibling?: boolean;
}

const price = (c: Candidate) => c.offer.record.price ?? Number.POSITIVE_INFINITY;

/** The product an offer is of, the same at every shop that lists it ("RTX4070 SUPER"). */
export const productOf = (c: Candidate): string => modelKey(c.offer.record.name ?? c.offer.productKey);

/**
 * Soft wishes that still outrank all others when they fail: the budget and the brands the shopper
 * avoids. Within budget beats over budget, but over budget still beats nothing at all.
 */
const STRONG_SOFT = new Set<Verdict['kind']>(['price-at-most', 'price-at-least', 'brand-is-not']);
const strongFails = (c: Candidate) => c.verdicts.filter((v) => !v.hard && v.status === 'fail' && STRONG_SOFT.has(v.kind)).length;
const brandPasses = (c: Candidate) => c.verdicts.filter((v) => !v.hard && v.status === 'pass' && v.kind === 'brand-is').length;

/** How well a candidate meets the checklist, price aside: candidates with equal keys fit equally. */
function fitKey(c: Candidate): string {
  const t = tally(c.verdicts);
  return [t.hardFail, t.hardUnknown, strongFails(c), t.softPass, t.softFail, brandPasses(c)].join(' ');
}

export function compareCandidates(a: Candidate, b: Candidate): number {
  const ta = tally(a.verdicts);
  const tb = tally(b.verdicts);
  return ta.hardFail - tb.hardFail || ta.hardUnknown - tb.hardUnknown || strongFails(a) - strongFails(b)
    || tb.softPass - ta.softPass || ta.softFail - tb.softFail || brandPasses(b) - brandPasses(a)
    || price(a) - price(b) || byText(pathOf(a.offer.record.url), pathOf(b.offer.record.url)) || byText(a.offer.site, b.offer.site)
    || byText(a.offer.record.url, b.offer.record.url);
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The page's path: ties broken by the product's page, then by the shop's name, not by which shop's address
 * sorts first (local shops' ports change from run to run; the same product's page has one path in every shop).
 */
function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return url;
  }
}

/**
 * For best fits, among candidates that meet the checklist equally (a sorted pool's runs of equal
 * fit): the best offer of each product first, then the other offers of the same products, so the top
 * picks show different products rather than one product from three shops. A better fit is never
 * moved below a worse one, and every offer stays in the answer: only the order changes.
 */
export function varietyFirst(sorted: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let start = 0; start < sorted.length;) {
    const key = fitKey(sorted[start]!);
    let end = start;
    while (end < sorted.length && fitKey(sorted[end]!) === key) end++;
    const seen = new Set<string>();
    const firsts: Candidate[] = [];
    const repeats: Candidate[] = [];
    for (const c of sorted.slice(start, end)) {
      const product = productOf(c);
      (seen.has(product) ? repeats : firsts).push(c);
      seen.add(product);
    }
    out.push(...firsts, ...repeats);
    start = end;
  }
  return out;
}

/** Applies the request's shape to the verified candidates; returns picks in rank order and who was left out why. */
export function selectOffers(all: Candidate[], shape: RequestShape): { picks: Candidate[]; leftOut: LeftOut[]; nearMisses?: string } {
  const leftOut: LeftOut[] = [];
  const drop = (c: Candidate, reason: string) => leftOut.push({ offer: c.offer, reason });
  let pool = [...all].sort(compareCandidates);
  const near = nearMisses(pool, shape);
  pool = pool.filter((c) => {
    const fail = c.verdicts.find((v) => v.hard && v.status === 'fail');
    const kept = !fail || near?.pool.includes(c) === true;
    if (!kept) drop(c, `${fail!.label}: ${fail!.reason}`);
    return kept;
  });
  // Among those left, the ones with the fewest unchecked hard wishes: confirmed fits beat maybes.
  const fewestUnknown = Math.min(...pool.map((c) => tally(c.verdicts).hardUnknown));
  pool = pool.filter((c) => {
    const ok = tally(c.verdicts).hardUnknown === fewestUnknown;
    if (!ok) drop(c, `could not confirm: ${c.verdicts.filter((v) => v.hard && v.status === 'unknown').map((v) => v.label).join(', ')}`);
    return ok;
  });
  if (shape.cheapest) pool = withoutUnconfirmedFigures(withoutMissedWords(pool, drop), drop);
  const title = (c: Candidate) => c.offer.record.name ?? '';
  for (const floor of shape.floors ?? []) {
    pool = pool.filter((c) => {
      const v = floorFigure(c.offer.record, floor);
      const ok = v !== undefined && v >= floor.value;
      if (!ok) drop(c, v === undefined ? `its ${floor.measure} is not shown` : `${floor.measure} ${v} is below ${floor.value}`);
      return ok;
    });
  }
  // A superlative no title shows the figure for ("the smallest" of products without a capacity) cannot rank them: all stay.
  const superlative = shape.superlative && rankingMeasure(pool, title, shape.superlative);
  if (superlative && pool.some((c) => offerFigure(c.offer.record, superlative) !== undefined)) {
    const { measure, direction } = superlative;
    const what = superlative.family ? `${superlative.family} ${measure}` : figureName(measure);
    const valued = pool.map((c) => ({ c, v: offerFigure(c.offer.record, superlative) }));
    const known = valued.filter((x) => x.v !== undefined) as { c: Candidate; v: number }[];
    const best = direction === 'max' ? Math.max(...known.map((x) => x.v)) : Math.min(...known.map((x) => x.v));
    pool = valued.filter((x) => {
      const ok = x.v === best;
      if (!ok) drop(x.c, x.v === undefined ? `its ${what} is not shown` : `${what} ${showFigure(x.v, measure)} is not the ${direction === 'max' ? 'highest' : 'lowest'} (${showFigure(best, measure)})`);
      return ok;
    }).map((x) => x.c);
  }
  if (shape.seriesTier) pool = keepSeries(pool, shape.seriesTier, drop);
  if (shape.cheapest) pool = cheapest(pool, shape.perProduct, drop);
  else if (shape.mode === 'fit') pool = varietyFirst(withoutContradictedWishes(pool, drop));
  return { picks: pool, leftOut, ...(near && pool.length ? { nearMisses: near.unmet } : {}) };
}

/** The hard wishes a candidate's page is seen to fail. */
export function hardFails(c: Candidate): Verdict[] {
  return c.verdicts.filter((v) => v.hard && v.status === 'fail');
}

/**
 * When no offer meets every hard wish, those that miss only one are the closest: shown as such rather
 * than nothing, so the shopper sees what comes nearest and which wish each misses. Where they miss
 * different wishes all are shown: which wish matters least is the shopper's to say. (Most such runs
 * had misread one wish, which an empty answer hid.) Never for a cart: nothing is bought that was not asked for.
 */
function nearMisses(pool: Candidate[], shape: RequestShape): { pool: Candidate[]; unmet: string } | undefined {
  if (shape.addToCart || !pool.length || pool.some((c) => hardFails(c).length === 0)) return undefined;
  const missingOne = pool.filter((c) => hardFails(c).length === 1);
  if (!missingOne.length) return undefined;
  return { pool: missingOne, unmet: [...new Set(missingOne.map((c) => hardFails(c)[0]!.label))].join('; ') };
}

/**
 * "The cheapest USB drive of at least 128 GB": when no candidate shows a figure the request makes
 * hard, the cheapest of them is a guess (a DVD writer whose capacity no page states), not an answer.
 * None is picked; each is left out saying which figure it does not show.
 */
export function withoutUnconfirmedFigures(pool: Candidate[], drop: (c: Candidate, reason: string) => void): Candidate[] {
  const unconfirmed = (c: Candidate) => c.verdicts.filter((v) => v.hard && v.kind === 'measure' && v.status === 'unknown');
  if (!pool.length || !pool.every((c) => unconfirmed(c).length > 0)) return pool;
  for (const c of pool) drop(c, `does not show ${unconfirmed(c).map((v) => v.label).join(', ')}, and no other offer does either`);
  return [];
}

/**
 * "The cheapest curved monitor": a describing word of the request is a soft wish (a page may leave it
 * unsaid), but where other offers are seen to say it, an offer that does not (its title, or its page
 * once read) is another kind of thing, so it cannot be the cheapest of what was asked. Shops put what
 * sets a product apart in its title. Profile tastes only rank.
 */
export function withoutMissedWords(pool: Candidate[], drop: (c: Candidate, reason: string) => void): Candidate[] {
  // One describing word ("curved"), not the request's whole phrase ("a curved monitor"), which pages word their own way.
  const isWord = (v: Verdict) => !v.hard && v.origin !== 'profile' && v.kind === 'attribute-present' && !/\s/.test(v.label.trim());
  const met = new Set(pool.flatMap((c) => c.verdicts.filter((v) => isWord(v) && v.status === 'pass').map((v) => v.itemId)));
  const lacks = (c: Candidate, v: Verdict) => v.status === 'fail' || (v.status === 'unknown' && !c.offer.readInFull);
  return pool.filter((c) => {
    const missed = c.verdicts.filter((v) => isWord(v) && met.has(v.itemId) && lacks(c, v));
    if (missed.length) drop(c, `does not say ${missed.map((v) => `"${v.label}"`).join(', ')}, which other offers do`);
    return !missed.length;
  });
}

/**
 * "Find all offers for a case that fits that description": an offer whose page contradicts a wish the
 * request states ("No glass" on a case with a glass side) does not fit it, where other offers may meet that
 * wish. A wish every offer contradicts only ranks (it may be misread), and an unstated one never excludes.
 */
export function withoutContradictedWishes(pool: Candidate[], drop: (c: Candidate, reason: string) => void): Candidate[] {
  // A quality the page states or denies, as the rules read it. Not a brand (a maker the request names may be of another
  // thing: "cases that support Asus BTF motherboards"), nor a free-text wish a model judges, which only ranks.
  const stated = (v: Verdict) => !v.hard && v.origin === 'request' && (v.kind === 'attribute-present' || v.kind === 'attribute-absent');
  // Wishes some offer is not seen to contradict: an offer may meet them.
  const met = new Set(pool.flatMap((c) => c.verdicts.filter((v) => stated(v) && v.status !== 'fail').map((v) => v.itemId)));
  return pool.filter((c) => {
    const contradicted = c.verdicts.filter((v) => stated(v) && v.status === 'fail' && met.has(v.itemId));
    if (contradicted.length) drop(c, `contradicts ${contradicted.map((v) => `"${v.label}"`).join(', ')}, which other offers meet`);
    return !contradicted.length;
  });
}

function cheapest(pool: Candidate[], perProduct: boolean, drop: (c: Candidate, reason: string) => void): Candidate[] {
  const groups = new Map<string, Candidate[]>();
  for (const c of pool) {
    const key = perProduct ? productOf(c) : '*';
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
