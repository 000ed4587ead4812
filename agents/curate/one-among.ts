/**
 * "Whichever PC case comes with the largest number of fans already fitted in the box, that's the one I want", "Out of all the
 * Fractal Design cases these shops carry, I want the one that ships with ...": the kind the shopper picks one of, named right
 * after the words that open the choice; the asking sentence then only points at it ("Find all offers for it"). What the one
 * must be (a superlative, a requirement) is read from the whole request as usual.
 */
import { kindOfWord, subjectKind } from './product-kind';

/** Words that open a choice among things of a kind: "whichever", "out of all the", "of the", "among the". */
const CHOICE_OPENS = /(?:^|[.!?;:]\s+|,\s*)(?:whichever|which\s+of\s+the|out\s+of\s+(?:all\s+)?(?:the\s+)?|of\s+(?:all\s+)?the|among(?:st)?\s+(?:all\s+)?(?:the\s+)?)\s*((?:[\w-]+\s+){0,5}[\w-]+)/gi;
/** The sentence says one (or the ones) of them is wanted: "that's the one I want", "I want the one that ...", "I'd like the ones with ...". */
const THE_ONE_WANTED = /\b(?:the\s+ones?\s+(?:I|we)\s+(?:want|need|'d\s+like|would\s+like)|(?:I|we)\s+(?:want|need|'d\s+like|would\s+like|am\s+after|'m\s+after)\s+the\s+ones?)\b/i;
/** Words before a kind that say nothing of which things ("all", "these", "the"). */
const NOT_OF_IT = /^(?:all|the|these|those|its|their|my|our)$/i;

/** The kind (with the words before it: "Fractal Design cases") that a sentence says one is wanted of; undefined when none. */
export function kindChosenAmong(text: string): string | undefined {
  for (const sentence of text.split(/(?<=[.!?])\s+/)) {
    if (!THE_ONE_WANTED.test(sentence)) continue;
    for (const m of sentence.matchAll(CHOICE_OPENS)) {
      const words = m[1]!.split(/\s+/).filter((w) => !NOT_OF_IT.test(w));
      const isKind = (w: string | undefined) => w !== undefined && kindOfWord(w.replace(/[^\w-]/g, '')) !== undefined;
      let at = words.findIndex(isKind);
      // "PC case": a kind named by two kind words is the last of them.
      while (at >= 0 && isKind(words[at + 1])) at += 1;
      const kind = at >= 0 ? words.slice(0, at + 1).join(' ') : undefined;
      if (kind && subjectKind(kind)) return kind;
    }
  }
  return undefined;
}
