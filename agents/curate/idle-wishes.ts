/**
 * Soft wishes the intent extractor reads from words that ask for nothing a product page could show.
 * Each checklist item is printed on every result card with its mark, so "✗ my" or "? e" under a pick
 * reads as a wish the shopper never made. The request's own rules (shape, needs, requirement clauses)
 * already carry what those words meant; these are dropped before the search. So are soft wishes
 * that only repeat a hard item (withoutRestatedWords): the hard item decides, and is printed once.
 */
import type { ChecklistItem } from '../checklist/types';
import { escapeRe } from '../checklist/text';
import { isGenericThing } from './need-kinds';
import { platformsOfSocketsIn } from './compatibility-keys';

/** Words that point or count, never describe: "my", "one", "same". */
const POINTING = /^(?:my|your|our|his|her|their|its|it|this|that|these|those|one|ones|same|some|any|other|whatever|whichever)$/i;
/** Sizes said without a figure, which shops do title products by. */
const SIZE_WORDS = /^(?:x{0,3}s|m|x{0,4}l|small|medium|large|regular|standard|compact|full[- ]size|mini|micro|one size)$/i;

const withoutArticle = (text: string) => text.trim().replace(/^(?:an?|the|some)\s+/i, '');

/** Words that join or place, never open a product's name: "with the Apple", "and same color", "there", "most laptops". */
const CONNECTING = /^(?:into|onto|in|on|to|with|and|or|but|there|here|most|many|all|every|each|of|than)$/i;
/**
 * "fits in my handbag", "fits the LGA1700 socket", "a replacement for the small 8cm fan": what the
 * product must fit or replace, which the request's shape reads (compatible and substitute checks),
 * not a product the pick should be like.
 */
const FIT_BEFORE = /\b(?:fits?|fitting|compatible with|works? with|replacement for|replace|replacing)(?:\s+(?:into|in|on|onto|inside|with))?\s+(?:(?:my|the|a|an|our|your)\s+)?(?:(?:old|current|previous|last)\s+)?$/i;

function isFitTarget(reference: string, request: string): boolean {
  const at = request.toLowerCase().indexOf(reference.trim().toLowerCase());
  return at >= 0 && FIT_BEFORE.test(request.slice(Math.max(0, at - 60), at));
}

/** The parts of the request's hyphenated words ("all", "in", "one" of "all-in-one"), without the wholes. */
function hyphenatedParts(request: string): Set<string> {
  const parts = new Set<string>();
  for (const m of request.matchAll(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)+/gu)) for (const p of m[0].split('-')) parts.add(p.toLowerCase());
  return parts;
}

/** True when the soft request item asks for nothing: see the module comment. Hard items and profile items are never idle. */
export function isIdleWish(item: ChecklistItem, request: string): boolean {
  if (item.hard || item.origin !== 'request') return false;
  switch (item.kind) {
    case 'attribute-present': {
      const text = withoutArticle(item.text);
      // "one" of "all-in-one", "e" of "E-ATX": the whole word is read elsewhere, a piece of it is no wish.
      if (!/[\s-]/.test(text) && hyphenatedParts(request).has(text.toLowerCase()) && !new RegExp(`(?<![\\p{L}\\p{N}-])${escapeRe(text)}(?![\\p{L}\\p{N}-])`, 'iu').test(request)) return true;
      // "solid side panels": panels with no window, which the request's "no glass" says; no page says "solid" of them.
      if (/^solid$/i.test(text) && /\bsolid\s+(?:side\s+|front\s+|top\s+)?panels?\b/i.test(request)) return true;
      // "glass or no glass, I don't mind", "with or without RGB": either way, no wish.
      if (new RegExp(String.raw`\b${escapeRe(text)}\s+or\s+(?:no|not|without)\s+${escapeRe(text)}\b|\bwith\s+or\s+without\s+(?:an?\s+|any\s+)?${escapeRe(text)}\b`, 'i').test(request)) return true;
      return POINTING.test(text) || isGenericThing(text);
    }
    case 'brand-is': {
      // "charge my iPhone": the shopper's own device, which the product must suit, not the maker wanted.
      const at = request.toLowerCase().indexOf(item.brand.toLowerCase());
      return at >= 0 && /\b(?:my|your|our|his|her|their)\s+$/i.test(request.slice(0, at));
    }
    case 'option':
      // "the same radiator size": a size named without a figure or a size word is no option a page states.
      return /^size$/i.test(item.name) && !/\d/.test(item.value) && !SIZE_WORDS.test(item.value.trim());
    case 'same-product': {
      // "fits on one drive", "the same socket and", "a caddy that it fits into", "with the Apple",
      // "board of this": a count, a pointer or a preposition, not a product to be like.
      const words = withoutArticle(item.reference).split(/\s+/);
      if (POINTING.test(words[0] ?? '') || POINTING.test(words[words.length - 1] ?? '') || CONNECTING.test(words[0] ?? '')) return true;
      return isFitTarget(item.reference, request);
    }
    default:
      return false;
  }
}

