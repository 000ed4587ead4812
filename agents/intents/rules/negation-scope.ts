/**
 * Which descriptors a rejection cue covers. The scope opens after the cue and runs through
 * descriptors joined by "or"/"and"/"," and a few hedge words ("too", "really", "overly"), so
 * "no drums or vocals" rejects both while "not sure, but chill jazz" rejects nothing: it closes at
 * clause punctuation, at a contrast ("but", "just", "instead"), or after a stretch of other words.
 */
import type { Token } from './tokens';
import type { CueHit } from './cues';

export const SCOPE_BREAKERS: ReadonlySet<string> = new Set([
  'but', 'because', 'cause', 'cuz', 'though', 'although', 'just', 'instead', 'rather', 'i', 'im', 'ive', 'id', 'it', 'its',
  'which', 'who', 'so', 'then', 'while', 'yet', 'prefer', 'preferably', 'want', 'looking', 'need', 'please', 'thanks',
]);
/** Non-descriptor words allowed before the first descriptor in scope ("not like sad", "no real heavy"). */
const MAX_GAP = 3;
/** The most words a rejection can reach past its cue ("not really into super heavy drum and bass"). */
export const MAX_SCOPE_WORDS = 8;

/** "not completely electronic", "not only rock": a hedge makes the negation partial, not a rejection. */
const HEDGES = new Set(['completely', 'entirely', 'totally', 'necessarily', 'only', 'always', 'exactly', 'fully', 'strictly', 'purely']);

/** Token index ranges [from, to) covered by each rejection cue. */
export function rejectionScopes(tokens: Token[], cues: CueHit[], isDescriptorStart: (i: number) => number | undefined): Array<[number, number]> {
  const scopes: Array<[number, number]> = [];
  for (const cue of cues) {
    if (HEDGES.has(tokens[cue.to]?.norm ?? '')) continue;
    let i = cue.to;
    let gap = 0;
    let end = cue.to;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.boundary && t.norm !== ',') break;
      if (SCOPE_BREAKERS.has(t.norm)) break;
      const descriptorEnd = isDescriptorStart(i);
      if (descriptorEnd !== undefined) { i = descriptorEnd; end = i; gap = 0; if (cue.cue === 'non') break; continue; }
      // "non" is a prefix: it negates the one word it is attached to ("non political punk rock").
      if (cue.cue === 'non') break;
      if (++gap > MAX_GAP) break;
      i++;
    }
    if (end > cue.to) scopes.push([cue.to, end]);
  }
  return scopes;
}
