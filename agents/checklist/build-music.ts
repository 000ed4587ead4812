import type { MusicIntent } from '../intents/types';
import type { ChecklistItem } from './types';
import { freeTextItem } from './build-shopping';
import { PLACE_ADJECTIVES } from '../intents/lexicon/places';

const INSTRUMENTAL = /\b(instrumental|no (vocals?|singing|lyrics|words)|without (vocals?|singing|lyrics))\b/i;
const VOCALS = /^(vocals?|singing|lyrics|voice|singer)$/i;

/** Decade words to years when the extractor left them out: "80s" -> 1980..1989, "2000s" -> 2000..2009. */
export function decadeYears(text: string): { from: number; to: number } | undefined {
  const m = /\b(?:(19|20)?(\d)0)'?s\b/.exec(text.toLowerCase());
  if (!m) return undefined;
  const century = m[1] ?? (Number(m[2]) >= 3 ? '19' : '20');
  const from = Number(`${century}${m[2]}0`);
  return { from, to: from + 9 };
}

/**
 * The years as a card shows them: "1980s" for a whole decade, "1980s–1990s" for whole decades, "2018"
 * for one year, "2000–2003" for "early 2000s", "2016 or later" for "modern"; a word the shopper used
 * stays in front ("modern (2016 or later)").
 */
export function yearsLabel(span: { from: number; to: number }, said: string): string {
  const word = said.trim();
  const years = yearsSaid(span);
  return /\d/.test(word) || !word ? years : `${word} (${years})`;
}

function yearsSaid({ from, to }: { from: number; to: number }): string {
  const thisYear = new Date().getFullYear();
  const wholeDecades = from % 10 === 0 && (to + 1) % 10 === 0;
  if (wholeDecades && to - from === 9) return `${from}s`;
  if (wholeDecades && to < thisYear) return `${from}s–${to - 9}s`;
  if (from === to) return `${from}`;
  if (to >= thisYear) return `${from} or later`;
  if (from <= 1900) return `before ${to + 1}`;
  return `${from}–${to}`;
}

const ADJECTIVES = new Set(PLACE_ADJECTIVES);
const INITIALS = new Set(['uk', 'us', 'usa']);

/**
 * "From Brazil", "From the UK", but "English music", "Western music": a word of a people, a language
 * or a direction is said as the music's kind, where "from english" would read as a slip.
 */
function countryLabel(word: string, wanted: boolean): string {
  const key = word.toLowerCase();
  const shown = INITIALS.has(key) ? `the ${key.toUpperCase()}` : key.replace(/(^|[\s-])\p{L}/gu, (x) => x.toUpperCase());
  if (ADJECTIVES.has(key)) return `${shown} music`;
  return `${wanted ? 'From' : 'from'} ${shown}`;
}

export function musicItems(intent: MusicIntent): ChecklistItem[] {
  const wanted = intent.role !== 'rejected';
  // "Like X" (an artist or song) is a soft pointer; a genre, feel or decade is what the track itself must be, whatever role the extractor gave it.
  const hard = intent.role !== 'referential' || intent.category !== 'named_entity';
  const origin = 'request' as const;
  const w = (intent.normalized ?? intent.text).trim();
  const not = wanted ? '' : 'Not ';
  switch (intent.category) {
    case 'genre':
      return [{ kind: 'genre', id: `genre:${wanted ? '' : '!'}${w}`, label: `${not}${w}`, genre: w, wanted, hard, origin }];
    case 'mood':
    case 'listening_context':
      return [{ kind: 'mood', id: `mood:${wanted ? '' : '!'}${w}`, label: `${not}${w}`, mood: w, wanted, hard, origin }];
    case 'instrument':
      if (INSTRUMENTAL.test(intent.text)) return [{ kind: 'instrumental', id: 'instrumental', label: 'Instrumental', wanted: true, hard, origin }];
      if (VOCALS.test(w)) return [{ kind: 'instrumental', id: wanted ? 'vocals' : 'instrumental', label: wanted ? 'With vocals' : 'Instrumental', wanted: !wanted, hard, origin }];
      if (wanted) return [{ kind: 'instrument', id: `instrument:${w}`, label: w, instrument: w, wanted, hard, origin }];
      // "not X" where the extractor took X for an instrument: X may as well be an artist ("no eminem"), and a rejected wish is never risked.
      return [
        { kind: 'instrument', id: `instrument:!${w}`, label: `Not ${w}`, instrument: w, wanted, hard, origin },
        { kind: 'not-artist', id: `artist!=${w}`, label: `Not ${w}`, artist: w, hard: true, origin },
      ];
    case 'decade': {
      const years = intent.years ?? decadeYears(w) ?? decadeYears(intent.text);
      if (!years) return [freeTextItem(intent.text, false)];
      return [{ kind: 'decade', id: `decade:${wanted ? '' : '!'}${years.from}`, label: `${not}${yearsLabel(years, intent.text)}`, ...years, wanted, hard, origin }];
    }
    case 'country':
      return [{ kind: 'country', id: `country:${wanted ? '' : '!'}${w}`, label: `${not}${countryLabel(w, wanted)}`, country: w, wanted, hard: false, origin }];
    case 'named_entity': {
      const artist = intent.entityKind === 'song' || intent.entityKind === 'album' ? intent.byArtist : w;
      if (!artist) return [freeTextItem(intent.text, false)];
      if (!wanted) return [{ kind: 'not-artist', id: `artist!=${artist}`, label: `Not ${artist}`, artist, hard: true, origin }];
      return [{ kind: 'similar-to-artist', id: `like:${artist}`, label: `Like ${artist}`, artist, hard: false, origin }];
    }
  }
}
