/**
 * Named entities (artists, songs, albums) in lower-cased request text, found without a name list:
 * names follow reference cues ("like X", "similar to X and Y") or surround "by" ("T by A"). Lists are
 * split on "and", "or", "&", "ft", "from" and on known artist names ("aphex twin daft punk").
 */
import type { IntentRole } from '../types';
import { knownArtists } from '../lexicon/index';
import { findReferenceCues, findRejectionCues } from './cues';
import { NAME_EDGE_TRIM, NAME_SPAN_STOP, NOT_A_NAME_START } from './function-words';
import type { Token } from './tokens';

export interface EntitySpan {
  from: number;
  to: number;
  role: IntentRole;
  entityKind?: 'artist' | 'song' | 'album';
}

const LIST_SPLIT = new Set(['and', 'or', '&', ',', 'ft', 'feat', 'featuring', 'vs', 'x', 'plus', 'n', '/', 'from', 'nor']);
const MAX_TITLE_WORDS = 9;
const MAX_SPAN_WORDS = 12;
/** "by" that is not "title by artist". */
const NOT_AUTHOR_AFTER_BY = new Set(['the way', 'the end', 'the time', 'the sea', 'the fire', 'far', 'myself', 'yourself', 'itself', 'now', 'chance', 'accident',
  'default', 'ear', 'heart', 'night', 'day', 'a', 'an', 'any', 'some', 'genre', 'mood', 'bands', 'artists', 'people',
  'someone', 'me', 'you', 'them', 'him', 'her', 'us', 'other', 'others', 'different', 'various', 'themselves']);
const PLAIN_BY_BEFORE = new Set(['songs', 'song', 'music', 'stuff', 'tracks', 'albums', 'album', 'work', 'anything',
  'something', 'more', 'made', 'produced', 'written', 'sung', 'performed', 'covered', 'played', 'composed', 'inspired',
  'influenced', 'followed', 'recorded', 'remix', 'remixed', 'mix', 'cover', 'covers', 'ones', 'records', 'tunes']);

const CUE_FILLER = new Set(['music', 'songs', 'song', 'artists', 'artist', 'bands', 'band', 'stuff', 'tracks', 'track',
  'albums', 'album', 'and', 'to', 'as', 'than', 'or', 'like', 'groups', 'musicians', 'producers']);

type IsDescriptor = (i: number) => number | undefined;

function trimEdges(tokens: Token[], from: number, to: number): [number, number] {
  while (from < to && NAME_EDGE_TRIM.has(tokens[from]!.norm)) from++;
  while (to > from && NAME_EDGE_TRIM.has(tokens[to - 1]!.norm)) to--;
  return [from, to];
}

/** Split a run of words into known artist names and the stretches between them. */
function splitOnKnownArtists(tokens: Token[], from: number, to: number): Array<[number, number]> {
  if (to - from < 2) return [[from, to]];
  const artists = knownArtists();
  const parts: Array<[number, number]> = [];
  let rest = from;
  let i = from;
  while (i < to) {
    let hit = 0;
    for (let n = Math.min(5, to - i); n >= 1; n--) {
      const words = tokens.slice(i, i + n).map((t) => t.norm);
      const name = words.join(' ');
      const possessive = name.endsWith('s') ? name.slice(0, -1) : '';
      // "the pixies" is the band "Pixies": a leading "the" stays with the name, not a name of its own.
      const withoutThe = n > 1 && words[0] === 'the' ? words.slice(1).join(' ') : '';
      // A one-word artist name only counts when it is not the whole run (otherwise nothing to split).
      if ((n > 1 || (to - from > 1 && name.length >= 5)) && (artists.has(name) || (possessive && artists.has(possessive)) || (withoutThe && artists.has(withoutThe))) && !(n === 1 && NOT_A_NAME_START.has(name))) { hit = n; break; }
    }
    if (hit) {
      if (i > rest) parts.push([rest, i]);
      parts.push([i, i + hit]);
      i += hit;
      rest = i;
    } else i++;
  }
  if (rest < to) parts.push([rest, to]);
  return parts;
}

/**
 * End of the known artist name (longest, up to five words) that starts at `from`, or 0. A one-word
 * name needs four letters and must close its clause, so "no love songs" names nobody.
 */
