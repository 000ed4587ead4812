/**
 * npm run -s train:intents -- --data DIR [--out FILE]
 * Trains the music-intent tagger on all of DIR/music-intents/queries.jsonl (MusicRecoIntent dev
 * part) with the entity tagger from DIR/music-ner (MusicRecoNER requests not in the intent data),
 * and writes the compact weights file the extension bundles (agents/intents/tagger/weights.json).
 * Deterministic: fixed seed and order, so the same data gives the same file.
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEFAULT_SETTINGS, prepareIntentRequest, trainEntityTagger, trainSequenceTagger } from '../agents/intents/tagger/training';
import { loadSequenceTagger } from '../agents/intents/tagger/weights-file';
import type { IntentTaggerFile } from '../agents/intents/tagger/types';
import { entityRequestsOutside, readEntityRequests, readIntentRequests, resolveIntentsFile } from '../eval/intents/training-data';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dataDir = arg('--data');
if (!dataDir) {
  console.error('usage: npm run -s train:intents -- --data DIR [--out FILE]   (DIR holds music-intents/queries.jsonl and optionally music-ner/)');
  process.exit(2);
}
const out = arg('--out') ?? join(dirname(fileURLToPath(import.meta.url)), '..', 'agents', 'intents', 'tagger', 'weights.json');

try {
  const file = resolveIntentsFile(dataDir);
  const rows = readIntentRequests(file);
  const entityData = entityRequestsOutside(readEntityRequests(dataDir), rows);
  const entities = trainEntityTagger(entityData, DEFAULT_SETTINGS);
  const entityTagger = entities && loadSequenceTagger(entities);
  const prepared = rows.map((r) => prepareIntentRequest(r, entityTagger));
  const lost = prepared.reduce((a, p) => a + p.lost, 0);
  const weights: IntentTaggerFile = {
    format: 'tastebud-intent-tagger/1',
    intents: trainSequenceTagger(prepared, DEFAULT_SETTINGS),
    ...(entities ? { entities } : {}),
    trainedOn: {
      file: basename(file),
      sha256: createHash('sha256').update(readFileSync(file)).digest('hex'),
      requests: rows.length,
      extraNerRequests: entityData.length,
      licence: 'intents: MusicRecoIntent (Deezer Research), no licence stated, evaluation use only; entities: MusicRecoNER (Deezer), MIT',
    },
  };
  const json = JSON.stringify(weights);
  writeFileSync(out, `${json}\n`);
  const features = weights.intents.featureNames.length + (weights.entities?.featureNames.length ?? 0);
  console.log(`trained on ${rows.length} intent requests (${lost} gold texts could not be placed) and ${entityData.length} MusicRecoNER requests`);
  console.log(`wrote ${out}: ${(json.length / 1024).toFixed(0)} KiB, ${features} features`);
} catch (e) {
  console.error(`train:intents: ${(e as Error).message}`);
  process.exit(1);
}
