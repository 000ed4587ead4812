/**
 * Scoring for ShoppingBench-style records: price bounds (each lower or upper bound is one item,
 * equal within half a unit) and attribute/option values (a predicted value matches a gold value
 * when the words of one contain the other's: "high waist" ~ "high", "eu 30" ~ "eu:30"). Names are
 * not compared: ShoppingBench names are shop-specific ("fa_pattern", "color_family").
 * Words are compared in one written form: a number and its unit are two words whether or not a
 * space parts them ("10pcs" ~ "10 pcs", "0.5mm" ~ "0.5 mm"), and a plural is its singular
 * ("short sleeves" ~ "short sleeve"), and "10.0" is the number 10. Each gold value is matched by at most one prediction, and the
 * pairing is the largest possible (an order-dependent greedy pairing could miss a true match).
 */
import type { Intent, PriceBounds } from '../../agents/intents/types';
import { prf } from './score';
import type { Prf } from './types';

export interface ShoppingRecord {
  query: string;
  reward: {
    price?: Array<Record<string, [number | null, number | null]>>;
    attributes?: Array<Record<string, string[] | string>>;
    sku_options?: Array<Record<string, string[] | string>>;
  };
}

export interface BoundItem { side: 'min' | 'max'; value: number }

export function goldBounds(record: ShoppingRecord): BoundItem[] {
  const items: BoundItem[] = [];
  for (const entry of record.reward.price ?? []) {
    for (const [op, [a, b]] of Object.entries(entry)) {
      if (/greater|above|more/.test(op) && a !== null) items.push({ side: 'min', value: a });
      else if (/less|below|under/.test(op) && (b ?? a) !== null) items.push({ side: 'max', value: (b ?? a)! });
      else if (op === 'between') {
        if (a !== null) items.push({ side: 'min', value: a });
        if (b !== null) items.push({ side: 'max', value: b });
      }
    }
  }
  return items;
}

export function predictedBounds(intents: Intent[]): BoundItem[] {
  const items: BoundItem[] = [];
  for (const i of intents) {
    if (i.domain !== 'shopping' || i.category !== 'price' || !i.price) continue;
    const p: PriceBounds = i.price;
    if (p.min !== undefined) items.push({ side: 'min', value: p.min });
    if (p.max !== undefined) items.push({ side: 'max', value: p.max });
  }
  return items;
}

export function goldValues(record: ShoppingRecord): string[] {
  return [...(record.reward.attributes ?? []), ...(record.reward.sku_options ?? [])]
    .flatMap((entry) => Object.values(entry).flatMap((v) => (Array.isArray(v) ? v : [v])))
    .map(String);
}

export function predictedValues(intents: Intent[]): string[] {
  return intents
    .filter((i) => i.domain === 'shopping' && ['attribute', 'option', 'brand', 'quantity'].includes(i.category) && i.role !== 'rejected')
    .map((i) => (i.domain === 'shopping' && i.value) || i.text);
}

/** "inches" -> "inch", "sleeves" -> "sleeve"; short words and "-ss" words stay ("yes", "glass"). */
const singular = (t: string): string =>
  t.length <= 3 || /ss$|us$|is$/.test(t) ? t : t.replace(/(ch|sh|x)es$/, '$1').replace(/ies$/, 'y').replace(/s$/, '');
const tokens = (s: string): string[] =>
  s.toLowerCase()
    .replace(/(\d)(\p{L})/gu, '$1 $2')
    .replace(/(\p{L})(\d)/gu, '$1 $2')
    .split(/[^\p{L}\p{N}.]+|\.(?!\d)/u)
    .filter(Boolean)
    .map((t) => (/^\d+\.0+$/.test(t) ? t.replace(/\.0+$/, '') : singular(t)));
export function valuesMatch(a: string, b: string): boolean {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  return ta.every((t) => tb.includes(t)) || tb.every((t) => ta.includes(t));
}

/** Size of the largest one-to-one pairing of predictions with gold items (augmenting paths). */
export function matchCount<T>(predicted: T[], gold: T[], same: (p: T, g: T) => boolean): number {
  const goldOwner: Array<number | undefined> = gold.map(() => undefined);
  const claim = (p: number, seen: Set<number>): boolean => {
    for (let g = 0; g < gold.length; g++) {
      if (seen.has(g) || !same(predicted[p]!, gold[g]!)) continue;
      seen.add(g);
      const owner = goldOwner[g];
      if (owner === undefined || claim(owner, seen)) { goldOwner[g] = p; return true; }
    }
    return false;
  };
  let tp = 0;
  for (let p = 0; p < predicted.length; p++) if (claim(p, new Set())) tp++;
  return tp;
}

export interface ShoppingScore { price: Prf; attributes: Prf }

export function scoreShopping(rows: Array<{ record: ShoppingRecord; intents: Intent[] }>): ShoppingScore {
  let ptp = 0, pp = 0, pg = 0, atp = 0, ap = 0, ag = 0;
  for (const { record, intents } of rows) {
    const gb = goldBounds(record), pb = predictedBounds(intents);
    ptp += matchCount(pb, gb, (p, g) => p.side === g.side && Math.abs(p.value - g.value) <= 0.5);
    pp += pb.length; pg += gb.length;
    const gv = goldValues(record), pv = predictedValues(intents);
    atp += matchCount(pv, gv, valuesMatch);
    ap += pv.length; ag += gv.length;
  }
  return { price: prf(ptp, pp, pg), attributes: prf(atp, ap, ag) };
}