function knownArtistAt(tokens: Token[], from: number, isDescriptor: IsDescriptor): number {
  const first = tokens[from];
  if (!first || first.boundary || NOT_A_NAME_START.has(first.norm) || isDescriptor(from) !== undefined) return 0;
  const artists = knownArtists();
  for (let n = Math.min(5, tokens.length - from); n >= 1; n--) {
    const name = tokens.slice(from, from + n).map((t) => t.norm).join(' ');
    if (!artists.has(name) && !artists.has(`the ${name}`)) continue;
    const next = tokens[from + n];
    if (n === 1 && (name.length < 4 || (next && !next.boundary && !LIST_SPLIT.has(next.norm) && !NAME_SPAN_STOP.has(next.norm)))) continue;
    return from + n;
  }
  return 0;
}

function listItems(tokens: Token[], from: number, to: number, isDescriptor: IsDescriptor): Array<[number, number]> {
  const items: Array<[number, number]> = [];
  let start = from;
  const flush = (end: number): void => {
    const [a, b] = trimEdges(tokens, start, end);
    if (b > a && !NOT_A_NAME_START.has(tokens[a]!.norm) && isDescriptor(a) !== b) {
      // A stretch made of descriptors and generic words ("chill jazzy beats") is a description, not a name.
      let k = a; let onlyDescriptors = true;
      while (k < b) { const e = isDescriptor(k); if (e === undefined) { onlyDescriptors = false; break; } k = e; }
      if (!onlyDescriptors) items.push(...splitOnKnownArtists(tokens, a, b));
    }
    start = end + 1;
  };
  for (let i = from; i < to; i++) if (LIST_SPLIT.has(tokens[i]!.norm) || tokens[i]!.norm === 'by') flush(i);
  flush(to);
  return items;
}

/** End of the name span that starts at `from`: a clause word, punctuation, or too many words. */
function spanEnd(tokens: Token[], from: number): number {
  let i = from;
  while (i < tokens.length && i - from < MAX_SPAN_WORDS) {
    const t = tokens[i]!;
    if ((t.boundary && t.norm !== ',') || NAME_SPAN_STOP.has(t.norm)) break;
    i++;
  }
  return i;
}

/** "T by A": the title runs back from "by" to a cue, punctuation or a title-introducing word. */
const TITLE_INTRO = new Set(['song', 'track', 'called', 'titled', 'named', 'like', 'heard', 'love', 'loved', 'and', 'or',
  'album', 'single', 'tune', 'about', 'similar', 'to', 'enjoy', 'eg', 'e.g', 'as', 'remix', 'cover', 'particularly']);
function titleStart(tokens: Token[], by: number, taken: Set<number>): number {
  let i = by;
  while (i > 0 && by - i < MAX_TITLE_WORDS) {
    const t = tokens[i - 1]!;
    if (t.boundary || taken.has(i - 1) || TITLE_INTRO.has(t.norm)) break;
    i--;
  }
  return i;
}

/** Words that open many song titles ("i wish", "dont stay", "my body is a cage") but no other name. */
const TITLE_OPENERS = new Set(['i', 'im', 'ive', 'id', 'ill', 'dont', 'cant', 'wont', 'my', 'its', 'you', 'youre', 'we', 'she', 'he', 'they', 'never', 'nothing', 'no', 'not', 'how', 'where', 'what', 'when', 'why', 'who']);

/**
 * "like i dont want to set the world on fire by the ink spots", "similar to my body is a cage by
 * ...": right after a reference cue, a stretch up to "by" that holds a rejection cue or opens with a
 * pronoun is one title, cue and pronoun included (every such request in the dev data is labelled
 * so); the shorter title titleStart finds would drop the pronoun's name or leave the cue rejecting
 * part of it. Returns the stretch's start, or undefined.
 */
function titleAfterReference(tokens: Token[], by: number, taken: Set<number>): number | undefined {
  const cue = findReferenceCues(tokens.slice(0, by)).filter((c) => c.to < by && by - c.to <= MAX_TITLE_WORDS).at(-1);
  if (!cue) return undefined;
  for (let k = cue.to; k < by; k++) if (tokens[k]!.boundary || taken.has(k)) return undefined;
  const opensTitle = TITLE_OPENERS.has(tokens[cue.to]!.norm) && by - cue.to >= 2;
  return opensTitle || findRejectionCues(tokens.slice(cue.to, by)).length > 0 ? cue.to : undefined;
}

