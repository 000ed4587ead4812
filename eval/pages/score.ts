/**
 * Scoring as the product-extraction benchmark's authors do it: one predicted value per attribute and
 * page; a wrong value is a false positive and (where gold exists) a false negative; a missing value is
 * a false negative; micro P/R/F1 over pages; price as a decimal; empty availability counts as InStock.
 * Currency gold is written as on the page ("€", "Rs", "EUR"): a predicted ISO code is right when the
 * written form can mean it. Brand is compared ignoring case and spacing.
 */
import { currencyMatches } from '../../agents/page/price/currency';
import type { GoldValues } from './dataset';

export const ATTRIBUTES = ['price', 'sku', 'availability', 'currency', 'brand'] as const;
export type Attribute = (typeof ATTRIBUTES)[number];

export interface Prediction {
  price?: number;
  sku?: string;
  availability?: string;
  currency?: string;
  brand?: string;
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Score {
  p: number;
  r: number;
  f1: number;
}

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

function matches(attribute: Attribute, predicted: string | number, gold: string): boolean {
  switch (attribute) {
    case 'price':
      return Math.abs(Number(predicted) - Number(gold.trim())) < 0.005;
    case 'currency':
      return currencyMatches(gold, String(predicted));
    case 'brand':
      return squash(String(predicted)) === squash(gold);
    default:
      return String(predicted).trim() === gold.trim();
  }
}

export function countPage(attribute: Attribute, prediction: Prediction, gold: GoldValues, counts: Counts): boolean | undefined {
  let predicted = prediction[attribute];
  if (attribute === 'availability' && !predicted) predicted = 'InStock';
  const golds = (gold[attribute] ?? []).filter((g) => g.trim() !== '');
  const hasPrediction = predicted !== undefined && predicted !== '';
  if (!hasPrediction) {
    if (golds.length > 0) counts.fn++;
    return golds.length > 0 ? false : undefined;
  }
  const right = golds.some((g) => matches(attribute, predicted as string | number, g));
  if (right) counts.tp++;
  else {
    counts.fp++;
    if (golds.length > 0) counts.fn++;
  }
  return right;
}

export function toScore({ tp, fp, fn }: Counts): Score {
  const p = tp + fp === 0 ? 0 : tp / (tp + fp);
  const r = tp + fn === 0 ? 0 : tp / (tp + fn);
  const f1 = p + r === 0 ? 0 : (2 * p * r) / (p + r);
  const round = (x: number): number => Math.round(x * 1000) / 1000;
  return { p: round(p), r: round(r), f1: round(f1) };
}
