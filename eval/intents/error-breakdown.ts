/**
 * Where the misses are: each gold or predicted triple that found no exact match is put in one
 * bucket, so tuning goes where the errors are. Buckets, in the order they are tried:
 * wrong role (same words, same category, other role), wrong category (same words, other category),
 * boundary (same category and role, overlapping words), then missed (gold) / spurious (predicted).
 */
import { exactMatch } from './score';
import type { Triple } from './types';

export type ErrorBucket = 'wrong role' | 'wrong category' | 'boundary' | 'missed' | 'spurious';

export interface ErrorExample {
  bucket: ErrorBucket;
  query: string;
  gold?: Triple;
  predicted?: Triple;
}

const clean = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
const words = (s: string): string[] => clean(s).split(/[^\p{L}\p{N}&+]+/u).filter(Boolean);
const overlap = (a: Triple, b: Triple): boolean => { const w = new Set(words(a.text)); return words(b.text).some((x) => w.has(x)); };

const PAIRINGS: Array<[ErrorBucket, (p: Triple, g: Triple) => boolean]> = [
  ['wrong role', (p, g) => p.category === g.category && p.role !== g.role && clean(p.text) === clean(g.text)],
  ['wrong category', (p, g) => p.category !== g.category && clean(p.text) === clean(g.text)],
  ['boundary', (p, g) => p.category === g.category && p.role === g.role && overlap(p, g)],
  ['wrong role', (p, g) => p.category === g.category && p.role !== g.role && overlap(p, g)],
  ['wrong category', (p, g) => p.category !== g.category && overlap(p, g)],
];

/** Errors of one request; an error that pairs a prediction with a gold triple counts once. */
export function requestErrors(query: string, predicted: Triple[], gold: Triple[]): ErrorExample[] {
  const freeP = new Set(predicted.keys());
  const freeG = new Set(gold.keys());
  for (const [i, p] of predicted.entries()) {
    const j = [...freeG].find((k) => exactMatch(p, gold[k]!));
    if (j !== undefined) { freeP.delete(i); freeG.delete(j); }
  }
  const errors: ErrorExample[] = [];
  for (const [bucket, pairs] of PAIRINGS) {
    for (const i of [...freeP]) {
      const j = [...freeG].find((k) => pairs(predicted[i]!, gold[k]!));
      if (j === undefined) continue;
      freeP.delete(i); freeG.delete(j);
      errors.push({ bucket, query, predicted: predicted[i]!, gold: gold[j]! });
    }
  }
  for (const j of freeG) errors.push({ bucket: 'missed', query, gold: gold[j]! });
  for (const i of freeP) errors.push({ bucket: 'spurious', query, predicted: predicted[i]! });
  return errors;
}

const show = (t?: Triple): string => (t ? `${t.category}:${t.role}:"${t.text}"` : '-');

/** Counts per bucket (and per category within it), and a few examples of each. */
export function formatErrorBreakdown(errors: ErrorExample[], examplesPerBucket = 8): string {
  const lines: string[] = [`errors: ${errors.length}`];
  const buckets: ErrorBucket[] = ['missed', 'spurious', 'boundary', 'wrong role', 'wrong category'];
  for (const b of buckets) {
    const inBucket = errors.filter((e) => e.bucket === b);
    const byCat = new Map<string, number>();
    for (const e of inBucket) { const c = (e.gold ?? e.predicted)!.category; byCat.set(c, (byCat.get(c) ?? 0) + 1); }
    lines.push(`  ${b}: ${inBucket.length}  (${[...byCat].sort((x, y) => y[1] - x[1]).map(([c, n]) => `${c} ${n}`).join(', ')})`);
    for (const e of inBucket.slice(0, examplesPerBucket)) lines.push(`      gold ${show(e.gold)}  predicted ${show(e.predicted)}  | ${e.query.slice(0, 110)}`);
  }
  return lines.join('\n');
}
