/**
 * Scoring for ShoppingBench-style records: price bounds (each lower or upper bound is one item,
 * equal within half a unit) and attribute/option values (a predicted value matches a gold value
 * when the words of one contain the other's: "high waist" ~ "high", "eu 30" ~ "eu:30"). Names are
 * not compared: ShoppingBench names are shop-specific ("fa_pattern", "color_family").
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

const tokens = (s: string): string[] => s.toLowerCase().split(/[^\p{L}\p{N}.]+/u).filter(Boolean);
export function valuesMatch(a: string, b: string): boolean {
  const ta = tokens(a), tb = tokens(b);
  if (!ta.length || !tb.length) return false;
  return ta.every((t) => tb.includes(t)) || tb.every((t) => ta.includes(t));
}

function matchCount<T>(predicted: T[], gold: T[], same: (p: T, g: T) => boolean): number {
  const used = new Set<number>();
  let tp = 0;
  for (const p of predicted) {
    const j = gold.findIndex((g, k) => !used.has(k) && same(p, g));
    if (j >= 0) { used.add(j); tp++; }
  }
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
