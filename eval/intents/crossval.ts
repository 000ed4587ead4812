/**
 * npm run -s eval:intents:cv -- --data DIR [--folds 5] [--json] [--no-ner] [--epochs N] [--min-count N] [--seed N] [--errors N]
 * k-fold cross-validation of the trained music-intent tagger: train on k-1 folds, score the held-out
 * fold with the same scoring as eval:intents, average over folds. DIR holds music-intents/ (and
 * optionally music-ner/). This is the honest figure for the tagger: eval:intents on the dev file
 * scores it on its own training data. --errors N prints the error breakdown (missed, spurious,
 * boundary, wrong role, wrong category) over all held-out folds with N examples per bucket.
 */
import { performance } from 'node:perf_hooks';
import { extractIntents } from '../../agents/intents/extract';
import { prepareIntentRequest, trainEntityTagger, trainSequenceTagger, DEFAULT_SETTINGS } from '../../agents/intents/tagger/training';
import { loadSequenceTagger } from '../../agents/intents/tagger/weights-file';
import type { IntentTagger } from '../../agents/intents/tagger/intent-tagger';
import { entityRequestsOutside, foldOf, readEntityRequests, readIntentRequests, resolveIntentsFile } from './training-data';
import { averageScores, printMusicSummary } from './summary';
import { formatErrorBreakdown, requestErrors, type ErrorExample } from './error-breakdown';
import { scoreMusic, type ScoredRequest } from './score';
import type { MusicScore } from './types';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const dataDir = arg('--data');
if (!dataDir) {
  console.error('usage: npm run -s eval:intents:cv -- --data DIR [--folds 5] [--json] [--no-ner]   (DIR holds music-intents/queries.jsonl)');
  process.exit(2);
}
const folds = Number(arg('--folds') ?? 5);
const settings = {
  ...DEFAULT_SETTINGS,
  epochs: Number(arg('--epochs') ?? DEFAULT_SETTINGS.epochs),
  minFeatureCount: Number(arg('--min-count') ?? DEFAULT_SETTINGS.minFeatureCount),
  // Another seed is another fold split and training order: how much figures move by chance.
  seed: Number(arg('--seed') ?? DEFAULT_SETTINGS.seed),
};

try {
  if (!(folds >= 2)) throw new Error(`eval:intents:cv: --folds must be 2 or more (got ${arg('--folds')})`);
  const file = resolveIntentsFile(dataDir);
  const rows = readIntentRequests(file);
  const entityData = args.includes('--no-ner') ? [] : entityRequestsOutside(readEntityRequests(dataDir), rows);
  const entityWeights = trainEntityTagger(entityData, settings);
  const entities = entityWeights && loadSequenceTagger(entityWeights);
  console.error(`entity tagger: ${entities ? `${entityData.length} MusicRecoNER requests outside the intent data` : 'none'}`);
  const prepared = rows.map((r) => prepareIntentRequest(r, entities));
  const fold = rows.map((_, k) => foldOf(k, rows.length, folds, settings.seed));
  const scores: MusicScore[] = [];
  const times: number[] = [];
  const errors: ErrorExample[] = [];
  for (let f = 0; f < folds; f++) {
    const tagger: IntentTagger = { intents: loadSequenceTagger(trainSequenceTagger(prepared.filter((_, k) => fold[k] !== f), settings)), ...(entities ? { entities } : {}) };
    const held = rows.filter((_, k) => fold[k] === f);
    for (const r of held.slice(0, 20)) extractIntents(r.query, { domain: 'music', tagger }); // warm-up
    const start = performance.now();
    const results = held.map((r) => extractIntents(r.query, { domain: 'music', tagger }).intents);
    times.push((performance.now() - start) / Math.max(1, held.length));
    const scored: ScoredRequest[] = held.map((r, i) => ({
      gold: r.intents,
      predicted: results[i]!.filter((x) => x.domain === 'music').map((x) => ({ category: x.category, role: x.role, text: x.text })),
    }));
    scores.push(scoreMusic(scored));
    scored.forEach((s, i) => errors.push(...requestErrors(held[i]!.query, s.predicted, s.gold)));
    console.error(`fold ${f + 1}/${folds}: exact F1 ${scores[f]!.exact.f1.toFixed(3)}, partial F1 ${scores[f]!.partial.f1.toFixed(3)}`);
  }
  if (arg('--errors') !== undefined) console.log(formatErrorBreakdown(errors, Number(arg('--errors'))));
  const ms = times.reduce((a, b) => a + b, 0) / times.length;
  printMusicSummary(`music intents, ${folds}-fold cross-validation (mean over folds): ${rows.length} requests from ${file}`, averageScores(scores), ms, args.includes('--json'));
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
