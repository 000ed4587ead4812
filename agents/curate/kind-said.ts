/**
 * The kind of product a request names in its own words, whatever its sentences are about: where the
 * subject reading took a statement for the thing wanted, or found nothing any shop sells, this is
 * what the shopper is after ("... so the case needs handles" is about a case).
 */
import { kindOfWord, subjectKind } from './product-kind';

/** "For memory I want 32GB ...", "For the case, I'd like ...": the kind a sentence says the wish is for. */
const FOR_KIND = /\b[Ff]or\s+(?:the\s+|my\s+|its\s+)?([a-z]+(?:\s+[a-z]+)?)\s*,?\s+(?:I|we)\s+(?:want|need|'d\s+like|would\s+like)\b/g;

/**
 * "straight from my phone", "I have an unlocked 13th-gen Intel processor": the clause so far speaks of what the shopper owns.
 * (misread-intents.ts's OWN_BEFORE asks a narrower thing, whether the words right before a wish open a mention of an own or
 * quoted product, "this old"; here any clause that opens with owning, or "my" a few words back, passes the kind over.)
 */
const OWN_THING_BEFORE = /(?:\b(?:my|our)\s+(?:[\w-]+\s+){0,3}|\b(?:I|we)\s+(?:already\s+)?(?:have|own|'ve\s+got|have\s+got)\b[^,.;:!?]*)$/i;

/**
 * The kind the request names for its wish, else its first word that names a kind ("memory" of "the sweet spot for memory
 * on a Ryzen chip"), passing over the shopper's own things ("from my phone").
 */
export function firstKindSaid(text: string): string | undefined {
  const wishedFor = [...text.matchAll(FOR_KIND)].map((m) => m[1]!).find((k) => subjectKind(k) !== undefined);
  if (wishedFor) return wishedFor;
  for (const m of text.matchAll(/[\w-]+/g)) {
    const w = m[0];
    if (w.length <= 2 || kindOfWord(w) === undefined || subjectKind(w) === undefined) continue;
    const clause = text.slice(0, m.index).split(/[,.;:!?]/).pop()!;
    if (!OWN_THING_BEFORE.test(clause)) return w;
  }
  return undefined;
}
