import { describe, expect, it } from 'vitest';
import { requestContext } from './context';
import { tokenFeatures } from './features';
import { CLUSTER_LEVELS, wordClusterIds } from './word-clusters';

const coarsest = CLUSTER_LEVELS.length - 1;
const coarse = (word: string): number | undefined => wordClusterIds(word)?.[coarsest];

describe('word clusters from general English embeddings', () => {
  it('puts genre names together, and instruments together, apart from each other', () => {
    for (const genre of ['grunge', 'jazz', 'techno', 'rap']) expect(coarse(genre)).toBe(coarse('punk'));
    for (const instrument of ['violin', 'piano', 'drums']) expect(coarse(instrument)).toBe(coarse('guitar'));
    expect(coarse('guitar')).not.toBe(coarse('punk'));
    expect(coarse('france')).not.toBe(coarse('punk'));
  });

  it('puts singers in one fine cluster, which is not the genres', () => {
    const fine = (word: string): number | undefined => wordClusterIds(word)?.[0];
    expect(fine('beyonce')).toBe(fine('eminem'));
    expect(fine('madonna')).toBe(fine('eminem'));
    expect(fine('eminem')).not.toBe(fine('punk'));
  });

  it('gives nested ids: words sharing a fine cluster share every coarser one', () => {
    expect(wordClusterIds('grunge')).toEqual(wordClusterIds('punk'));
    expect(wordClusterIds('grunge')).toHaveLength(CLUSTER_LEVELS.length);
  });

  it('knows nothing of made-up words', () => {
    expect(wordClusterIds('zxqvbnm')).toBeUndefined();
  });

  it('lets the entity tagger see an unlabelled word like a known one of its family', () => {
    const features = (text: string): string[] => tokenFeatures(requestContext(text), 1, 'entities');
    const clusterOnly = (f: string[]): string[] => f.filter((x) => x.startsWith(`c${CLUSTER_LEVELS[coarsest]}@`));
    expect(clusterOnly(features('some grunge please'))).toHaveLength(3);
    expect(clusterOnly(features('some grunge please'))).toEqual(clusterOnly(features('some punk please')));
    expect(clusterOnly(features('some grunge please'))).not.toEqual(clusterOnly(features('some guitar please')));
  });

  it('leaves the intent tagger without cluster features', () => {
    expect(tokenFeatures(requestContext('some grunge please'), 1, 'intents').filter((x) => /^c\d+@/.test(x))).toEqual([]);
  });
});
