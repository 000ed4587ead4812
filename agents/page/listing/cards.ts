/**
 * Finding result cards without knowing the site: schema.org items first, then known card classes, then
 * the largest group of sibling elements that each hold a link and a price.
 */
import { findPrices } from '../price/parse';
import { all } from '../text';

const KNOWN_CARDS = 'li.product, .product-card, .product-item, .product-tile, [class*=product-card i], [class*=productcard i], [class*=search-result i] > li, [data-product-id], article.product';

function looksLikeCard(el: Element): boolean {
  if (!el.querySelector('a[href]')) return false;
  const text = (el.textContent ?? '').slice(0, 600);
  // A price means an amount with a currency: counts ("Cases (39)") and years are not prices.
  return text.trim().length > 3 && text.length < 600 && findPrices(text).some((p) => p.currency);
}

export function findCardElements(doc: Document): Element[] {
  const schemaItems = all(doc, '[itemscope][itemtype*=Product i]').filter((el) => !el.parentElement?.closest('[itemscope][itemtype*=Product i]'));
  if (schemaItems.length >= 2) return schemaItems.slice(0, 200);
  const known = all(doc, KNOWN_CARDS).filter((el) => el.querySelector('a[href]'));
  if (known.length >= 1) return known.filter((el) => !known.some((o) => o !== el && o.contains(el))).slice(0, 200);
  // Largest run of same-tag siblings that look like cards (a link and a price each).
  let best: Element[] = [];
  for (const parent of all(doc, 'ul, ol, div, section, tbody').slice(0, 3000)) {
    const children = Array.from(parent.children);
    if (children.length < 2 || children.length <= best.length) continue;
    const cards = children.filter(looksLikeCard);
    if (cards.length >= 2 && cards.length >= children.length * 0.6 && cards.length > best.length) best = cards;
  }
  if (best.length > 0) return withPricelessSiblings(best).slice(0, 200);
  const single = singleCard(doc);
  return single ? [single] : musicRows(doc);
}

/**
 * A search with exactly one hit shows one card, which no "largest run of siblings" finds: the only
 * child of its container that looks like a card, outside the page chrome. Only when it is the one such.
 */
/** A card without a price ("Price on request") is still a result: a sibling built like the priced cards. */
function withPricelessSiblings(cards: Element[]): Element[] {
  const model = cards[0]!;
  const parent = model.parentElement;
  if (!parent) return cards;
  return Array.from(parent.children).filter((el) => cards.includes(el)
    || (el.tagName === model.tagName && el.className === model.className && el.querySelector('a[href]') !== null));
}

/** A card is small: a little text with one price, and links to one place. */
function isSmallCard(el: Element): boolean {
  const hrefs = new Set(all(el, 'a[href]').map((a) => a.getAttribute('href')));
  return hrefs.size === 1 && (el.textContent ?? '').length < 400 && looksLikeCard(el);
}

function singleCard(doc: Document): Element | undefined {
  const found = all(doc, 'main, #main, #content, [role=main], body').slice(0, 1).flatMap((root) => all(root, '*'))
    .filter((el) => el.parentElement?.children.length === 1 && !el.closest('header, nav, footer, aside, form') && isSmallCard(el));
  const outermost = found.filter((el) => !found.some((o) => o !== el && o.contains(el)));
  return outermost.length === 1 ? outermost[0] : undefined;
}

const MUSIC_LINK = /\/(tracks?|songs?|releases?|albums?|recordings?)\//i;

/** Music result rows carry no price: repeated siblings that each link to a track, release or album. */
function musicRows(doc: Document): Element[] {
  let best: Element[] = [];
  for (const parent of all(doc, 'ul, ol, tbody, section, div').slice(0, 3000)) {
    const rows = Array.from(parent.children).filter((row) => {
      const link = row.querySelector('a[href]');
      return link !== null && MUSIC_LINK.test(link.getAttribute('href') ?? '') && !row.closest('nav, header, footer');
    });
    if (rows.length >= 1 && rows.length > best.length) best = rows;
  }
  return best.slice(0, 200);
}
