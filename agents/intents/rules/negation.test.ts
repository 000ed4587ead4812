import { describe, expect, it } from 'vitest';
import { extractIntents } from '../index';
import type { MusicIntent } from '../types';

// Rejections decide what a playlist leaves out: each case is one a user would notice.
describe.each([
  ['rules alone', null],
  ['shipped engine (rules + tagger)', undefined],
] as const)('rejections and styles: %s', (_name, tagger) => {
  const triples = (text: string): string[] =>
    (extractIntents(text, { domain: 'music', ...(tagger === null ? { tagger: null } : {}) }).intents as MusicIntent[])
      .map((i) => `${i.category}:${i.role}:${i.text}`);

  it('rejects the sadness of "not sad lyrics", not the lyrics (no instrumental wish)', () => {
    const t = triples('upbeat songs but not sad lyrics');
    expect(t).toContain('mood:rejected:sad');
    expect(t.filter((x) => x.startsWith('instrument:'))).toEqual([]);
    expect(triples('study music with no vocals')).toContain('instrument:rejected:vocals');
  });

  it('reads a title that holds a rejection cue or opens with a pronoun as one reference point, leaving out nothing', () => {
    // Rejecting "compares 2 u" would leave out the very song the listener named.
    expect(triples('music like nothing compares 2 u by sinead oconnor')).toEqual(['named_entity:referential:nothing compares 2 u', 'named_entity:referential:sinead oconnor']);
    expect(triples('songs like dont stop me now by queen')).toEqual(['named_entity:referential:dont stop me now', 'named_entity:referential:queen']);
    const t = triples('songs like i dont wanna miss a thing by aerosmith but no ballads');
    expect(t).toContain('named_entity:referential:i dont wanna miss a thing');
    expect(t.filter((x) => x.includes(':rejected:'))).toEqual(['genre:rejected:ballads']);
  });

  it('reads a title that opens with a question word whole, and "the pixies" as one band', () => {
    expect(triples('songs like where is my mind by the pixies')).toEqual(['named_entity:referential:where is my mind', 'named_entity:referential:the pixies']);
    expect(triples('similar to what is love by haddaway')).toEqual(['named_entity:referential:what is love', 'named_entity:referential:haddaway']);
  });

  it('files "party" as a listening context, never a genre', () => {
    for (const text of ['party music', 'dance party playlist', 'upbeat pop songs for a party']) {
      const t = triples(text);
      expect(t).toContain('listening_context:wanted:party');
      expect(t.filter((x) => x.startsWith('genre:') && x.endsWith(':party'))).toEqual([]);
    }
  });

  it('files "minimal" as a style, and "minimal vocals" as no style at all', () => {
    expect(triples('minimal techno')).toEqual(['genre:wanted:minimal techno']);
    expect(triples('something minimal and dark')).toContain('genre:wanted:minimal');
    expect(triples('ambient with minimal vocals').filter((x) => x.includes('minimal') && !x.startsWith('instrument:'))).toEqual([]);
  });

  it('reads "non", "isnt" and "arent" as rejections of the one quality they touch', () => {
    expect(triples('non romantic songs')).toContain('mood:rejected:romantic');
    expect(triples('breakup songs that arent sad')).toContain('mood:rejected:sad');
    // Words the lexicons do not know, negated as qualities of the music.
    expect(triples('gentle smooth music that isnt formulaic')).toContain('mood:rejected:formulaic');
    const t = triples('some non political punk rock');
    expect(t.filter((x) => x.endsWith(':rejected:political'))).toHaveLength(1);
    expect(t).toContain('genre:wanted:punk rock');
  });

  it('does not reject after a hedge or a remark about the person', () => {
    expect(triples('partly but not completely electronic').filter((x) => x.includes(':rejected:'))).toEqual([]);
    expect(triples('drums up front, im not picky').filter((x) => x.includes(':rejected:'))).toEqual([]);
  });

  it('rejects a known artist after "not", "no", "anything but" and through a list of names', () => {
    for (const text of ['hip pop bangers but not eminem', 'rap, no eminem', 'anything but eminem']) {
      const t = triples(text);
      expect(t).toContain('named_entity:rejected:eminem');
      expect(t.filter((x) => x.endsWith(':eminem'))).toEqual(['named_entity:rejected:eminem']);
    }
    expect(triples('i hate drake and nickelback')).toEqual(['named_entity:rejected:drake', 'named_entity:rejected:nickelback']);
    // A word that is not a known name stays a rejected quality, and "no love songs" names nobody.
    expect(triples('ballads that arent corny')).toContain('mood:rejected:corny');
    expect(triples('no love songs').filter((x) => x.startsWith('named_entity'))).toEqual([]);
  });

  it('keeps a mood asked for as a predicate ("keep it upbeat")', () => {
    expect(triples('hip pop bangers but not eminem | and keep it upbeat')).toContain('mood:wanted:upbeat');
    expect(triples('keep it upbeat')).toEqual(['mood:wanted:upbeat']);
  });
});
