/**
 * What surrounds a price on the page: the label before it ("Used & new from"), a currency written in
 * the next node ("<span>2320</span><span>元</span>"). Used by dom/price.ts to tell the product's own
 * price from other offers'.
 */
import { findPrices } from '../price/parse';

export const MONEY_HINT = /[€£$¥₹₩₽₺₪元円원]|\b[A-Z]{3}\b|\b(kr|zł|lei|kn|rs|ft|kč|chf|tl|руб|грн|лв)\b/i;

/** Wording before an amount that makes it another offer's price (used, refurbished, other sellers). */
const OTHER_OFFER_TEXT =
  /\b(used|pre-?owned|refurbished|renewed|occasions?|d'occasion|reconditionn[ée]|gebraucht|usato|usados?|seminuevo|tweedehands|begagnad|brugt|other sellers|more buying choices|autres vendeurs|andere verkäufer|altri venditori|otros vendedores)\b/iu;
const OTHER_OFFER_ATTR = new Set(['used', 'refurbished', 'renewed', 'occasion', 'secondhand', 'olp']);

export const BARE_NUMBER = /^\s*\d[\d.,\s\u00a0]*$/;

/**
 * A bare amount with its currency in the neighbouring node ("$<span>99</span>", "<span>2320</span><span>元</span>"):
 * the amount read together with its neighbours' edges, or undefined when no currency sits beside it.
 */
export function withNeighbourCurrency(el: Element): string | undefined {
  const own = el.textContent ?? '';
  if (!BARE_NUMBER.test(own) || own.length > 20) return undefined;
  const before = (el.previousSibling?.textContent ?? '').slice(-8);
  const after = (el.nextSibling?.textContent ?? '').slice(0, 8);
  return MONEY_HINT.test(before) || MONEY_HINT.test(after) ? `${before}${own}${after}`.replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The label just before an element (earlier siblings, then the parent's), where "Used from" sits; it
 * ends at the previous amount, whose label is its own.
 */
function leadingText(el: Element): string {
  let lead = '';
  for (let node: Element | null = el, depth = 0; node && depth < 3 && lead.length < 40; node = node.parentElement, depth++) {
    for (let sibling = node.previousSibling; sibling && lead.length < 40; sibling = sibling.previousSibling) {
      const text = (sibling.textContent ?? '').slice(-80);
      if (/\d/.test(text) && findPrices(text).some((m) => m.currency)) return `${text.replace(/^.*\d/s, '')} ${lead}`.replace(/\s+/g, ' ').trim();
      lead = `${text} ${lead}`;
    }
  }
  return lead.replace(/\s+/g, ' ').trim();
}

/** Named or labelled as a used, refurbished or other seller's offer: not the product's own price. */
export function isOtherOffer(el: Element, text: string): boolean {
  const words = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase().split(/[^a-z]+/);
  return words.some((w) => OTHER_OFFER_ATTR.has(w)) || OTHER_OFFER_TEXT.test(`${leadingText(el).slice(-60)} ${text}`);
}
