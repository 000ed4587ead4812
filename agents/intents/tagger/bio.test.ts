import { describe, expect, it } from 'vitest';
import { bioToSpans, spansToTags } from './bio';

describe('BIO tags and spans', () => {
  it('decodes adjacent names of the same label as separate spans', () => {
    expect(bioToSpans(['O', 'B-named_entity-referential', 'I-named_entity-referential', 'B-named_entity-referential', 'O']))
      .toEqual([{ from: 1, to: 3, category: 'named_entity', role: 'referential' }, { from: 3, to: 4, category: 'named_entity', role: 'referential' }]);
  });

  it('starts a new span where an I tag does not continue the open one', () => {
    expect(bioToSpans(['B-genre-wanted', 'I-mood-wanted', 'O', 'I-genre-rejected'])).toEqual([
      { from: 0, to: 1, category: 'genre', role: 'wanted' }, { from: 1, to: 2, category: 'mood', role: 'wanted' },
      { from: 3, to: 4, category: 'genre', role: 'rejected' }]);
  });

  it('round-trips spans, dropping one that overlaps an earlier span', () => {
    const spans = [{ from: 0, to: 2, category: 'listening_context' as const, role: 'wanted' as const }, { from: 1, to: 2, category: 'mood' as const, role: 'wanted' as const }];
    const { tags, dropped } = spansToTags(3, spans);
    expect(dropped).toBe(1);
    expect(bioToSpans(tags)).toEqual([spans[0]]);
  });
});
