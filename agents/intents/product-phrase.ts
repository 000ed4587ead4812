/**
 * Where the wanted thing is named. A request names what it wants in a noun phrase whose head is a
 * product noun ("a metal STAND for my guitar", "rock climbing SHOES"); the words before the head in
 * that phrase describe it, even when a music lexicon also holds them ("metal", "rock", "soft").
 * A noun after a preposition ("for my guitar", "music for my headphones", "songs about cars") is
 * what the thing is for or about, not the thing wanted; after "looking for" / "in search of" it is.
 */
import { isMadeThingNoun, isMusicDescription, isProductNoun } from './lexicon/product-nouns';
import { musicPhraseTable } from './lexicon/index';
import { tokenize, type Token } from './rules/tokens';
import { isActivityObject } from './rules/activity-clause';

/** Words that end a noun phrase: prepositions, relatives, verbs of liking, conjunctions of clauses. */
const PHRASE_END = new Set(['for', 'with', 'without', 'to', 'of', 'in', 'on', 'at', 'by', 'from', 'about', 'into', 'like',
  'that', 'which', 'who', 'is', 'are', 'was', 'be', 'but', 'as', 'not', 'no', 'than', 'under', 'over', 'below', 'above', 'between',
  'while', 'during', 'when', 'where', 'so', 'because', 'or', 'similar', 'i', 'it', 'its', 'can', 'should', 'must', 'will',
  'please', 'made', 'has', 'have', 'having', 'comes', 'come', 'using', 'featuring', 'feat', 'ft', 'may', 'might', 'could',
  'would', 'shall']);
/** Prepositions whose object is what the thing is for or about. */
const OBJECT_CUES = new Set(['for', 'with', 'without', 'of', 'in', 'on', 'at', 'from', 'about', 'into', 'like', 'during', 'by']);
/** "looking for X", "in search of X", "interested in X", "in need of X": X is the wanted thing. */
const ASKING_VERBS = new Set(['looking', 'look', 'searching', 'search', 'shopping', 'shop', 'hunting', 'asking', 'ask', 'find', 'finding',
  'interested', 'need',
  // "all offers for the X", "an alternative for X": what a shop sells for X is X itself.
  'offer', 'offers', 'deal', 'deals', 'price', 'prices', 'alternative', 'alternatives', 'substitute', 'substitutes']);
/** Music forms: nouns a music request asks for that WordNet files as made things ("a mix", "a cover", "the radio"). */
const MUSIC_FORMS = new Set(['mix', 'mixes', 'remix', 'remixes', 'cover', 'covers', 'mixtape', 'mixtapes', 'single', 'singles',
  'soundtrack', 'soundtracks', 'radio', 'rapper', 'rappers', 'stuff', 'work', 'works', 'piece', 'pieces', 'jam', 'jams',
  'album', 'albums', 'record', 'records', 'vibe', 'vibes', 'track', 'tracks', 'tune', 'tunes', 'beat', 'beats', 'ep', 'lp']);
const DETERMINERS = new Set(['a', 'an', 'the', 'this', 'these', 'that', 'those', 'some', 'any', 'as']);
const LIKE_AS_VERB_AFTER = new Set(['would', 'id', 'i', 'we', 'you', 'they', 'also', 'really', 'do', 'dont', 'might', 'should', 'really']);
const AMOUNTS = new Set(['pair', 'pairs', 'pack', 'packs', 'set', 'sets', 'couple', 'bunch', 'lot', 'lots', 'dozen', 'count',
  'piece', 'pieces', 'bundle', 'variety', 'assortment', 'kind', 'type', 'sort', 'one', 'two', 'three', 'four', 'some', 'any']);
/** Owned things: "for my guitar", "ride my bike". What the user has is not what they ask for. */
const POSSESSIVES = new Set(['my', 'your', 'his', 'her', 'our', 'their']);

export interface ProductHead {
  /** Token index of the head noun. */
  at: number;
  start: number;
  end: number;
  /** Where its noun phrase starts (the first describing word). */
  phraseStart: number;
  /** The phrase opens with "a", "an", "some" or a number: an indefinite thing, as products are asked for. */
  indefinite: boolean;
}

/** Is the noun at i the object of a preposition ("for my guitar", "with oboe or english horn") rather than the thing asked for? */
function isObject(tokens: Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.boundary) return false;
    if (POSSESSIVES.has(t.norm)) return true;
    if (OBJECT_CUES.has(t.norm)) {
      const before = tokens[j - 1]?.norm ?? '';
      // "i would like a bottle": there "like" is the verb of wanting.
      if (t.norm === 'like' && LIKE_AS_VERB_AFTER.has(before)) return false;
      // "a pair of boots", "a bottle of lotion": after an amount or a container the wanted thing is named.
      if (t.norm === 'of' && (AMOUNTS.has(before) || isProductNoun(before))) return false;
      return !ASKING_VERBS.has(before);
    }
    if (PHRASE_END.has(t.norm)) return false;
  }
  return false;
}

