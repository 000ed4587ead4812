/**
 * Model-free shopping intents: price bounds, attributes and options, brand, minimum rating,
 * availability, quantity, referenced products ("like my old Brooks") and the product type.
 * A value inside a rejection ("without", "no", "not", "except") is rejected.
 */
import type { IntentRole, ShoppingIntent } from '../types';
import { findAttributes } from './attributes';
import { findPriceBounds } from './price';
import { requestKind } from '../kind';
import { URL_RE } from '../quoted-urls';

// "as long as it isn't black": a copula said with "not" turns it down too.
const REJECT_BEFORE = /\b(?:without|no|not|non|isn't|is\s+not|aren't|are\s+not|except|excluding|avoid|anything but|any\s+(?:colou?r|shade)\s+(?:but|except)|but not|dont want|don't want|do not want|never|rather than|instead of|other than)\s+(?:any\s+|a\s+|an\s+|the\s+|too\s+)?(?:[\w-]+\s+){0,2}$/i;

const NOT_THE_ONE_WITH_BEFORE = /\bnot\s+(?:the|an?)\s+(?:[A-Z][\w-]*\s+){0,3}(?:(?:one|version|edition|model)\s+)?(?:with|that\s+has)\s+(?:an?\s+|the\s+)?(?:[a-z][\w-]*\s+)?$/;

/** "I would rather the case breathe through a fine mesh side than show its insides through glass": what comes after "than". */
const RATHER_THAN = /\brather\b[^.!?;]*\bthan\s+(?:[\w'-]+\s+){0,5}$/i;

function roleAt(text: string, index: number): IntentRole {
  if (RATHER_THAN.test(text.slice(Math.max(0, index - 120), index))) return 'rejected';
  const before = text.slice(Math.max(0, index - 40), index);
  // "no slower than this 3200MHz one": a bound at the figure, which is wanted.
  if (/\b(?:no|not)\s+(?:slower|faster|lower|higher|less|more|smaller|bigger|shorter|longer)\s+than\s+(?:[\w-]+\s+)?$/i.test(before)) return 'wanted';
  // "anything but white" rejects; "cheap but white" starts a new wish.
  const clause = before.split(/[,.;|]|(?<!\b(?:anything|everything|any\s+[a-z]+))\s+but\s+|\s+and\s+/).pop() ?? '';
  // "not the White Solid with the mesh side": a part of an edition turned down is turned down with it.
  return REJECT_BEFORE.test(clause) || NOT_THE_ONE_WITH_BEFORE.test(before) || REJECTED_LIST_BEFORE.test(clause) ? 'rejected' : 'wanted';
}

/** "not in a two-pack or three-pack", "no glass window or RGB": the second of a pair after a rejection is turned down with the first. */
const REJECTED_LIST_BEFORE = /\b(?:without|no|not(?!\s+(?:mind|care|bothered|fussed|sure)\b)|never)\s+(?:[\w-]+\s+){1,4}(?:or|nor)\s+(?:an?\s+|the\s+)?$/i;

/**
 * "Stainless steel is too heavy on my wrist", "Glass panels are far too fragile", "Black and grey are out", "black sticks
 * would spoil it", "the white one would not match his desk", "Two-packs and three-packs are no good to me", "the glass side would be covered in
 * fingerprints within a day": a quality complained
 * of or ruled out is refused (each of a pair said together too).
 */
const COMPLAINED_OF = /^\s+(?:(?:is|are|was|were|feels?|gets?|looks?)\s+(?:(?:far|much|way|just|a\s+bit|a\s+little)\s+)?too\s+[a-z]+|(?:(?:and|or)\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:(?:is|are)\s+(?:out|ruled\s+out|not\s+an\s+option|off\s+the\s+table|no\s+(?:good|use)|not\s+for\s+(?:me|us))|(?:won't|will\s+not|wouldn't|would\s+not)\s+do|(?:do|does)(?:n't|\s+not)\s+(?:interest|suit)\s+(?:me|us))\b|(?:[\w-]+\s+)?(?:would|will)\s+(?:not\s+match|spoil|ruin|clash|look\s+(?:wrong|odd|off|bad|out\s+of\s+place))\b|(?:[\w-]+\s+)?(?:would|will)\s+(?:be|get)\s+(?:covered\s+(?:in|with)|full\s+of|smeared\s+with)\b)/i;

/** "The build is ", "my desk is all ": what the shopper's own things are, said before a colour. */
const OWN_THINGS_ARE = /\b(?:build|setup|set-up|system|rig|desk|room|office)\s+is\s+(?:all\s+|entirely\s+|completely\s+|mostly\s+)?$/i;

/** "clear glass", "tinted glass", "brushed aluminium": a kind of the material named just before it. */
const MATERIAL_KIND_BEFORE = /\b(?:clear|tinted|smoked|frosted|dark|light|tempered|brushed|solid)\s+$/i;

function roleOf(text: string, index: number, said: string): IntentRole {
  const role = roleAt(text, index);
  return role === 'wanted' && COMPLAINED_OF.test(text.slice(index + said.length)) ? 'rejected' : role;
}

const RATING_RE = /\b(?:rated|rating(?: of)?|at least|minimum(?: of)?|min)?\s*(\d(?:\.\d)?)\s*(?:\+\s*)?(?:stars?|\/\s?5)(?:\s*(?:and up|or (?:more|higher|better)|\+|and above))?/gi;
const AVAILABILITY_RE = /\b(in stock|available now|ships? (?:today|now|fast)|available for (?:immediate )?delivery|pre-?order|on sale)\b/gi;
// "shaped like a games console", "coiled like an old telephone cord" describe a look or a manner, they
// refer to no product the shopper owns; "I'd like to change ..." is a wish, "like" its verb.
const REF_RE = /\b(?:(?<!\b(?:shaped|looks?|looking|styled|would|i|we|you|they|[a-z]+ed)\s)(?<!'d\s)like(?!\s+to\b)|similar to|same as|replacement for|compatible with|fits?(?:\s+(?:into|in|on|onto|inside))?(?: my)?|to replace|as good as)\s+(?:(?:my|the|a|an)\s+)?(?:(?:old|current|previous|last)\s+)?([A-Z][\w-]*(?:\s+[A-Z0-9][\w-]*){0,3}|\w+(?:\s\w+){0,2})/g;
const PRODUCT_RE = /\b(?:looking for|searching for|show me|find me|find|need(?!\s+to\b)|want(?!\s+to\b)|(?:would|'d) like(?!\s+(?:to|my|our|your|his|her|their|it|them)\b)|buy|get me|shopping for|recommend)\s+(?:(?:a|an|some|the|me|all|new|good|cheap|best)\s+)?(?:(?:a|an|some|the|new|good|cheap|best|cheapest|offers? for(?: the)?)\s+)?(?:(?:offers? for|cheapest)(?: the)?\s+)?([a-z][\w'-]*(?:\s[a-z][\w'-]*){0,3}?)(?=\s+(?:with|in|from|for|that|which|priced|under|below|over|above|between|made|by|of|size|color|colour|to|at|and|costing|available|less|more)\b|[,.?!]|$)/i;

/**
 * "... fans that the listing calls ARGB. Plain RGB fans switched by an LED button don't count.": a sentence on the plain kind
 * of what a wish asks for says again what the wish says; it asks nothing of its own (read as a refusal, its words would
 * turn down the part the wish names, "LED", "RGB fans"; read as a wish, "plain" would be one).
 */
export const PLAIN_FALLS_SHORT = /(?<=^|[.!?;]\s+)Plain\s+[^.!?;]*?\b(?:do(?:es)?\s+not|do(?:es)?n['’]t|wo(?:n['’]t|uld\s*n['’]?t)|will\s+not|are\s*n['’]?t|is\s*n['’]?t)\s+(?:count|do|qualify|enough)\b[^.!?;]*(?:[.!?;]|$)/g;

export function extractShoppingIntents(request: string): ShoppingIntent[] {
  // A quoted product's address is no size, name or value ("the same size: http://..."); blanked to
  // the same length, so every other phrase keeps its place. So is a sentence that asks nothing of its own.
  const text = request.replace(URL_RE, (url) => ' '.repeat(url.length)).replace(PLAIN_FALLS_SHORT, (said) => ' '.repeat(said.length));
  const intents: ShoppingIntent[] = [];
  const base = { domain: 'shopping' as const, source: 'rules' as const };
  for (const p of findPriceBounds(text)) intents.push({ ...base, category: 'price', role: 'wanted', text: p.text, price: p.bounds });
  for (const a of findAttributes(text)) {
    const role = roleOf(text, a.index, a.text);
    // "not clear glass": the kind of glass is refused, not glass itself.
    if (role === 'rejected' && a.name === 'material' && MATERIAL_KIND_BEFORE.test(text.slice(0, a.index))) continue;
    // "The build is black from top to bottom, so a white cooler would look wrong": the colour of the shopper's own things
    // says what would not fit, no colour asked of the product.
    if (a.name === 'colour' && OWN_THINGS_ARE.test(text.slice(0, a.index))) continue;
    intents.push({ ...base, category: a.name === 'quantity' ? 'quantity' : a.category, role, text: a.text.trim(), name: a.name, value: a.value });
  }
  for (const m of text.matchAll(RATING_RE)) intents.push({ ...base, category: 'rating', role: 'wanted', text: m[0].trim(), number: Number(m[1]) });
  for (const m of text.matchAll(AVAILABILITY_RE)) intents.push({ ...base, category: 'availability', role: 'wanted', text: m[0], value: m[1]!.toLowerCase() });
  for (const m of text.matchAll(REF_RE)) {
    if (/^(this|that|these|those|it|them)\b/i.test(m[1]!)) continue;
    intents.push({ ...base, category: 'product_ref', role: 'referential', text: m[1]!.trim() });
  }
  const product = PRODUCT_RE.exec(text);
  // "find the cheapest offer for X": the filler noun is not the product; X's name is.
  if (product?.[1] && !/^(offers?|products?|items?|deals?|one|ones|it|them|this|that|these|those)$/i.test(product[1])) intents.push({ ...base, category: 'product_type', role: 'wanted', text: product[1] });
  else {
    // An aside in brackets ("S24 (not the Plus)") is no part of the name: the bracket goes with it.
    const named = (namedProduct(text) ?? bareProduct(text, intents))?.replace(/\s*[([{]\s*$/, '');
    if (named) intents.push({ ...base, category: 'product_type', role: 'wanted', text: named });
  }
  return intents;
}

const BARE_PRODUCT = /^\s*(?:(?:a|an|some|the|new|another)\s+)*([a-z][a-z0-9-]*(?:\s+[a-z0-9][a-z0-9-]*){0,3}?)\s*(?:\b(?:for|with|without|under|below|that|which|from|in|to)\b.*)?[.!?]?\s*$/;

/**
 * A request that only names a kind of product ("a motherboard", "ram for my new build", "a long
 * hdmi cable"): the words before any clause are the product wanted. Lower-case only: a capitalised
 * name is namedProduct's.
 */
function bareProduct(text: string, found: ShoppingIntent[]): string | undefined {
  // Only where the words, or the slots already found, read as shopping ("hello there" names no
  // product); a request that is also music ("headphones for listening to jazz") still names one.
  const kind = requestKind(text, found);
  if (kind !== 'shopping' && kind !== 'both') return undefined;
  const m = BARE_PRODUCT.exec(text);
  return m?.[1] && !/^(?:something|anything|nothing|stuff|one|ones|it|this|that|more|same)\b/.test(m[1]) ? m[1] : undefined;
}

const LEADING_FILLER = /^(?:(?:please|find|search(?: for)?|show(?: me)?|get(?: me)?|buy|i (?:want|need)|i'?m|i am|looking for|all|the|a|an|offers?|for|of|cheapest|best|me)\s+)*/i;
const CLAUSE_END = /\s*(?:[,.;?!]|\b(?:under|below|over|above|between|with|without|that|which|from|in|at|less|more|and|not|but|for)\b)/i;

const OWN_OR_POINTING = /^(?:my|our|your|his|her|their|i|we|it|this|that|these|those|one)\b/i;

/**
 * A request that is just a product's name ("Kingston NV2", "AMD Ryzen 9 5900X"): the name is the
 * product wanted, when it carries a model number or a capitalised maker.
 */
function namedProduct(text: string): string | undefined {
  const rest = text.trim().replace(LEADING_FILLER, '');
  const phrase = rest.split(CLAUSE_END)[0]?.trim() ?? '';
  const words = phrase.split(/\s+/).filter(Boolean);
  if (words.length === 0 || words.length > 6) return undefined;
  const modelNumber = words.some((w) => /[a-z]/i.test(w) && /\d/.test(w) && !/^'?\d+'?s$/i.test(w));
  // "My new case came with no fans": the shopper's own things and doings name no product wanted.
  if (OWN_OR_POINTING.test(phrase)) return undefined;
  return modelNumber || /^[A-Z]/.test(phrase) ? phrase : undefined;
}
