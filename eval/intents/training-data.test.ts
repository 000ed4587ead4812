import { describe, expect, it } from 'vitest';
import { parseEntityBio } from '../../agents/intents/tagger/ner-bio';
import { entityRequestsOutside, foldOf } from './training-data';

describe('tagger training data', () => {
  it('reads MusicRecoNER BIO blocks as requests with the project tag names', () => {
    const requests = parseEntityBio('i\tO\nlove\tO\nradioheads\tB-Artist\nkid\tB-WoA\na\tI-WoA\n\nanything\tO\n');
    expect(requests).toEqual([
      { query: 'i love radioheads kid a', tags: ['O', 'O', 'B-named_entity-artist', 'B-named_entity-work', 'I-named_entity-work'] },
      { query: 'anything', tags: ['O'] },
    ]);
  });

  it('drops entity requests that are also intent requests, so no evaluated request is trained on', () => {
    const entities = parseEntityBio('songs\tO\nlike\tO\nabba\tB-Artist\n\nmore\tO\nlike\tO\nmuse\tB-Artist\n');
    const kept = entityRequestsOutside(entities, [{ query: 'Songs  like abba ', intents: [] }]);
    expect(kept.map((e) => e.query)).toEqual(['more like muse']);
  });

  it('cuts requests into near-equal folds, the same on every run', () => {
    const folds = [...Array(103).keys()].map((k) => foldOf(k, 103, 5, 7));
    const sizes = [0, 1, 2, 3, 4].map((f) => folds.filter((x) => x === f).length);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect([...Array(103).keys()].map((k) => foldOf(k, 103, 5, 7))).toEqual(folds);
  });
});
