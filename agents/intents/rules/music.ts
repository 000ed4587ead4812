/**
 * Model-free music intents: lexicon descriptors and decades, named entities, then roles from the cue
 * grammar (rejection scopes; names after reference cues are reference points).
 */
import type { IntentRole, MusicIntent } from '../types';
import { musicPhraseTable } from '../lexicon/index';
import { findRejectionCues } from './cues';
import { findDecades } from './decades';
import { findNamedEntities } from './named-entities';
import { negatedQualities } from './negated-quality';
import { rejectionScopes } from './negation-scope';
import { dropDescribedVoiceNouns } from './described-voice';
import { isActivityObject } from './activity-clause';
import { matchPhrases, type PhraseMatch } from './phrase-match';
import { spanText, tokenize, type Token } from './tokens';

/** "i love X" is taste, not the mood "love"; "love songs" is. */
const NOT_MOOD_LOVE_BEFORE = new Set(['i', 'we', 'you', 'they', 'really', 'also', 'absolutely', 'would', 'd', 'id', 'totally', 'just']);

/** "minimal vocals", "minimal drums": a quantity, not the minimal style. */
const DEGREE_WORDS = new Set(['minimal', 'minimalist']);

function plausible(m: PhraseMatch, tokens: Token[], all: PhraseMatch[]): boolean {
  const word = tokens[m.from]!.norm;
  if (DEGREE_WORDS.has(word) && m.to - m.from === 1 && all.some((n) => n.from === m.to && n.entry.category === 'instrument')) return false;
  // "to clean the house to": the activity's object is no wish about the music.
  if (m.entry.category !== 'listening_context' && isActivityObject(tokens, m.from, m.to)) return false;
  const prev = tokens[m.from - 1]?.norm ?? '';
  if (word === 'love' && m.to - m.from === 1) return !NOT_MOOD_LOVE_BEFORE.has(prev) && tokens[m.from + 1]?.norm !== 'it';
  if (['work', 'run', 'drive', 'walk', 'game', 'date', 'trip', 'fall', 'spring', 'rain', 'us', 'bar', 'night', 'video', 'film', 'movie', 'stream', 'background', 'focus', 'sound'].includes(word) && m.to - m.from === 1) {
    // Bare nouns/verbs count as contexts only after "for", "while", "during", "at", "to" ("music for work").
    return ['for', 'while', 'during', 'at', 'when', 'on', 'before', 'after'].includes(prev);
  }
  return true;
}

export function extractMusicIntents(text: string): MusicIntent[] {
  const tokens = tokenize(text);
  const decades = findDecades(tokens);
  const matches = matchPhrases(tokens, musicPhraseTable());
  const rejectionCues = findRejectionCues(tokens);
  // A decade's modifier is not a descriptor of its own ("early 2000s" is not the genre "early music"),
  // nor is a word of a cue ("free of vocals" is not the genre "free").
  const descriptors = matches.filter((m) => plausible(m, tokens, matches) && ![...decades, ...rejectionCues].some((d) => m.from < d.to && m.to > d.from));
  const descriptorAt = new Map<number, number>();
  for (const d of [...descriptors, ...decades]) descriptorAt.set(d.from, d.to);
  const isDescriptor = (i: number): number | undefined => descriptorAt.get(i);

  const entities = findNamedEntities(tokens, isDescriptor);
  const inEntity = (from: number, to: number): boolean => entities.some((e) => from < e.to && to > e.from);
  // A cue inside a title ("like im not human at all by ...") rejects nothing.
  const cuesOutsideNames = rejectionCues.filter((c) => !inEntity(c.from, c.to));
  const scopes = rejectionScopes(tokens, cuesOutsideNames, isDescriptor);
  const rejected = (from: number): boolean => scopes.some(([a, b]) => from >= a && from < b);
  const roleOf = (from: number): IntentRole => (rejected(from) ? 'rejected' : 'wanted');

  const voiceKept = new Set(dropDescribedVoiceNouns(tokens, descriptors.map((d) => ({ ...d, category: d.entry.category, role: roleOf(d.from), match: d }))).map((s) => s.match));
  const intents: MusicIntent[] = [];
  for (const e of entities) {
    intents.push({
      domain: 'music', category: 'named_entity', role: rejected(e.from) ? 'rejected' : e.role,
      text: spanText(text, tokens, e.from, e.to), ...(e.entityKind ? { entityKind: e.entityKind } : {}), source: 'rules',
    });
  }
  for (const d of descriptors) {
    if (inEntity(d.from, d.to) || !voiceKept.has(d)) continue;
    intents.push({
      domain: 'music', category: d.entry.category, role: roleOf(d.from),
      text: spanText(text, tokens, d.from, d.to), normalized: d.entry.normalized, source: 'rules',
    });
  }
  for (const q of negatedQualities(tokens, cuesOutsideNames, isDescriptor)) {
    if (inEntity(q.from, q.to)) continue;
    const quoted = spanText(text, tokens, q.from, q.to);
    intents.push({ domain: 'music', category: 'mood', role: 'rejected', text: quoted, normalized: tokens[q.from]!.norm, source: 'rules' });
  }
  for (const d of decades) {
    if (inEntity(d.from, d.to)) continue;
    intents.push({
      domain: 'music', category: 'decade', role: roleOf(d.from), text: spanText(text, tokens, d.from, d.to),
      normalized: d.normalized, years: d.years, source: 'rules',
    });
  }
  return intents;
}
