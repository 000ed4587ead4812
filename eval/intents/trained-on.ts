/**
 * Scoring the shipped tagger on the file it was trained on measures memory, not understanding. The
 * weights record the SHA-256 of their training file; eval:intents compares it with the file it reads.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { shippedTagger } from '../../agents/intents/tagger/index';

export function trainingDataWarning(file: string): string | undefined {
  const origin = shippedTagger().trainedOn;
  if (!origin) return undefined;
  const sha = createHash('sha256').update(readFileSync(file)).digest('hex');
  if (sha !== origin.sha256) return undefined;
  return `WARNING: the shipped intent tagger was trained on ${file} (sha256 ${sha.slice(0, 12)}...): these figures are scores on training data, not a measure of quality. For an honest figure run: npm run -s eval:intents:cv -- --data <shared data folder>`;
}