/**
 * "low" and "profile" beside the hard "low profile", "lga1200 socket" beside "Fits socket LGA1200",
 * "intel lga1700 socket" beside "Fits socket LGA1700" and "For an Intel computer",
 * "colour white" beside the hard "white", "Brand arctic" beside "Brand Arctic": a soft wish that a hard
 * item of the request already holds is decided by that item; printed again under every pick it only
 * repeats it, or marks a right pick wrong where the page words it otherwise ("CPU 1200").
 */
export function withoutRestatedWords(checklist: ChecklistItem[]): ChecklistItem[] {
  const hardSaid = checklist.filter((i) => i.hard).flatMap((i) => [i.label, 'text' in i ? i.text : ''].filter(Boolean)).map(joinedFigures);
  const platformsSaid = platformsOfSocketsIn(hardSaid);
  return checklist.filter((i) => {
    const parts = restatable(i);
    if (!parts) return true;
    const res = parts.map((p) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(joinedFigures(p))}(?![\\p{L}\\p{N}])`, 'iu'));
    // ("intel lga1700 socket" beside "Fits socket LGA1700" and "For an Intel computer": its words held between hard items, the
    // platform said by the socket.)
    return !res.every((re) => [...hardSaid, ...platformsSaid].some((t) => re.test(t)));
  });
}

/** "12 cm" and "12cm" are one figure. */
const joinedFigures = (text: string) => text.replace(/(\d)\s+(?=[a-z])/gi, '$1');

/**
 * What a soft request wish says, where a hard item could say it too: a wish's words (in any order), an
 * option's value or a maker (as a phrase).
 */
function restatable(item: ChecklistItem): string[] | undefined {
  if (item.hard || item.origin !== 'request') return undefined;
  // ("tempered glass" beside "glass front" and "glass side": the kind of a material, which pages leave unsaid as often as not, is
  // said once a hard item names the material.)
  if (item.kind === 'attribute-present' && item.name === 'material') return [item.text.trim().split(/\s+/).pop()!];
  if (item.kind === 'attribute-present') return item.text.trim().split(/\s+/);
  if (item.kind === 'option') return [item.value.trim()];
  if (item.kind === 'brand-is') return [item.brand.trim()];
  return undefined;
}

/**
 * A refusal of what a hard wish asks for ("not the plain White TG version" beside "the Black/White TG edition"): the
 * refused edition's colour word is said of another edition, and as a refusal of its own it would rule out the
 * very product wanted. The wish stands; an edition refused by name is checked on titles (attribute-absent inTitle).
 */
export function withoutContradictedRefusals(checklist: ChecklistItem[]): ChecklistItem[] {
  const wanted = new Set(checklist.flatMap((i) => (i.hard && i.kind === 'attribute-present' ? [i.text.trim().toLowerCase()] : [])));
  return checklist.filter((i) => !(i.kind === 'attribute-absent' && !i.inTitle && wanted.has(i.text.trim().toLowerCase())));
}
