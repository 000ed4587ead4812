/**
 * The product's price from the page text when no markup states it: candidates are elements that call
 * themselves a price or read like one ("€ 19,99"); the best sits near the title and buy button, outside
 * recommendations, and is not struck through (struck-through amounts are the regular price).
 */
import { findPrices } from '../price/parse';
import type { PriceMention } from '../price/types';
import { all, isMarkupHidden, textOf } from '../text';
import { closeness, inOtherZone, treeDistance, type PageLayout } from './layout';
import { BARE_NUMBER, MONEY_HINT, isOtherOffer, withNeighbourCurrency } from './price-context';
import { shortTextElements } from './text-nodes';

const PRICE_ATTR = /price|preis|prix|precio|prezzo|cena|pris|hinta|fiyat|цена|amount|offscreen/i;
const OLD_ATTR = /old|was|regular|before|strike|crossed|barred|list-?price|rrp|uvp|compare|original|previous|msrp|basis/i;
const NOISE_TEXT = /month|\/mo\b|monat|mois|mes\b|mese|shipping|versand|livraison|envío|spedizione|delivery|save|spar|économ|ahorr|risparm|coupon|voucher|unit|\/\s?(kg|l|m|100)/i;
const NUMBERISH = /\d/;

export interface DomPrice {
  price?: PriceMention;
  regular?: PriceMention;
  /** 0..1 */
  confidence: number;
}

function attrText(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
}

const STRUCK_TAGS = new Set(['del', 's', 'strike']);

function isStruck(el: Element, mention: PriceMention): boolean {
  // "<font><del>$3200</del></font>": the amount itself sits in a struck-through child (two levels at most).
  for (const child of Array.from(el.children)) {
    for (const inner of [child, ...Array.from(child.children)]) {
      if (STRUCK_TAGS.has(inner.tagName.toLowerCase()) && (inner.textContent ?? '').includes(mention.raw)) return true;
    }
  }
  for (let node: Element | null = el, depth = 0; node && depth < 4; node = node.parentElement, depth++) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'del' || tag === 's' || tag === 'strike') return true;
    if (OLD_ATTR.test(attrText(node))) return true;
    if (/line-through/.test(node.getAttribute('style') ?? '')) return true;
  }
  return false;
}

function priceAttrNear(el: Element): number {
  if (PRICE_ATTR.test(attrText(el))) return 3;
  const parent = el.parentElement;
  if (parent && PRICE_ATTR.test(attrText(parent))) return 2;
  const grand = parent?.parentElement;
  return grand && PRICE_ATTR.test(attrText(grand)) ? 1 : 0;
}

interface Candidate {
  el: Element;
  mention: PriceMention;
  score: number;
  struck: boolean;
  text: string;
}

function candidateElements(doc: Document): Element[] {
  // Containers with many children are layout boxes, not prices; skipping them keeps this linear.
  const byAttr = all(doc, '[class*=price i], [id*=price i], [itemprop=price], [class*=preis i], [class*=prix i], [class*=precio i], [class*=prezzo i], [class*=cena i], [class*=amount i], [data-price], .a-offscreen')
    .filter((el) => el.children.length <= 6)
    .slice(0, 1500);
  // A currency sign or code in the text node itself; its (small) parent also catches "€<b>19</b>".
  const leaves = shortTextElements(doc, (text) => MONEY_HINT.test(text), 40).filter((el) => NUMBERISH.test(el.textContent ?? ''));
  const bare = shortTextElements(doc, (text) => text.length <= 20 && BARE_NUMBER.test(text), 20, 1000).filter((el) => withNeighbourCurrency(el) !== undefined);
  return Array.from(new Set([...byAttr, ...leaves.slice(0, 1500), ...bare.slice(0, 300)]));
}

/** Cheap evidence first; where the element sits is checked only for the best few (it walks ancestors). */
function textScore(el: Element, mention: PriceMention, text: string): number {
  let s = priceAttrNear(el);
  if (mention.currency) s += 2;
  if (el.getAttribute('itemprop') === 'price') s += 2;
  if (text.length > 40) s -= 2;
  if (NOISE_TEXT.test(text)) s -= 3;
  return s;
}

function placeScore(el: Element, layout: PageLayout): number {
  return closeness(layout, el) * 1.5 - (inOtherZone(el, layout) ? 5 : 0);
}

/**
 * A price styled like many other, different amounts on the page ("item-price" on every card) belongs
 * to a list of products; the product's own price is shown once, or repeated with the same amount.
 */
function penaliseListPrices(candidates: Candidate[]): void {
  const amountsByStyle = new Map<string, Set<number>>();
  for (const c of candidates) {
    const style = c.el.getAttribute('class');
    if (!style) continue;
    const amounts = amountsByStyle.get(style) ?? new Set<number>();
    amounts.add(c.mention.amount);
    amountsByStyle.set(style, amounts);
  }
  for (const c of candidates) {
    const style = c.el.getAttribute('class');
    if (style && (amountsByStyle.get(style)?.size ?? 0) >= 3) c.score -= 3;
  }
}

export function readDomPrice(doc: Document, pageUrl: string, layout: PageLayout): DomPrice {
  const candidates: Candidate[] = [];
  for (const el of candidateElements(doc)) {
    const text = withNeighbourCurrency(el) ?? textOf(el, 200);
    if (!text || text.length > 120) continue;
    const mention = findPrices(text, pageUrl).find((m) => m.amount > 0);
    if (!mention) continue;
    candidates.push({ el, mention, score: textScore(el, mention, text), struck: false, text });
  }
  penaliseListPrices(candidates);
  candidates.sort((a, b) => b.score - a.score);
  candidates.splice(60);
  for (const c of candidates) {
    c.score += placeScore(c.el, layout) - (isMarkupHidden(c.el) && !c.el.classList.contains('a-offscreen') ? 10 : 0);
    c.struck = isStruck(c.el, c.mention);
    // Only a candidate that could still win is worth reading the labels around.
    if (c.score >= 4 && isOtherOffer(c.el, c.text)) c.score -= 5;
  }
  const current = candidates.filter((c) => !c.struck).sort((a, b) => b.score - a.score)[0];
  if (!current || current.score < 4 || (!current.mention.currency && current.score < 6)) return { confidence: 0 };
  const regular = candidates
    .filter((c) => c.struck && c.mention.amount > current.mention.amount && c.score >= current.score - 3)
    .map((c) => ({ c, distance: treeDistance(c.el, current.el) }))
    .filter(({ distance }) => distance <= 8)
    .sort((a, b) => a.distance - b.distance)[0]?.c;
  return {
    price: current.mention,
    regular: regular?.mention,
    confidence: Math.min(0.8, 0.3 + current.score / 20),
  };
}
