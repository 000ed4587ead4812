/**
 * Trained perceptron <-> compact weights, and the runtime sequence tagger built from them. Small
 * averaged weights are pruned and the rest stored as integers; the loaded tagger keeps one small
 * array of (label, weight) pairs per feature so tagging costs a few hash look-ups per token.
 */
import type { TrainedPerceptron } from './perceptron';
import type { TaggerWeights, TrainSettings } from './types';
import { bioTransitionsAllowed, viterbi } from './viterbi';

const SCALE = 100;

export function compactWeights(model: TrainedPerceptron, settings: TrainSettings): TaggerWeights {
  const L = model.labels.length;
  const featureNames: string[] = [];
  const featureWeights: number[][] = [];
  for (const [name, f] of model.features) {
    const pairs: number[] = [];
    for (let c = 0; c < L; c++) {
      const v = model.weights[f * L + c]!;
      if (Math.abs(v) >= settings.pruneBelow) pairs.push(c, Math.round(v * SCALE));
    }
    if (pairs.length) { featureNames.push(name); featureWeights.push(pairs); }
  }
  return {
    labels: model.labels, scale: SCALE, transitions: [...model.transitions].map((v) => Math.round(v * SCALE)),
    featureNames, featureWeights, settings,
  };
}

export interface SequenceTagger {
  labels: readonly string[];
  /** BIO tag for each token, given each token's feature names. */
  tag(features: string[][]): string[];
}

export function loadSequenceTagger(weights: TaggerWeights): SequenceTagger {
  const L = weights.labels.length;
  if (!L || weights.transitions.length !== (L + 1) * L || weights.featureNames.length !== weights.featureWeights.length) {
    throw new Error('intent tagger: the weights file is damaged (sizes do not agree); retrain with npm run train:intents');
  }
  const table = new Map<string, number[]>();
  weights.featureNames.forEach((name, k) => table.set(name, weights.featureWeights[k]!));
  const allowed = bioTransitionsAllowed(weights.labels);
  return {
    labels: weights.labels,
    tag(features) {
      const n = features.length;
      const em = new Float64Array(n * L);
      for (let i = 0; i < n; i++) {
        for (const f of features[i]!) {
          const pairs = table.get(f);
          if (pairs) for (let k = 0; k < pairs.length; k += 2) em[i * L + pairs[k]!]! += pairs[k + 1]!;
        }
      }
      return viterbi(em, n, L, weights.transitions, allowed).map((c) => weights.labels[c]!);
    },
  };
}
