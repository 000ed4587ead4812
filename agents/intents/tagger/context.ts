/**
 * What the feature extractor knows about a request beyond its words: lexicon and decade hits,
 * known artist names, the cue grammar's rejection and reference cues, and the rules engine's own
 * answer, each as one tag per token. Computed once per request.
 */
import { knownArtists, knownTitles, musicPhraseTable } from '../lexicon/index';
import { findReferenceCues, findRejectionCues, type CueHit } from '../rules/cues';
import { findDecades } from '../rules/decades';
import { MAX_SCOPE_WORDS, SCOPE_BREAKERS } from '../rules/negation-scope';
import { extractMusicIntents } from '../rules/music';
import { matchPhrases } from '../rules/phrase-match';
import { tokenize, type Token } from '../rules/tokens';
import { NOT_A_NAME_START } from '../rules/function-words';
import type { MusicIntent } from '../types';
import { alignIntents } from './align';
import { OUTSIDE, spansToTags } from './bio';

export interface RequestContext {
  text: string;
  tokens: Token[];
  /** "B-genre" / "I-mood" from the lexicons (no plausibility filter), or "O". */
  lexicon: string[];
  decade: string[];
  /** "B" / "I" inside a known artist name, or "O". */
  artist: string[];
  /** "B" / "I" inside a known track or album title, or "O". */
  title: string[];
  /** Tokens since the end of the last rejection / reference cue in the same clause, or -1. */
  sinceRejection: number[];
  sinceReference: number[];
  inCue: string[];
  /** After a rejection cue, before its scope closes (clause punctuation or a contrast word such as "but"). */
  inRejectionScope: boolean[];
  /** The named-entity tagger's BIO tag for each token ("O" until that tagger has run). */
  entities: string[];
  /** The rules engine's BIO tag for each token. */
  rules: string[];
  /** The rules engine's intents, kept for their normalised values. */
  rulesIntents: MusicIntent[];
}

function phraseTags(length: number, hits: Array<{ from: number; to: number; label: string }>): string[] {
  const tags = new Array<string>(length).fill(OUTSIDE);
  for (const h of hits) for (let k = h.from; k < h.to; k++) tags[k] = `${k === h.from ? 'B' : 'I'}-${h.label}`;
  return tags;
}

/**
 * People drop a leading "the" ("beatles") and write possessives without the apostrophe ("green
 * days brain stew"): both still name a known artist. A possessive is tagged "P" on its last word,
 * because what follows it is usually a work by that artist.
 */
function knownName(artists: Set<string>, name: string): 'exact' | 'possessive' | undefined {
  if (artists.has(name) || artists.has(`the ${name}`)) return 'exact';
  if (name.length > 4 && name.endsWith('s') && (artists.has(name.slice(0, -1)) || artists.has(`the ${name.slice(0, -1)}`))) return 'possessive';
  return undefined;
}

function artistTags(tokens: Token[]): string[] {
  const artists = knownArtists();
  const tags = new Array<string>(tokens.length).fill(OUTSIDE);
  for (let i = 0; i < tokens.length; i++) {
    // Names grow word by word; the longest known one (up to five words) wins.
    let name = '', longest = 0, possessive = false;
    for (let n = 1; n <= 5 && i + n <= tokens.length; n++) {
      name = n === 1 ? tokens[i]!.norm : `${name} ${tokens[i + n - 1]!.norm}`;
      const hit = (n > 1 || name.length >= 4) && !NOT_A_NAME_START.has(name) ? knownName(artists, name) : undefined;
      if (hit) { longest = n; possessive = hit === 'possessive'; }
    }
    if (!longest) continue;
    for (let k = i; k < i + longest; k++) tags[k] = k === i ? 'B' : 'I';
    if (possessive) tags[i + longest - 1] = 'P';
    i += longest - 1;
  }
  return tags;
}

/** "B" / "I" inside the longest known track or album title (two to six words), or "O". */
function titleTags(tokens: Token[]): string[] {
  const titles = knownTitles();
  const tags = new Array<string>(tokens.length).fill(OUTSIDE);
  for (let i = 0; i < tokens.length; i++) {
    let longest = 0;
    for (let n = 2; n <= 6 && i + n <= tokens.length; n++) if (titles.has(tokens.slice(i, i + n).map((t) => t.norm).join(' '))) longest = n;
    if (!longest) continue;
    for (let k = i; k < i + longest; k++) tags[k] = k === i ? 'B' : 'I';
    i += longest - 1;
  }
  return tags;
}

function openScopes(tokens: Token[], cues: CueHit[]): boolean[] {
  const open = new Array<boolean>(tokens.length).fill(false);
  for (const c of cues) {
    // "non" is a prefix of one word (rules/negation-scope.ts).
    const reach = c.cue === 'non' ? 1 : MAX_SCOPE_WORDS;
    for (let k = c.to; k < tokens.length && k < c.to + reach; k++) {
      const t = tokens[k]!;
      if ((t.boundary && t.norm !== ',') || SCOPE_BREAKERS.has(t.norm)) break;
      open[k] = true;
    }
  }
  return open;
}

/** Distance from the last cue's end, reset at sentence punctuation (a cue does not reach past "|"). */
function sinceCue(tokens: Token[], cues: CueHit[]): number[] {
  const out = new Array<number>(tokens.length).fill(-1);
  let last = -1;
  const ends = new Set(cues.map((c) => c.to));
  for (let i = 0; i < tokens.length; i++) {
    if (ends.has(i)) last = i;
    if (tokens[i]!.boundary && tokens[i]!.norm !== ',') last = -1;
    out[i] = last < 0 ? -1 : i - last;
  }
  return out;
}

export function requestContext(text: string): RequestContext {
  const tokens = tokenize(text);
  const n = tokens.length;
  const lexicon = phraseTags(n, matchPhrases(tokens, musicPhraseTable()).map((m) => ({ ...m, label: m.entry.category })));
  const decade = phraseTags(n, findDecades(tokens).map((d) => ({ ...d, label: 'decade' })));
  const rejections = findRejectionCues(tokens);
  const references = findReferenceCues(tokens);
  const inCue = new Array<string>(n).fill(OUTSIDE);
  for (const c of rejections) for (let k = c.from; k < c.to; k++) inCue[k] = 'rej';
  for (const c of references) for (let k = c.from; k < c.to; k++) inCue[k] = 'ref';
  const rulesIntents = extractMusicIntents(text);
  const { spans } = alignIntents(text, tokens, rulesIntents);
  return {
    text, tokens, lexicon, decade, artist: artistTags(tokens), title: titleTags(tokens), inCue,
    sinceRejection: sinceCue(tokens, rejections), inRejectionScope: openScopes(tokens, rejections), sinceReference: sinceCue(tokens, references),
    rules: spansToTags(n, spans).tags, rulesIntents, entities: new Array<string>(n).fill(OUTSIDE),
  };
}
