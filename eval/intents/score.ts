/**
 * Micro precision / recall / F1 over (category, role, text) triples, as the MusicRecoIntent
 * community scores it: exact (texts equal after trimming and lower-casing) and partial (texts share
 * at least one token). Each gold triple can be matched by one prediction only.
 */
import type { MusicScore, Prf, Triple } from './types';

const clean = (s: string): string => s.trim().toLowerCase().replace(/\s+/g, ' ');
const words = (s: string): Set<string> => new Set(clean(s).split(/[^\p{L}\p{N}&+]+/u).filter(Boolean));

export function exactMatch(a: Triple, b: Triple): boolean {
  return a.category === b.category && a.role === b.role && clean(a.text) === clean(b.text);
}

export function partialMatch(a: Triple, b: Triple): boolean {
  if (a.category !== b.category || a.role !== b.role) return false;
  const wa = words(a.text);
  for (const w of words(b.text)) if (wa.has(w)) return true;
  return false;
}

/** True positives for one request: greedy one-to-one matching, exact pairs claimed first. */
export function countMatches(predicted: Triple[], gold: Triple[], match: (a: Triple, b: Triple) => boolean): number {
  const used = new Set<number>();
  let tp = 0;
  const passes = match === exactMatch ? [exactMatch] : [exactMatch, match];
  const claimed = new Set<number>();
  for (const m of passes) {
    predicted.forEach((p, i) => {
      if (claimed.has(i)) return;
      const j = gold.findIndex((g, k) => !used.has(k) && m(p, g));
      if (j >= 0) { used.add(j); claimed.add(i); tp++; }
    });
  }
  return tp;
}

export function prf(tp: number, predicted: number, gold: number): Prf {
  const p = predicted ? tp / predicted : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0, tp, predicted, gold };
}

export interface ScoredRequest {
  predicted: Triple[];
  gold: Triple[];
}

function micro(requests: ScoredRequest[], keep: (t: Triple) => boolean): { exact: Prf; partial: Prf } {
  let exact = 0, partial = 0, predicted = 0, gold = 0;
  for (const r of requests) {
    const p = r.predicted.filter(keep), g = r.gold.filter(keep);
    exact += countMatches(p, g, exactMatch);
    partial += countMatches(p, g, partialMatch);
    predicted += p.length;
    gold += g.length;
  }
  return { exact: prf(exact, predicted, gold), partial: prf(partial, predicted, gold) };
}

export function scoreMusic(requests: ScoredRequest[]): MusicScore {
  const all = requests.flatMap((r) => [...r.predicted, ...r.gold]);
  const categories = [...new Set(all.map((t) => t.category))].sort();
  const roles = [...new Set(all.map((t) => t.role))].sort();
  const overall = micro(requests, () => true);
  return {
    ...overall,
    byCategory: Object.fromEntries(categories.map((c) => [c, micro(requests, (t) => t.category === c)])),
    byRole: Object.fromEntries(roles.map((r) => [r, micro(requests, (t) => t.role === r)])),
  };
}
