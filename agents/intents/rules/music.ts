/**
 * Model-free music intents: lexicon descriptors and decades, named entities, then roles from the cue
 * grammar (rejection scopes; names after reference cues are reference points).
 */
import type { IntentRole, MusicIntent } from '../types';
import { musicPhraseTable } from '../lexicon/index';
import { findRejectionCues } from './cues';
import { findDecades } from './decades';
import { findNamedEntities } from './named-entities';
import { rejectionScopes } from './negation-scope';
import { matchPhrases, type PhraseMatch } from './phrase-match';
import { spanText, tokenize, type Token } from './tokens';

/** "i love X" is taste, not the mood "love"; "love songs" is. */
const NOT_MOOD_LOVE_BEFORE = new Set(['i', 'we', 'you', 'they', 'really', 'also', 'absolutely', 'would', 'd', 'id', 'totally', 'just']);

function plausible(m: PhraseMatch, tokens: Token[]): boolean {
  const word = tokens[m.from]!.norm;
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
  const descriptors = matchPhrases(tokens, musicPhraseTable()).filter((m) => plausible(m, tokens));
  const decades = findDecades(tokens);
  const descriptorAt = new Map<number, number>();
  for (const d of [...descriptors, ...decades]) descriptorAt.set(d.from, d.to);
  const isDescriptor = (i: number): number | undefined => descriptorAt.get(i);

  const entities = findNamedEntities(tokens, isDescriptor);
  const inEntity = (from: number, to: number): boolean => entities.some((e) => from < e.to && to > e.from);
  const scopes = rejectionScopes(tokens, findRejectionCues(tokens), isDescriptor);
  const rejected = (from: number): boolean => scopes.some(([a, b]) => from >= a && from < b);
  const roleOf = (from: number): IntentRole => (rejected(from) ? 'rejected' : 'wanted');

  const intents: MusicIntent[] = [];
  for (const e of entities) {
    intents.push({
      domain: 'music', category: 'named_entity', role: rejected(e.from) ? 'rejected' : e.role,
      text: spanText(text, tokens, e.from, e.to), ...(e.entityKind ? { entityKind: e.entityKind } : {}), source: 'rules',
    });
  }
  for (const d of descriptors) {
    if (inEntity(d.from, d.to)) continue;
    intents.push({
      domain: 'music', category: d.entry.category, role: roleOf(d.from),
      text: spanText(text, tokens, d.from, d.to), normalized: d.entry.normalized, source: 'rules',
    });
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
