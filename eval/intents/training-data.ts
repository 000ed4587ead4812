/**
 * Reading the tagger's training data (MusicRecoIntent requests, MusicRecoNER BIO files) and
 * assigning requests to cross-validation folds. Shared by eval:intents:cv and train:intents.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LabelledRequest } from '../../agents/intents/tagger/training';
import { parseEntityBio, requestKey, type EntityRequest } from '../../agents/intents/tagger/ner-bio';
import { seededRandom } from '../../agents/intents/tagger/perceptron';

/** DIR/music-intents/queries.jsonl, or DIR/queries.jsonl when DIR is that folder. */
export function resolveIntentsFile(dir: string): string {
  for (const file of [join(dir, 'music-intents', 'queries.jsonl'), join(dir, 'queries.jsonl')]) if (existsSync(file)) return file;
  throw new Error(`no queries.jsonl under ${dir} or ${join(dir, 'music-intents')}; pass the shared data folder (e.g. --data ../shared/data)`);
}

export function readIntentRequests(file: string): LabelledRequest[] {
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as LabelledRequest);
}

/** All MusicRecoNER requests under DIR/music-ner (datasets in name order); none when it is absent. */
export function readEntityRequests(dir: string): EntityRequest[] {
  const root = join(dir, 'music-ner');
  if (!existsSync(root)) return [];
  return readdirSync(root).filter((d) => existsSync(join(root, d, 'ground-truth.bio'))).sort()
    .flatMap((d) => parseEntityBio(readFileSync(join(root, d, 'ground-truth.bio'), 'utf8')));
}

/**
 * Entity requests that are not intent requests. About 880 MusicRecoNER requests are also in the
 * intent data; dropping every one of them (not only the held-out fold's) keeps cross-validation
 * clean and lets the entity tagger's answers on intent requests be out-of-sample, as at run time.
 */
export function entityRequestsOutside(entities: EntityRequest[], intents: LabelledRequest[]): EntityRequest[] {
  const taken = new Set(intents.map((r) => requestKey(r.query)));
  return entities.filter((e) => !taken.has(requestKey(e.query)));
}

/** Fold of request k: a seeded permutation cut into `folds` near-equal parts (same on every run). */
export function foldOf(k: number, total: number, folds: number, seed: number): number {
  const perm = permutation(total, seed);
  return Math.floor((perm[k]! * folds) / total);
}

const cache = new Map<string, number[]>();
function permutation(total: number, seed: number): number[] {
  const key = `${total}:${seed}`;
  let perm = cache.get(key);
  if (!perm) {
    const random = seededRandom(seed ^ 0x5eed);
    perm = [...Array(total).keys()];
    for (let i = total - 1; i > 0; i--) { const j = Math.floor(random() * (i + 1)); [perm[i], perm[j]] = [perm[j]!, perm[i]!]; }
    cache.set(key, perm);
  }
  return perm;
}
