/**
 * Two things a lead-in names, pointed back at by an asking sentence that names neither ("... one the Akasa Vegas Chroma LG,
 * the other the Antec T120 Chromatic. Find all offers for both coolers."). A list whose items are all named products is read
 * before this, by listed-products.ts; this takes the pairs it leaves.
 */

/** "both of them", "them both", "the two", "both coolers", "both models", "those two coolers": the two things named before. */
const BOTH_OF_THEM = /^(?:both(?:\s+of\s+them|\s+(?:of\s+(?:the|these|those)\s+)?[a-z]+s)?|them\s+both|the\s+two(?:\s+of\s+them|\s+[a-z]+s)?|th(?:ese|ose)\s+two(?:\s+[a-z]+s)?)$/i;
/** "one the Akasa Vegas Chroma LG, the other the Antec T120 Chromatic": two named things, one for each of two needs. */
const ONE_AND_THE_OTHER = /\bone\s+(?:is\s+|being\s+|gets\s+)?(?:the\s+|an?\s+)?([^,.;:!?()]+?(?:\s*\([^()]*\))?)\s*,\s*(?:and\s+)?the\s+other\s+(?:one\s+)?(?:is\s+|being\s+|gets\s+)?(?:the\s+|an?\s+)?([^,.;:!?()]+?)(?=\s*[.;:!?]|\s*$)/i;
/** "either the original Ryuo 120 with the OLED screen or the Ryuo III 240 with ...": two named things, either of which is asked for. */
const EITHER_THE_ONE_OR_THE_OTHER = /\beither\s+(?:the\s+|an?\s+)?(?:(?:original|older|newer|new|old|first|second|smaller|bigger|larger)\s+)?([^,.;:!?()]+?)(?:\s*\([^()]*\))?\s*,?\s+or\s+(?:the\s+|an?\s+)?([^,.;:!?()]+?)(?:\s*\([^()]*\))?(?=\s*[,.;:!?]|\s*$)/i;
/** "the X and the Y" closing a clause (an aside in brackets after the second allowed): the last such pair is the one meant. */
const THE_ONE_AND_THE_OTHER = /\b(?:the|an?)\s+([^,.;:!?]+?)\s+and\s+(?:the|an?)\s+([^,.;:!?()]+?)(?:\s*\([^()]*\))?(?=\s*[,.;:!?]|\s*$)/g;
/** " with the OLED screen": what a name is said to come with, after it. */
const SAID_WITH = /\s+(?:with|in|from|that|which)\b.*$/i;
/** A name's first word: capitalised, a figure, or in mixed case ("iCUE"). */
const NAME_OPENING = /^(?:[A-Z0-9]|[a-z]+[A-Z])/;

/** "the Aquilon (the E-ATX one with the mesh front)" -> "the Aquilon": a name without the aside describing it. */
const withoutAside = (named: string): string => named.replace(/\s*\([^()]*\)\s*/g, ' ').trim();

/** Whether the thing asked for only points back at two things named before ("both coolers", "those two"). */
export function pointsAtPair(subject: string): boolean {
  return BOTH_OF_THEM.test(subject.trim());
}

/**
 * The two names a lead-in gives, each without what is said of it ("with the OLED screen", an aside in brackets); undefined
 * unless both are names. ("both the single fan and the three-pack" are two forms of one product, which the caller reads.)
 */
export function pairNamedIn(lead: string): [string, string] | undefined {
  const pair = ONE_AND_THE_OTHER.exec(lead) ?? EITHER_THE_ONE_OR_THE_OTHER.exec(lead) ?? [...lead.matchAll(THE_ONE_AND_THE_OTHER)].pop();
  if (!pair || !NAME_OPENING.test(pair[1]!) || !NAME_OPENING.test(pair[2]!)) return undefined;
  return [withoutAside(pair[1]!).replace(SAID_WITH, ''), withoutAside(pair[2]!).replace(SAID_WITH, '')];
}
