/**
 * One phrase table over all music lexicons: normalised phrase -> category and canonical form.
 * When a phrase sits in several lexicons the more specific, hand-curated one wins (voice and
 * instrumentation words, then moods, contexts, places, then the large genre and instrument lists).
 */
import type { MusicCategory } from '../types';
import { normalizeTerm } from '../rules/normalize-text';
import genres from './genres.json';
import instruments from './instruments.json';
import artists from './artists.json';
import titles from './titles.json';
import { MOOD_TERMS } from './moods';
import { LISTENING_CONTEXT_TERMS } from './listening-contexts';
import { PLACE_TERMS } from './places';
import { EXTRA_INSTRUMENT_TERMS } from './vocal-and-sound';
import { EXTRA_GENRE_TERMS, GENRE_STOPWORDS } from './genre-extras';
import type { LexiconEntry, PhraseTable } from './types';

const INSTRUMENT_STOPWORDS = new Set(['main system', 'unlabeled', 'crowd', 'gu', 'male speaker', 'female speaker',
  'fx processed sound', 'claps', 'snaps', 'bell', 'tapping', 'strum', 'change ringing', 'bicycle bell', 'tuning fork',
  'musical instrument', 'rattle', 'scratches', 'whistle', 'triangle', 'recorder', 'organ', 'keyboard', 'chime']);

const genreAliases = genres.aliases.map(({ pattern, canonical }) => ({ re: new RegExp(`^(?:${pattern})$`), canonical }));

/** Canonical genre name: beets aliases ("hip-hop" forms, "rnb" ...) applied to the normalised phrase. */
export function canonicalGenre(phrase: string): string {
  for (const { re, canonical } of genreAliases) {
    const m = re.exec(phrase);
    if (m) return canonical.replace(/\\(\d)/g, (_, i: string) => m[Number(i)] ?? '');
  }
  return phrase;
}

function buildTable(): PhraseTable {
  const table: PhraseTable = new Map();
  let maxWords = 1;
  const add = (term: string, entry: LexiconEntry): void => {
    // "electronic music" is quoted as "electronic": the head noun "music" is not part of the genre.
    const key = normalizeTerm(term).replace(/ music$/, '');
    if (!key || table.has(key)) return;
    table.set(key, entry);
    maxWords = Math.max(maxWords, key.split(' ').length);
  };
  const addAll = (terms: Iterable<string>, category: MusicCategory): void => {
    for (const t of terms) add(t, { category, normalized: normalizeTerm(t) });
  };
  addAll(EXTRA_INSTRUMENT_TERMS, 'instrument');
  addAll(MOOD_TERMS, 'mood');
  addAll(LISTENING_CONTEXT_TERMS, 'listening_context');
  addAll(PLACE_TERMS, 'country');
  for (const [term, canonical] of Object.entries(EXTRA_GENRE_TERMS)) add(term, { category: 'genre', normalized: canonical });
  for (const g of genres.genres) if (!GENRE_STOPWORDS.has(g)) add(g, { category: 'genre', normalized: canonicalGenre(g) });
  for (const name of Object.keys(instruments.families)) {
    if (!INSTRUMENT_STOPWORDS.has(name)) add(name, { category: 'instrument', normalized: name });
  }
  table.maxWords = maxWords;
  return table;
}

let cached: PhraseTable | undefined;
export function musicPhraseTable(): PhraseTable {
  return (cached ??= buildTable());
}

let artistSet: Set<string> | undefined;
/** Known artist names (normalised), used to split run-together lists such as "aphex twin daft punk". */
export function knownArtists(): Set<string> {
  return (artistSet ??= new Set(artists.artists));
}

let titleSet: Set<string> | undefined;
/** Known track and album titles of two to six words (normalised), a tagger feature for names in bare lists. */
export function knownTitles(): Set<string> {
  return (titleSet ??= new Set(titles.titles));
}
