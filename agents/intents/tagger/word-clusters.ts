/**
 * Distributional word clusters (`lexicon/word-clusters.json`, k-means over GloVe vectors of general
 * English text): words used alike share an id, so the tagger can generalise from a labelled "punk"
 * to an unlabelled "grunge". Ids are given finest level first.
 */
import clusters from '../lexicon/word-clusters.json';

export const CLUSTER_LEVELS: readonly number[] = clusters.levels;

let table: Map<string, number[]> | undefined;

function buildTable(): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const coarser = clusters.levels.slice(1).map((k) => (clusters.parents as Record<string, number[]>)[String(k)]!);
  clusters.clusters.forEach((words, fine) => {
    const ids = [fine, ...coarser.map((parent) => parent[fine]!)];
    for (const w of words) out.set(w, ids);
  });
  return out;
}

/** The word's cluster id at each level (finest first), or undefined for a word outside the vocabulary. */
export function wordClusterIds(word: string): readonly number[] | undefined {
  return (table ??= buildTable()).get(word);
}
