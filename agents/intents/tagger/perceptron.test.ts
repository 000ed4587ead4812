import { describe, expect, it } from 'vitest';
import { bioToSpans } from './bio';
import { trainSequenceTagger, type PreparedRequest } from './training';
import { loadSequenceTagger } from './weights-file';

/** A tiny task: words after "like" are names (until "and"); "jazz"/"rock" are genres; after "no" rejected. */
function example(words: string[]): PreparedRequest {
  const tags: string[] = [];
  let afterLike = false, afterNo = false;
  words.forEach((w, i) => {
    if (w === 'like') { afterLike = true; tags.push('O'); return; }
    if (w === 'no') { afterNo = true; tags.push('O'); return; }
    if (w === 'and') { afterLike = false; tags.push('O'); return; }
    if (w === 'jazz' || w === 'rock') { tags.push(`B-genre-${afterNo ? 'rejected' : 'wanted'}`); return; }
    if (afterLike) { tags.push(`${tags[i - 1]?.includes('named_entity') ? 'I' : 'B'}-named_entity-referential`); return; }
    tags.push('O');
  });
  const features = words.map((w, i) => ['bias', `w=${w}`, `w-1=${words[i - 1] ?? '<s>'}`, `w-2=${words[i - 2] ?? '<s>'}`]);
  return { features, tags, lost: 0 };
}

const train = [
  'music like daft punk', 'some jazz please', 'no rock', 'songs like aphex twin', 'no jazz and no rock', 'rock like abba',
  'jazz songs', 'stuff like daft punk and jazz', 'like abba', 'anything but no jazz', 'like aphex twin', 'rock please',
].map((s) => example(s.split(' ')));
const settings = { epochs: 8, seed: 3, minFeatureCount: 1, pruneBelow: 0.01 };

describe('averaged perceptron tagger', () => {
  it('learns a tiny synthetic tagging task and generalises to unseen orderings', () => {
    const tagger = loadSequenceTagger(trainSequenceTagger(train, settings));
    const test = example('jazz like daft punk'.split(' '));
    expect(tagger.tag(test.features)).toEqual(test.tags);
    expect(bioToSpans(tagger.tag(example('no rock'.split(' ')).features))).toEqual([{ from: 1, to: 2, category: 'genre', role: 'rejected' }]);
  });

  it('is deterministic: the same data and seed give the same weights', () => {
    expect(JSON.stringify(trainSequenceTagger(train, settings))).toBe(JSON.stringify(trainSequenceTagger(train, settings)));
  });
});
