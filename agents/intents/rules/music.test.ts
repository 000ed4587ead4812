import { describe, expect, it } from 'vitest';
import { extractIntents } from '../index';
import type { MusicIntent } from '../types';

// The same hand-written requests hold for the rules alone and for the shipped engine (rules + trained tagger).
describe.each([
  ['rules alone', null],
  ['shipped engine (rules + tagger)', undefined],
] as const)('model-free music intents: %s', (_name, tagger) => {
  const music = (text: string): MusicIntent[] =>
    extractIntents(text, { domain: 'music', ...(tagger === null ? { tagger: null } : {}) }).intents as MusicIntent[];
  const triples = (text: string): string[] => music(text).map((i) => `${i.category}:${i.role}:${i.text}`);

  it('finds genres, moods, instruments and contexts as wanted', () => {
    const t = triples('need some mellow jazz with saxophone for late night driving');
    expect(t).toEqual(expect.arrayContaining(['mood:wanted:mellow', 'genre:wanted:jazz', 'instrument:wanted:saxophone', 'listening_context:wanted:late night']));
  });

  it('reads "to clean the house to" as what the listener does, not as the genre house', () => {
    expect(triples('energetic punk to clean the house to')).toEqual(['mood:wanted:energetic', 'genre:wanted:punk']);
    // The clause's own verb still describes the music.
    expect(triples('songs to dance to')).toEqual(['genre:wanted:dance']);
  });

  it('reads "lo-fi" whole, as the style the sites file it under', () => {
    expect(triples('lo-fi stuff for the background while i work')).toEqual(['genre:wanted:lo-fi']);
  });

  it('rejects what follows a negation cue, up to the end of the clause', () => {
    const t = triples('moody electronic music but no vocals or guitar | i love ambient');
    expect(t).toEqual(['mood:wanted:moody', 'genre:wanted:electronic', 'instrument:rejected:vocals', 'instrument:rejected:guitar', 'genre:wanted:ambient']);
  });

  it('keeps a descriptor after the negation scope closed as wanted', () => {
    const t = triples('not sure what to call it but upbeat pop');
    expect(t).toEqual(expect.arrayContaining(['mood:wanted:upbeat', 'genre:wanted:pop']));
    expect(t.filter((x) => x.includes(':rejected:'))).toEqual([]);
  });

  it('reads "anything but", "tired of" and "without" as rejections', () => {
    expect(triples('anything but country please')).toContain('genre:rejected:country');
    expect(triples('im tired of sad songs')).toContain('mood:rejected:sad');
    expect(triples('study music without lyrics')).toContain('instrument:rejected:lyrics');
  });

  it('takes "T by A" after a reference cue as songs and artists, all reference points', () => {
    const names = music('songs similar to paper planes by mia and bad guy by billie eilish').filter((i) => i.category === 'named_entity');
    expect(names.map((n) => [n.text, n.role, n.entityKind])).toEqual([
      ['paper planes', 'referential', 'song'],
      ['mia', 'referential', 'artist'],
      ['bad guy', 'referential', 'song'],
      ['billie eilish', 'referential', 'artist'],
    ]);
  });

  it('splits a list of names after a reference cue', () => {
    const names = music('bands like the cure and joy division or siouxsie').filter((i) => i.category === 'named_entity');
    expect(names.map((n) => n.text)).toEqual(['the cure', 'joy division', 'siouxsie']);
    expect(names.every((n) => n.role === 'referential')).toBe(true);
  });

  it('does not take filler "like" or a description as a name', () => {
    const t = triples('i want something like chill lofi beats | like this kind of thing');
    expect(t.filter((x) => x.startsWith('named_entity'))).toEqual([]);
    expect(t).toContain('mood:wanted:chill');
  });

  it('names a song "T by A" without a reference cue as wanted', () => {
    const names = music('heard the song blue monday by kraftwerk yesterday').filter((i) => i.category === 'named_entity');
    expect(names.map((n) => [n.text, n.role])).toEqual([['blue monday', 'wanted'], ['kraftwerk', 'wanted']]);
  });

  it('takes "T by A" followed by a request for similar music as reference points', () => {
    const names = music('brown skin girl by beyonce, any music with a similar sound').filter((i) => i.category === 'named_entity');
    expect(names.map((n) => [n.text, n.role])).toEqual([['brown skin girl', 'referential'], ['beyonce', 'referential']]);
  });

  it('normalises decades and years', () => {
    const decades = music('late 70s disco or early 2000s emo and the eighties | anything from 1994').filter((i) => i.category === 'decade');
    expect(decades.map((d) => [d.text, d.years])).toEqual([
      ['late 70s', { from: 1976, to: 1979 }],
      ['early 2000s', { from: 2000, to: 2003 }],
      ['eighties', { from: 1980, to: 1989 }],
      ['1994', { from: 1994, to: 1994 }],
    ]);
    expect(music('90s hip-hop').find((i) => i.category === 'genre')).toMatchObject({ text: 'hip-hop', normalized: 'hip hop' });
    expect(music("80's synth").find((i) => i.category === 'decade')).toMatchObject({ text: "80's", normalized: '1980s' });
  });

  it('quotes the words as written when the request has capitals and punctuation', () => {
    const t = triples("Looking for Sad songs, NOT Country!");
    expect(t).toEqual(expect.arrayContaining(['mood:wanted:Sad', 'genre:rejected:Country']));
  });
});