export function findNamedEntities(tokens: Token[], isDescriptor: IsDescriptor): EntitySpan[] {
  const spans: EntitySpan[] = [];
  const taken = new Set<number>();
  const add = (from: number, to: number, role: IntentRole, entityKind?: EntitySpan['entityKind']): void => {
    for (let k = from; k < to; k++) if (taken.has(k)) return;
    for (let k = from; k < to; k++) taken.add(k);
    spans.push({ from, to, role, entityKind });
  };

  // "T by A" anywhere: the title and the artist, plus any further "T2 by A2" in the same list.
  for (let b = 1; b < tokens.length - 1; b++) {
    if (tokens[b]!.norm !== 'by' || taken.has(b)) continue;
    const next2 = `${tokens[b + 1]!.norm} ${tokens[b + 2]?.norm ?? ''}`;
    const wholeTitle = titleAfterReference(tokens, b, taken);
    // After such a title, "by" names its artist even where the name starts with a music word ("sleep party people").
    if (NOT_AUTHOR_AFTER_BY.has(tokens[b + 1]!.norm) || NOT_AUTHOR_AFTER_BY.has(next2) || (wholeTitle === undefined && isDescriptor(b + 1) !== undefined)) continue;
    let artistEnd = spanEnd(tokens, b + 1);
    // "T1 by A1 and T2 by A2": the first artist ends at the separator before the next title.
    const nextBy = tokens.findIndex((t, k) => k > b + 1 && k < artistEnd && t.norm === 'by');
    if (nextBy > 0) {
      let sep = nextBy - 1;
      while (sep > b + 1 && !LIST_SPLIT.has(tokens[sep]!.norm)) sep--;
      if (sep > b + 1) artistEnd = sep;
    }
    if (artistEnd === b + 1) continue;
    // A reference cue before the title or after the artist makes both reference points ("like T by A",
    // "T by A, anything similar").
    const cueAround = findReferenceCues(tokens.slice(0, b)).length > 0 || findReferenceCues(tokens).some((c) => c.from >= artistEnd);
    const role: IntentRole = cueAround ? 'referential' : 'wanted';
    const before = tokens[b - 1]!.norm;
    if (wholeTitle !== undefined) add(wholeTitle, b, role, 'song');
    else if (!PLAIN_BY_BEFORE.has(before)) {
      const start = titleStart(tokens, b, taken);
      const [a, z] = trimEdges(tokens, start, b);
      if (z > a && !NOT_A_NAME_START.has(tokens[a]!.norm) && isDescriptor(a) !== z) add(a, z, role, 'song');
    }
    for (const [a, z] of listItems(tokens, b + 1, artistEnd, isDescriptor)) add(a, z, role, 'artist');
  }

  // A known artist right after a rejection cue is a rejected name ("not eminem", "anything but
  // drake", "no the weeknd"): without a name list the words would read as a quality ("not whiny").
  for (const cue of findRejectionCues(tokens)) {
    // "i hate drake and nickelback": the rejection runs on through a list of known names.
    let start = tokens[cue.to]?.norm === 'any' ? cue.to + 1 : cue.to;
    for (let end = knownArtistAt(tokens, start, isDescriptor); end; end = knownArtistAt(tokens, start, isDescriptor)) {
      add(start, end, 'rejected', 'artist');
      if (!LIST_SPLIT.has(tokens[end]?.norm ?? '')) break;
      start = end + 1;
    }
  }

  // Lists after reference cues, past the generic words that often sit between cue and name
  // ("similar music to X", "similar artists and songs to X").
  for (const cue of findReferenceCues(tokens)) {
    let start = cue.to;
    while (start < tokens.length - 1 && CUE_FILLER.has(tokens[start]!.norm)) start++;
    const first = tokens[start];
    if (!first || first.boundary) continue;
    if (NOT_A_NAME_START.has(first.norm) && first.norm !== 'the') continue;
    if (isDescriptor(start) !== undefined) continue;
    const end = spanEnd(tokens, start);
    for (const [a, z] of listItems(tokens, start, end, isDescriptor)) add(a, z, 'referential');
  }
  return spans.sort((x, y) => x.from - y.from);
}
