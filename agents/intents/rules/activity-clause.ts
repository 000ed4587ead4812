/**
 * "music to clean the house to", "something to fall asleep to": a clause that opens with "to" and
 * ends its sentence with a stranded "to" names what the listener will be doing while the music
 * plays. The things in it belong to the activity: "the house" there is what gets cleaned, not the
 * genre house, and not a product the request asks for.
 */
import type { Token } from './tokens';

/** Words that open the noun phrase a verb acts on ("clean THE house", "paint MY room"). */
const OBJECT_OPENERS = new Set(['the', 'a', 'an', 'my', 'your', 'our', 'his', 'her', 'their', 'this', 'that', 'some']);
/** An activity clause is short; a longer span between two "to"s is more likely two clauses. */
const MAX_CLAUSE_WORDS = 6;

/** Token ranges [from, to) of the words between "to" and a stranded "to" that ends its sentence. */
export function activityClauses(tokens: readonly Token[]): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.norm !== 'to') continue;
    for (let j = i + 2; j < tokens.length && j - i - 1 <= MAX_CLAUSE_WORDS; j++) {
      const t = tokens[j]!;
      if (t.boundary) break;
      const next = tokens[j + 1];
      if (t.norm === 'to' && (!next || next.boundary)) { out.push([i + 1, j]); break; }
    }
  }
  return out;
}

/**
 * Is the word span [from, to) the object of an activity clause's verb ("the house" in "to clean the
 * house to")? The clause's own verb ("to dance to") is no object: it still says how the music feels.
 */
export function isActivityObject(tokens: readonly Token[], from: number, to: number): boolean {
  return activityClauses(tokens).some(([a, b]) => from > a && to <= b && tokens.slice(a + 1, from).some((t) => OBJECT_OPENERS.has(t.norm)));
}
