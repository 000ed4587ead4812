/**
 * The cue grammar: word sequences that turn what follows into a rejection or a reference point.
 * Sequences are normalised words (apostrophes dropped: "don't" -> "dont").
 */
import type { Token } from './tokens';

export const REJECTION_CUES: readonly string[] = [
  'not', 'no', 'nor', 'without', 'anything but', 'except', 'excluding', 'hate', 'hates', 'i hate', 'tired of', 'sick of',
  'dont want', 'do not want', 'dont like', 'do not like', 'dont need', 'but not', 'nothing', 'avoid', 'minus', 'never',
  'cant stand', 'dislike', 'not into', 'rather than', 'instead of', 'less', 'w/o', 'no more', 'not a fan of', 'non', 'isnt', 'arent', 'wasnt', 'aint', 'isnt too', 'arent too', 'not too', 'not overly',
  'not really into', 'not big on', 'anti', 'zero', 'free of', 'lacking', 'nothing by', 'nothing from', 'none by', 'none from', 'no songs by', 'no tracks by', 'no music by',
];

export const REFERENCE_CUES: readonly string[] = [
  'like', 'similar to', 'similar', 'similar with', 'sounds like', 'sound like', 'sounding like', 'in the vein of', 'fans of',
  'fan of', 'eg', 'e.g', 'such as', 'reminds me of', 'remind me of', 'reminiscent of', 'comparable to', 'the likes of',
  'in the style of', 'along the lines of', 'inspired by', 'influenced by', 'akin to', 'close to', 'i like', 'i love',
  'i enjoy', 'i liked', 'i loved', 'i enjoyed', 'im into', 'i listen to', 'listening to', 'listened to', 'i dig', 'ala',
  'a la', 'alike', 'vein of', 'style of', 'vibes of', 'vibe of', 'in the spirit of', 'same vibe as', 'same style as',
  'including', 'ie', 'i.e', 'eg like', 'for example', 'for instance', 'recommend me like',
  // "my favourite songs are X", "X is my favorite album": what someone loves is a reference point.
  'my favorite', 'my favourite', 'my favorites', 'my favourites', 'my two favorite', 'my two favourite',
];

export interface CueHit {
  from: number;
  /** First token after the cue. */
  to: number;
  cue: string;
}

function compile(cues: readonly string[]): string[][] {
  return [...cues].map((c) => c.split(' ')).sort((a, b) => b.length - a.length);
}
const REJECTION = compile(REJECTION_CUES);
const REFERENCE = compile(REFERENCE_CUES);

function findCues(tokens: Token[], cues: string[][]): CueHit[] {
  const hits: CueHit[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = cues.find((words) => words.every((w, k) => tokens[i + k]?.norm === w));
    if (cue) { hits.push({ from: i, to: i + cue.length, cue: cue.join(' ') }); i += cue.length - 1; }
  }
  return hits;
}

export const findRejectionCues = (tokens: Token[]): CueHit[] => findCues(tokens, REJECTION);
export const findReferenceCues = (tokens: Token[]): CueHit[] => findCues(tokens, REFERENCE);
