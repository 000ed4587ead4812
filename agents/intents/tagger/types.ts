/**
 * Types of the trained music-intent tagger: BIO tags over tokens whose labels are category x role
 * ("B-genre-wanted", "I-named_entity-referential"), the spans they decode to, and the weights file.
 */
import type { IntentRole, MusicCategory } from '../types';

/** A labelled descriptor as the evaluation data writes it. */
export interface GoldIntent {
  category: string;
  role: string;
  text: string;
}

/** Tokens [from, to) carrying one category and role. */
export interface LabelledSpan {
  from: number;
  to: number;
  category: MusicCategory;
  role: IntentRole;
}

/** One training or prediction sequence: the feature names of each token and, for training, tag ids. */
export interface Sequence {
  features: string[][];
  tags: number[];
}

/** Where the shipped weights came from, so an evaluation can tell when it scores training data. */
export interface TrainingOrigin {
  /** File name and SHA-256 of the queries file the weights were trained on. */
  file: string;
  sha256: string;
  requests: number;
  extraNerRequests: number;
  licence: string;
}

/**
 * The weights file. `featureNames[k]` owns the flat pairs `featureWeights[k]` = [labelId, weight, ...];
 * weights are integers (real weight x `scale`) so the file stays small. Arrays rather than one big
 * object keep the JSON cheap for the TypeScript checker and the bundler.
 */
export interface TaggerWeights {
  labels: string[];
  scale: number;
  /** (labels + 1) x labels: row `labels.length` is the start of a sequence. */
  transitions: number[];
  featureNames: string[];
  featureWeights: number[][];
  settings: TrainSettings;
}

/**
 * The shipped file: the intent tagger and, optionally, the named-entity tagger whose answer is one
 * of its features (trained on MusicRecoNER requests that are not in the intent data).
 */
export interface IntentTaggerFile {
  format: 'tastebud-intent-tagger/1';
  intents: TaggerWeights;
  entities?: TaggerWeights;
  trainedOn?: TrainingOrigin;
}

export interface TrainSettings {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are dropped (regularisation). */
  minFeatureCount: number;
  /** Averaged weights with |w| below this are pruned from the file. */
  pruneBelow: number;
}
