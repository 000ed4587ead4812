/**
 * The shipped intent tagger: weights trained by `npm run train:intents` (see README.md), bundled
 * with the extension and loaded once on first use.
 */
import weights from './weights.json';
import type { IntentTaggerFile } from './types';
import { loadIntentTagger, type IntentTagger } from './intent-tagger';

let shipped: IntentTagger | undefined;
export function shippedTagger(): IntentTagger {
  return (shipped ??= loadIntentTagger(weights as unknown as IntentTaggerFile));
}

export { tagMusicIntents } from './combine';
export { loadIntentTagger, type IntentTagger } from './intent-tagger';
export type { IntentTaggerFile, TrainingOrigin } from './types';
