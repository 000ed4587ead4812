/**
 * Which descriptors a rejection cue covers. The scope opens after the cue and runs through
 * descriptors joined by "or"/"and"/"," and a few hedge words ("too", "really", "overly"), so
 * "no drums or vocals" rejects both while "not sure, but chill jazz" rejects nothing: it closes at
 * clause punctuation, at a contrast ("but", "just", "instead"), or after a stretch of other words.
 */
import type { Token } from './tokens';
import type { CueHit } from './cues';

const SCOPE_BREAKERS = new Set([
  'but', 'because', 'cause', 'cuz', 'though', 'although', 'just', 'instead', 'rather', 'i', 'im', 'ive', 'id', 'it', 'its',
  'which', 'who', 'so', 'then', 'while', 'yet', 'prefer', 'preferably', 'want', 'looking', 'need', 'please', 'thanks',
]);
/** Non-descriptor words allowed before the first descriptor in scope ("not like sad", "no real heavy"). */
const MAX_GAP = 3;

/** Token index ranges [from, to) covered by each rejection cue. */
export function rejectionScopes(tokens: Token[], cues: CueHit[], isDescriptorStart: (i: number) => number | undefined): Array<[number, number]> {
  const scopes: Array<[number, number]> = [];
  for (const cue of cues) {
    let i = cue.to;
    let gap = 0;
    let end = cue.to;
    while (i < tokens.length) {
      const t = tokens[i]!;
      if (t.boundary && t.norm !== ',') break;
      if (SCOPE_BREAKERS.has(t.norm)) break;
      const descriptorEnd = isDescriptorStart(i);
      if (descriptorEnd !== undefined) { i = descriptorEnd; end = i; gap = 0; continue; }
      if (++gap > MAX_GAP) break;
      i++;
    }
    if (end > cue.to) scopes.push([cue.to, end]);
  }
  return scopes;
}
