/**
 * "ballads that arent corny", "sad songs thats not whiny", "non political punk": a
 * word the lexicons do not know, negated right after the cue and closing the clause (or followed by
 * the music it describes), is a quality the user rejects. It is filed as a mood: an adjective about
 * how the music feels. Without this the rejection is lost, which is the costliest miss (the user
 * gets exactly what they ruled out).
 */
import { NAME_SPAN_STOP, NOT_A_NAME_START } from './function-words';
import type { CueHit } from './cues';
import type { Token } from './tokens';

/** Cues that negate a quality (a predicate), as opposed to "no drums" or "without lyrics". */
const PREDICATE_CUES = new Set(['not', 'isnt', 'arent', 'wasnt', 'aint', 'non', 'nothing', 'isnt too', 'arent too', 'not too', 'not overly']);
const DEGREE = new Set(['too', 'overly', 'very', 'so', 'that', 'super', 'really', 'as', 'particularly']);
/** Predicates that say something about the request, not about the music. */
const NOT_A_QUALITY = new Set(['sure', 'bad', 'good', 'possible', 'available', 'important', 'needed', 'necessary',
  'required', 'allowed', 'working', 'found', 'familiar', 'certain', 'related', 'helpful', 'interested', 'into', 'about',
  'meant', 'trying', 'asking', 'talking', 'saying', 'looking', 'finding', 'able', 'enough', 'much', 'many', 'mine']);
const SUBJECTS = new Set(['im', 'i', 'am', 'we', 'were', 'youre', 'you', 'hes', 'shes', 'he', 'she']);
const CLAUSE_END = new Set(['but', 'and', 'or', ',', 'though', 'either', 'at', 'etc']);

export interface QualitySpan {
  from: number;
  to: number;
}

export function negatedQualities(tokens: Token[], cues: CueHit[], isDescriptor: (i: number) => number | undefined): QualitySpan[] {
  const found: QualitySpan[] = [];
  for (const cue of cues) {
    // "im not picky", "we arent experts": the sentence is about the person, not the music.
    if (!PREDICATE_CUES.has(cue.cue) || SUBJECTS.has(tokens[cue.from - 1]?.norm ?? '')) continue;
    let i = cue.to;
    if (DEGREE.has(tokens[i]?.norm ?? '')) i++;
    const t = tokens[i];
    if (!t || t.boundary || isDescriptor(i) !== undefined || !/^\p{L}{4,}$/u.test(t.norm)) continue;
    if (NOT_A_QUALITY.has(t.norm) || NOT_A_NAME_START.has(t.norm) || NAME_SPAN_STOP.has(t.norm)) continue;
    const next = tokens[i + 1];
    const closes = !next || next.boundary || CLAUSE_END.has(next.norm) || (cue.cue === 'non' && isDescriptor(i + 1) !== undefined);
    if (closes) found.push({ from: i, to: i + 1 });
  }
  return found;
}
