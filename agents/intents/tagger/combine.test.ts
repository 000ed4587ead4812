import { describe, expect, it } from 'vitest';
import { extractIntents } from '../extract';
import { tagMusicIntents } from './combine';
import { requestContext } from './context';
import { reconcileSpans } from './reconcile';
import type { LabelledSpan } from './types';

const span = (from: number, to: number, category: LabelledSpan['category'], role: LabelledSpan['role'] = 'wanted'): LabelledSpan => ({ from, to, category, role });

describe('reconciling tagger spans with the rules', () => {
  it('splits a span made of whole lexicon phrases of different categories', () => {
    // "upbeat pop": mood + genre, which the tagger may have run together.
    const ctx = requestContext('upbeat pop');
    expect(reconcileSpans(ctx, [span(0, 2, 'genre')])).toEqual([span(0, 1, 'mood'), span(1, 2, 'genre')]);
  });

  it('keeps an instrument with its modifier together ("acoustic bass")', () => {
    const ctx = requestContext('punk guitar');
    expect(reconcileSpans(ctx, [span(0, 2, 'instrument')])).toEqual([span(0, 2, 'instrument')]);
  });

  it('completes a span cut short inside a hyphenated word ("lo" of "lo-fi"), not a phrase of words the tagger split', () => {
    const ctx = requestContext('lo-fi stuff for work');
    expect(reconcileSpans(ctx, [span(0, 1, 'mood')])).toEqual([span(0, 2, 'mood')]);
    // "the drum and bass" of a band: the tagger's two instruments stay two.
    const band = requestContext('just the drum and bass');
    expect(reconcileSpans(band, [span(2, 3, 'instrument'), span(4, 5, 'instrument')])).toEqual([span(2, 3, 'instrument'), span(4, 5, 'instrument')]);
  });

  it('gives a decade the decade grammar\'s edges ("early 2000s")', () => {
    const ctx = requestContext('early 2000s emo');
    expect(reconcileSpans(ctx, [span(1, 2, 'decade'), span(2, 3, 'genre')])).toEqual([span(0, 2, 'decade'), span(2, 3, 'genre')]);
  });

  it('keeps a mood before a kept genre the tagger filed under another category ("upbeat pop")', () => {
    // A stand-in tagger that keeps only "pop", as an occasion; the lexicon files it as a genre.
    const tagger = { intents: { labels: [], tag: (f: string[][]) => f.map((_, i) => (i === 1 ? 'B-listening_context-wanted' : 'O')) } };
    expect(tagMusicIntents('upbeat pop', tagger).map((i) => `${i.category}:${i.role}:${i.text}`)).toEqual(['mood:wanted:upbeat', 'genre:wanted:pop']);
  });

  it('keeps a mood before a decade and a genre ("upbeat 80s pop")', () => {
    // A stand-in tagger that keeps only "pop"; the decade comes from the rules.
    const tagger = { intents: { labels: [], tag: (f: string[][]) => f.map((_, i) => (i === 2 ? 'B-genre-wanted' : 'O')) } };
    expect(tagMusicIntents('upbeat 80s pop', tagger).map((i) => `${i.category}:${i.role}:${i.text}`)).toEqual(['mood:wanted:upbeat', 'decade:wanted:80s', 'genre:wanted:pop']);
  });

  it('joins neighbouring spans one lexicon phrase covers ("post" + "rock" is "post rock")', () => {
    const ctx = requestContext('not post rock');
    expect(reconcileSpans(ctx, [span(1, 2, 'genre', 'rejected'), span(2, 3, 'genre', 'rejected')])).toEqual([span(1, 3, 'genre', 'rejected')]);
  });
});

describe('the shipped engine on requests that emptied playlists', () => {
  const triples = (text: string) => extractIntents(text).intents.map((i) => `${i.category}:${i.role}:${i.text}`);

  it('rejects a name right after a rejection cue, and keeps the request music', () => {
    const parsed = extractIntents('chill indie, nothing from coldplay');
    expect(parsed.kind).toBe('music');
    expect(triples(parsed.text)).toContain('named_entity:rejected:coldplay');
  });

  it('does not reject the wanted genre inside a rejected longer one', () => {
    const found = triples('rock songs with real vocals, not instrumental post rock noodling');
    expect(found).toContain('genre:wanted:rock');
    expect(found).toContain('genre:rejected:post rock');
    expect(found).not.toContain('genre:rejected:rock');
  });

  it('reads "2015 onwards" as the years since 2015 and "from the last few years" as no brand', () => {
    const parsed = extractIntents('tropical house from the last few years, 2015 onwards');
    expect(parsed.kind).toBe('music');
    expect(parsed.intents.find((i) => i.category === 'genre')?.text).toBe('tropical house');
    const decade = parsed.intents.find((i) => i.category === 'decade');
    expect(decade?.domain === 'music' && decade.years).toEqual({ from: 2015, to: new Date().getFullYear() });
  });

  it('still reads a maker after "by" in a shopping request', () => {
    expect(extractIntents('running shoes by Nike under 100').intents.some((i) => i.category === 'brand' && /nike/i.test(i.text))).toBe(true);
  });
});
