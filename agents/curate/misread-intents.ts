/**
 * Intents the extractor read wrongly, or too softly, from what the request itself shows around them.
 *
 * A bound the intent extractor read as a price ("at least 512") that the request itself follows with
 * a unit of measure ("at least 512gb disk space") is a quantity, not a price: dropping it keeps a
 * 269.99 console from failing "price at least 512". The requirement clauses already carry the
 * quantity as a measure item.
 */
import type { Intent } from '../intents/types';
import type { ChecklistItem } from '../checklist/types';
import { escapeRe } from '../checklist/text';
import { withoutUrls } from '../intents/quoted-urls';
import { FORMS_BOTH_COUNT, inChoiceNotMinded, WOULD_BE_FINE } from './alternative-described';

/** Units and counted things: "512gb", "12 cores", "4 ports" are quantities, never prices. */
const UNIT_AFTER = /^\s*-?(?:tb|gb|mb|mm|cm|m|metres?|meters?|inch(?:es)?|in|"|hz|khz|mhz|ghz|w|watts?|mah|v|rpm|fps|pcs|pack|pieces?|cores?|threads?|ports?|slots?|fans?|bays?|channels?|keys?|hours?|days?|months?|years?)\b/i;

export function isQuantityReadAsPrice(intent: Intent, requestText: string): boolean {
  if (intent.domain !== 'shopping' || intent.category !== 'price' || intent.price?.currency) return false;
  const at = requestText.toLowerCase().indexOf(intent.text.toLowerCase());
  return at >= 0 && UNIT_AFTER.test(requestText.slice(at + intent.text.length));
}

/**
 * The product the request names is the shape's subject, checked on every title already: the
 * extractor's reading of it ("a PC case", "Fractal Design Pop Air case") printed under each pick would
 * only repeat it, or mark a right pick wrong where a shop titles it in other words.
 */
export function restatesSubject(intent: Intent, subjects: string[]): boolean {
  return subjects.length > 0 && intent.domain === 'shopping' && intent.category === 'product_type' && intent.role === 'wanted';
}

/** "Board checklist:", "Case requirements:": a heading's words, read by the extractor as a wish, name the list, nothing of the product. */
export function isHeadingWords(intent: Intent): boolean {
  return intent.domain === 'shopping' && /\b(?:checklist|requirements?|criteria|wish\s*list|spec\s+sheet)\b/i.test(intent.text);
}

/**
 * "the Kingston Fury Beast RGB and the white Corsair Vengeance RGB": words said within one of several products' names
 * pick that one's version (its titles must show them), no wish of every product asked for.
 */
export function saidOfOneSubject(intent: Intent, subjects: string[], text = ''): boolean {
  if (subjects.length < 2) return false;
  const said = new RegExp(String.raw`\b${escapeRe(intent.text)}\b`, 'i');
  const holding = subjects.filter((s) => said.test(s)).length;
  if (holding > 0 && holding < subjects.length) return true;
  // "the Dark Rock TF 2 cooler, plus their Light Wings fans in the three-pack": a pack size said after one of the names
  // listed is that one's, not the others' (one said before the list, "two three-packs: ...", is every one's).
  if (intent.category !== 'quantity' || !text) return false;
  const at = text.toLowerCase().indexOf(intent.text.toLowerCase());
  const named = subjects.map((s) => distinctiveWordAt(s, text)).filter((i) => i >= 0);
  return at >= 0 && named.length === subjects.length && named.some((i) => i < at);
}

/** Where the text says the subject's longest word that names it (not its maker's), or -1. */
function distinctiveWordAt(subject: string, text: string): number {
  const word = subject.split(/\s+/).slice(1).filter((w) => /[A-Za-z]{3,}/.test(w)).sort((a, b) => b.length - a.length)[0];
  return word ? text.toLowerCase().indexOf(word.toLowerCase()) : -1;
}

/**
 * Words the extractor found only inside a quoted product link ("asus", "2 to 5 g" from a URL slug)
 * are the quoted product's, not the shopper's wishes: that product is read from its page instead.
 */
export function isFromQuotedUrl(intent: Intent, requestText: string, urls: string[]): boolean {
  if (!urls.length) return false;
  const outside = urls.reduce((t, u) => t.split(u).join(' '), requestText).toLowerCase();
  return !outside.includes(intent.text.toLowerCase());
}

/**
 * "My whole build is white, so this black case will not do": a colour said only of the shopper's own
 * or the quoted product ("this black case", "my old red one") describes that product, not the pick.
 */
export function describesOwnProduct(intent: Intent, requestText: string): boolean {
  // "my nephew's second-hand office PC needs a graphics card": a condition said of the shopper's own thing too.
  if (intent.domain !== 'shopping' || !((intent.category === 'option' && intent.name === 'colour') || (intent.category === 'attribute' && intent.name === 'condition'))) return false;
  const text = withoutUrls(requestText);
  const at = [...text.matchAll(new RegExp(String.raw`\b${escapeRe(intent.text)}\b`, 'gi'))].map((m) => m.index!);
  return at.length > 0 && at.every((k) => OWN_BEFORE.test(text.slice(Math.max(0, k - 40), k)));
}

/**
 * "I do not mind if it is white", "I don't care whether its fans are ARGB": what the shopper does not
 * mind is no wish, however the extractor read its words.
 */
export function isNotMinded(intent: Intent, requestText: string): boolean {
  if (intent.domain !== 'shopping') return false;
  const text = withoutUrls(requestText);
  const at = [...text.matchAll(new RegExp(String.raw`\b${escapeRe(intent.text)}\b`, 'gi'))].map((m) => m.index!);
  // ("the single 14cm fan and the three-pack both count": words said only in forms either of which will do.)
  const withoutForms = text.replace(FORMS_BOTH_COUNT, '');
  return at.length > 0 && (at.every((k) => NOT_MINDED_BEFORE.test(text.slice(Math.max(0, k - 60), k)) || inChoiceNotMinded(text, k) || WOULD_BE_FINE_AFTER.test(text.slice(k)) || inOpenPair(text, k))
    || (withoutForms !== text && !new RegExp(String.raw`\b${escapeRe(intent.text)}\b`, 'i').test(withoutForms)));
}

/** "Glass or solid, any colour.": a pair said alone before "any ..." or "either ...", which leaves the choice open. */
function inOpenPair(text: string, at: number): boolean {
  const start = Math.max(...['.', ';', ':', '!', '?'].map((c) => text.lastIndexOf(c, at - 1))) + 1;
  return /^\s*(?:with\s+)?[\w-]+\s+or\s+[\w-]+\s*,\s*(?:any|either|whatever|all\s+the\s+same)\b/i.test(text.slice(start));
}

/** "refurbished ... would be fine": what the shopper would accept, said of the words before it in the clause. */
const WOULD_BE_FINE_AFTER = new RegExp(String.raw`^[^.;:!?]*?${WOULD_BE_FINE}`, 'i');

/** "I do not mind if it is ", "we don't care whether its fans are ": the clause up to a word not minded. */
const NOT_MINDED_BEFORE = /\b(?:i|we)\s+(?:do\s+not|don't|dont|wouldn't|would\s+not)\s+(?:mind|care)\b[^.;]*$/i;

/** "this ", "my old ", "that current ": what opens a mention of the shopper's own or the quoted product. */
const OWN_BEFORE = /\b(?:this|that|my|our|his|her|their)\s+(?:[a-z]+['’]s\s+)?(?:(?:old|current|own|existing)\s+)?$/i;

/**
 * "I want everything on my desk to be Asus", "I only buy Logitech", "I want an Asus board with ...": a maker demanded, not merely
 * liked, is required as a refused one is ruled out.
 */
export function isDemandedBrand(item: ChecklistItem, text: string): boolean {
  if (item.kind !== 'brand-is') return false;
  // ("Brand: Palit.": a spec list's brand line.)
  const demand = String.raw`(?:(?:brand|maker|manufacturer|make)\s*:|(?:to|must|should|has to|have to|needs? to)\s+be(?:\s+(?:made\s+by|from|by))?|only(?:\s+(?:buy|want|use))?|nothing but|(?:stick|stay)(?:ing)?\s+(?:to|with)|(?:I|we)\s+(?:want|need|would\s+like|am\s+after|are\s+after)\s+(?:an?|the))`;
  // ("The board should be an Asrock with ...": the maker said with an article.)
  return new RegExp(String.raw`\b${demand}\s+(?:an?\s+|the\s+)?${escapeRe(item.brand)}\b`, 'i').test(text);
}
