/**
 * From labelled requests to a weights file. The entity tagger learns from MusicRecoNER requests;
 * the intent tagger from the intent data, reading the entity tagger's and the rules engine's
 * answers as features. Shared by scripts/train-intents.ts and eval/intents/crossval.ts.
 */
import { alignIntents } from './align';
import { OUTSIDE, spansToTags } from './bio';
import { requestContext } from './context';
import { requestFeatures, type FeatureStage } from './features';
import { withEntities } from './intent-tagger';
import type { EntityRequest } from './ner-bio';
import { trainPerceptron } from './perceptron';
import type { GoldIntent, Sequence, TaggerWeights, TrainSettings } from './types';
import { compactWeights, type SequenceTagger } from './weights-file';

export interface LabelledRequest {
  query: string;
  intents: GoldIntent[];
}

export const DEFAULT_SETTINGS: TrainSettings = { epochs: 10, seed: 7, minFeatureCount: 1, pruneBelow: 1 };

export interface PreparedRequest {
  features: string[][];
  tags: string[];
  /** Gold texts that could not be placed or overlap another (BIO cannot nest). */
  lost: number;
}

export function prepareIntentRequest(r: LabelledRequest, entities?: SequenceTagger): PreparedRequest {
  const ctx = withEntities(requestContext(r.query), entities);
  const { spans, unaligned } = alignIntents(r.query, ctx.tokens, r.intents);
  const { tags, dropped } = spansToTags(ctx.tokens.length, spans);
  return { features: requestFeatures(ctx, 'intents'), tags, lost: unaligned.length + dropped };
}

/** Undefined when the project's tokenizer splits the request differently from the BIO file. */
export function prepareEntityRequest(r: EntityRequest): PreparedRequest | undefined {
  const ctx = requestContext(r.query);
  if (ctx.tokens.length !== r.tags.length) return undefined;
  return { features: requestFeatures(ctx, 'entities' satisfies FeatureStage), tags: r.tags, lost: 0 };
}

export function trainSequenceTagger(prepared: PreparedRequest[], settings: TrainSettings = DEFAULT_SETTINGS): TaggerWeights {
  // Label ids in a fixed order (O first, then sorted), so the same data gives the same file.
  const labels = [OUTSIDE, ...[...new Set(prepared.flatMap((p) => p.tags))].filter((t) => t !== OUTSIDE).sort()];
  const id = new Map(labels.map((l, k) => [l, k]));
  const sequences: Sequence[] = prepared.map((p) => ({ features: p.features, tags: p.tags.map((t) => id.get(t)!) }));
  return compactWeights(trainPerceptron(sequences, labels, settings), settings);
}

/** The entity tagger from MusicRecoNER requests; undefined when there are none to learn from. */
export function trainEntityTagger(requests: EntityRequest[], settings: TrainSettings = DEFAULT_SETTINGS): TaggerWeights | undefined {
  const prepared = requests.map(prepareEntityRequest).filter((p): p is PreparedRequest => p !== undefined);
  return prepared.length ? trainSequenceTagger(prepared, settings) : undefined;
}
