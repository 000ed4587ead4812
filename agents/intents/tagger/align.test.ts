import { describe, expect, it } from 'vitest';
import { tokenize } from '../rules/tokens';
import { alignIntents } from './align';
import { spansToTags } from './bio';

const align = (query: string, intents: Array<{ category: string; role: string; text: string }>) => {
  const tokens = tokenize(query);
  const a = alignIntents(query, tokens, intents);
  return { ...a, tags: spansToTags(tokens.length, a.spans).tags };
};

describe('aligning gold texts to tokens', () => {
  it('places each text on whole tokens and tags it B/I with its category and role', () => {
    const { tags, unaligned } = align('lonely vibe but not like sad', [
      { category: 'mood', text: 'lonely', role: 'wanted' }, { category: 'mood', text: 'sad', role: 'rejected' }]);
    expect(unaligned).toEqual([]);
    expect(tags).toEqual(['B-mood-wanted', 'O', 'O', 'O', 'O', 'B-mood-rejected']);
  });

  it('gives a text listed twice its occurrences in order, each with its own role', () => {
    const { tags } = align('bossa nova vibes | not bossa nova covers', [
      { category: 'genre', text: 'bossa nova', role: 'wanted' }, { category: 'genre', text: 'bossa nova', role: 'rejected' }]);
    expect(tags).toEqual(['B-genre-wanted', 'I-genre-wanted', 'O', 'O', 'O', 'B-genre-rejected', 'I-genre-rejected', 'O']);
  });

  it('does not match inside a word and reports texts it cannot place', () => {
    const { spans, unaligned } = align('rockabilly please', [{ category: 'genre', text: 'rock', role: 'wanted' }]);
    expect(spans).toEqual([]);
    expect(unaligned).toHaveLength(1);
  });

  it('finds multi-word names with the rest of the request around them', () => {
    const { tags } = align('songs like silver sun pickups arcade fire', [
      { category: 'named_entity', text: 'silver sun pickups', role: 'referential' },
      { category: 'named_entity', text: 'arcade fire', role: 'referential' }]);
    expect(tags.slice(2)).toEqual(['B-named_entity-referential', 'I-named_entity-referential', 'I-named_entity-referential',
      'B-named_entity-referential', 'I-named_entity-referential']);
  });
});