/** Where the noun phrase ending at i starts: after a clause word or "and", at a determiner ("these guys"). */
function phraseStartOf(tokens: Token[], i: number): number {
  let from = i;
  while (from > 0) {
    const before = tokens[from - 1]!;
    if (before.boundary || PHRASE_END.has(before.norm) || before.norm === 'and' || before.norm === '&') break;
    from--;
    if (DETERMINERS.has(before.norm)) break;
  }
  return from;
}

function isMusicNoun(word: string): boolean {
  const category = musicPhraseTable().get(word)?.category;
  return category === 'genre' || category === 'instrument';
}

/** Is the word at this offset the object of a preposition or owned ("music for my headphones")? */
export function isObjectAt(text: string, offset: number): boolean {
  const tokens = wordTokens(text);
  const i = tokens.findIndex((t) => t.start <= offset && offset < t.end);
  return i >= 0 && isObject(tokens, i);
}

/**
 * "a vanity light with a dimmer": a mood word that is also a made thing is the noun when it ends a
 * phrase that a determiner opens; "something light", "light and airy" keep it a description.
 */
function isNamedLamp(tokens: Token[], i: number): boolean {
  const t = tokens[i]!, next = tokens[i + 1];
  if (!isMadeThingNoun(t.norm) || !isMusicDescription(t.norm)) return false;
  if (next && !next.boundary && !PHRASE_END.has(next.norm)) return false;
  const from = phraseStartOf(tokens, i);
  // A countable thing: "a light", "the vanity light"; "some metal", "any light" stay descriptions.
  return from < i && ['a', 'an', 'the'].includes(tokens[from]!.norm);
}

/**
 * The product nouns that head a wanted-thing phrase. One inside a name ("first aid kit", "voodoo
 * doll") counts only in an indefinite phrase ("a bottle of tea tree lotion"): songs and bands are
 * named, products are asked for as "a ..." or "2 ...".
 */
export function productHeads(text: string, names: Array<[number, number]> = []): ProductHead[] {
  return productNounHeads(text).filter((h) => h.indefinite || !names.some(([s, e]) => h.start < e && h.end > s));
}

/** Words with their hyphens kept whole ("all-in-one", "t-shirt"): a hyphen's parts are no prepositions. */
function wordTokens(text: string): Token[] {
  const out: Token[] = [];
  for (const t of tokenize(text)) {
    const prev = out[out.length - 1];
    if (prev && !prev.boundary && !t.boundary && text.slice(prev.end, t.start) === '-') out[out.length - 1] = { ...prev, norm: `${prev.norm}-${t.norm}`, end: t.end };
    else out.push(t);
  }
  return out;
}

function productNounHeads(text: string): ProductHead[] {
  const tokens = wordTokens(text);
  const heads: ProductHead[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.boundary || MUSIC_FORMS.has(t.norm) || PHRASE_END.has(t.norm)) continue;
    if (!isProductNoun(t.norm) && !isNamedLamp(tokens, i)) continue;
    // A compound's last noun is its head: in "guitar stand" the stand is wanted, in "pendant light" the light.
    const next = tokens[i + 1];
    if (next && !next.boundary && isProductNoun(next.norm) && !MUSIC_FORMS.has(next.norm)) continue;
    // "classic rock", "bell jazz": before a genre or instrument that is no made thing, the noun describes the music.
    if (next && !next.boundary && isMusicNoun(next.norm) && !isMadeThingNoun(next.norm)) continue;
    if (isObject(tokens, i)) continue;
    // "to clean the house to": what the listener does something to is not the thing asked for.
    if (isActivityObject(tokens, i, i + 1)) continue;
    const from = phraseStartOf(tokens, i);
    // "pendant light", "sleep mask": a following noun that a music lexicon also holds closes the compound.
    let last = i;
    while (tokens[last + 1] && !tokens[last + 1]!.boundary && isMadeThingNoun(tokens[last + 1]!.norm) && !MUSIC_FORMS.has(tokens[last + 1]!.norm)) last++;
    const first = tokens[from]!.norm;
    const indefinite = ['a', 'an', 'some'].includes(first) || /^\d/.test(first);
    heads.push({ at: i, start: t.start, end: tokens[last]!.end, phraseStart: tokens[from]!.start, indefinite });
  }
  return heads;
}

/** Does [start, end) sit in a product's noun phrase, before its head or as the head's own compound part? */
export function describesProduct(heads: ProductHead[], start: number, end: number): boolean {
  return heads.some((h) => start >= h.phraseStart && end <= h.end);
}
