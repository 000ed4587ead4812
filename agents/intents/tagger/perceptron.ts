/**
 * A structured averaged perceptron (Collins 2002): Viterbi-decode each training sequence with the
 * current weights, move weights towards the gold tags where the decoded ones differ, and keep the
 * running average, which generalises far better than the last weights. Deterministic: the order of
 * sequences comes from a seeded shuffle.
 */
import type { Sequence, TrainSettings } from './types';
import { bioTransitionsAllowed, viterbi } from './viterbi';

export interface TrainedPerceptron {
  labels: string[];
  /** Averaged weights, features.size x labels.length. */
  weights: Float64Array;
  transitions: Float64Array;
  features: Map<string, number>;
}

/** mulberry32: a tiny seeded generator, so training order is the same on every machine. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function featureIndex(sequences: Sequence[], minCount: number): Map<string, number> {
  const counts = new Map<string, number>();
  for (const s of sequences) for (const fs of s.features) for (const f of fs) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, c] of [...counts].sort((a, b) => (a[0] < b[0] ? -1 : 1))) if (c >= minCount) index.set(f, index.size);
  return index;
}

export function trainPerceptron(sequences: Sequence[], labels: string[], settings: TrainSettings): TrainedPerceptron {
  const L = labels.length;
  const features = featureIndex(sequences, settings.minFeatureCount);
  const ids = sequences.map((s) => s.features.map((fs) => fs.map((f) => features.get(f)).filter((k): k is number => k !== undefined)));
  const w = new Float64Array(features.size * L), wSum = new Float64Array(features.size * L);
  const t = new Float64Array((L + 1) * L), tSum = new Float64Array((L + 1) * L);
  const allowed = bioTransitionsAllowed(labels);
  const random = seededRandom(settings.seed);
  const order = sequences.map((_, k) => k);
  let step = 1;
  const bump = (arr: Float64Array, sum: Float64Array, k: number, d: number): void => { arr[k]! += d; sum[k]! += step * d; };
  for (let epoch = 0; epoch < settings.epochs; epoch++) {
    for (let k = order.length - 1; k > 0; k--) { const j = Math.floor(random() * (k + 1)); [order[k], order[j]] = [order[j]!, order[k]!]; }
    for (const s of order) {
      const gold = sequences[s]!.tags, feats = ids[s]!, n = gold.length;
      const em = new Float64Array(n * L);
      for (let i = 0; i < n; i++) for (const f of feats[i]!) for (let c = 0; c < L; c++) em[i * L + c]! += w[f * L + c]!;
      const pred = viterbi(em, n, L, t, allowed);
      for (let i = 0; i < n; i++) {
        const g = gold[i]!, p = pred[i]!;
        const gPrev = i ? gold[i - 1]! : L, pPrev = i ? pred[i - 1]! : L;
        if (g !== p) for (const f of feats[i]!) { bump(w, wSum, f * L + g, 1); bump(w, wSum, f * L + p, -1); }
        if (g !== p || gPrev !== pPrev) { bump(t, tSum, gPrev * L + g, 1); bump(t, tSum, pPrev * L + p, -1); }
      }
      step++;
    }
  }
  // Averaged weights: w - sum(step * delta) / step (the "lazy" form of the running average).
  const average = (arr: Float64Array, sum: Float64Array): Float64Array => arr.map((v, k) => v - sum[k]! / step);
  return { labels, weights: average(w, wSum), transitions: average(t, tSum), features };
}
