/**
 * Where things sit on a product page without a layout engine: the main product anchors (the title
 * and the buy button), document-order distance to them, and zones that hold other products' prices
 * (header, footer, recommendations, mini-cart).
 */
import { all, cleanText, first, isMarkupHidden, textOf } from '../text';
import { shortTextElements } from './text-nodes';

const BUY_TEXT =
  /add to (cart|bag|basket|trolley)|buy now|buy it now|in den (warenkorb|einkaufswagen)|jetzt kaufen|ajouter au panier|acheter|aggiungi al carrello|acquista|añadir al carrito|agregar al carrito|comprar|adicionar ao carrinho|in winkelwagen|in mijn winkelwagen|do koszyka|kup teraz|lägg i varukorg|læg i kurv|legg i handlekurv|lisää ostoskoriin|do košíku|kosárba|sepete ekle|в корзину|купить|カートに入れる|加入购物车|加入購物車|장바구니|أضف إلى|הוסף לסל/i;
const BUY_ATTR = /add-?to-?cart|add_to_cart|addtocart|add-?to-?bag|addtobasket|add-to-basket|buy[-_]?now|buybox|buy[-_]?(button|btn)|purchase/i;
const OTHER_ZONE =
  /related|recommend|similar|carousel|upsell|up-sell|cross-?sell|recent|recently|viewed|bundle|mini-?cart|minibasket|site-?header|footer|nav|menu|breadcrumb|sponsored|also|suggest|accessor|compare-|reviews?-list|slider|swiper/i;

export interface PageLayout {
  /** The product title and the buy button, where found. */
  anchors: Element[];
  buyButton?: Element;
  title?: Element;
}

function attrs(el: Element): string {
  return `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('name') ?? ''} ${el.getAttribute('data-testid') ?? ''}`;
}

export function findBuyButton(doc: Document): Element | undefined {
  const buttons = all(doc, 'button, input[type=submit], input[type=button], a[role=button], [class*=cart i] a, a[id*=cart i], a[id*=buy i]').slice(0, 800);
  let fallback: Element | undefined;
  for (const el of buttons) {
    if (isMarkupHidden(el)) continue;
    const label = `${textOf(el, 80)} ${el.getAttribute('value') ?? ''} ${el.getAttribute('aria-label') ?? ''}`;
    if (BUY_TEXT.test(label)) return el;
    if (!fallback && BUY_ATTR.test(attrs(el))) fallback = el;
  }
  return fallback;
}

const CHROME_ATTR = /(?:^|[\s_-])(?:nav|navigation|menu|sidebar|side-nav)(?:$|[\s_-])/i;

/** Inside the site's navigation, header, footer or sidebar rather than the page's content. */
function inSiteChrome(el: Element): boolean {
  for (let node: Element | null = el.parentElement, depth = 0; node && depth < 15; node = node.parentElement, depth++) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'nav' || tag === 'header' || tag === 'footer' || tag === 'aside') return true;
    if (tag === 'main' || tag === 'article') return false;
    if (CHROME_ATTR.test(`${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}

export function readLayout(doc: Document): PageLayout {
  // A site's menu may hold an h1 of its own ("Health services") before the product's.
  let inChrome: Element | undefined;
  let title: Element | undefined;
  for (const h of all(doc, 'h1').slice(0, 50)) {
    if (isMarkupHidden(h) || textOf(h, 200).length <= 1) continue;
    if (!inSiteChrome(h)) {
      title = h;
      break;
    }
    inChrome ??= h;
  }
  title ??= inChrome ?? first(doc, '[itemprop=name]') ?? namedTitle(doc);
  const buyButton = findBuyButton(doc);
  const anchors = [title, buyButton].filter((el): el is Element => Boolean(el));
  return { anchors, buyButton, title };
}

/**
 * A page without a heading for its product still shows the name its <title> or og:title gives (less
 * the shop's name): the element whose whole text is that name, outside the page's head.
 */
function namedTitle(doc: Document): Element | undefined {
  const titles = [doc.querySelector('meta[property="og:title"]')?.getAttribute('content') ?? '', doc.title ?? '']
    .flatMap((t) => t.split(/\s+[-–|:]\s+/)).map((t) => t.trim()).filter((t) => t.length >= 4)
    .sort((a, b) => b.length - a.length);
  if (!titles.length) return undefined;
  // One walk over the page's text nodes; the longest part first: the others are usually the shop's name, shown in its header and links.
  const named = shortTextElements(doc, (text) => titles.includes(cleanText(text)), 300, 50)
    .filter((el) => !el.closest('a, header, nav, footer, title') && !inSiteChrome(el) && !isMarkupHidden(el));
  for (const title of titles) {
    const el = named.find((e) => textOf(e, 300) === title);
    if (el) return el;
  }
  return undefined;
}

/** Steps through the tree from one element to another (up to their common ancestor, then down). */
export function treeDistance(a: Element, b: Element): number {
  const up = new Map<Node, number>();
  let steps = 0;
  for (let node: Node | null = a; node; node = node.parentNode) up.set(node, steps++);
  steps = 0;
  for (let node: Node | null = b; node; node = node.parentNode, steps++) {
    const fromA = up.get(node);
    if (fromA !== undefined) return fromA + steps;
  }
  return Number.POSITIVE_INFINITY;
}

/** 0..3: how close an element sits to the title or the buy button in the page structure. */
export function closeness(layout: PageLayout, el: Element): number {
  if (layout.anchors.length === 0) return 1;
  const distance = Math.min(...layout.anchors.map((a) => treeDistance(a, el)));
  return distance <= 5 ? 3 : distance <= 8 ? 2 : distance <= 12 ? 1 : 0;
}

/** Inside a header, footer, navigation, recommendations or mini-cart: prices there are not this product's. */
export function inOtherZone(el: Element, layout: PageLayout): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 25; node = node.parentElement, depth++) {
    // A container that holds the product title is the product's own area, whatever its class says.
    if (layout.title && node.contains(layout.title)) return false;
    const tag = node.tagName.toLowerCase();
    if (tag === 'header' || tag === 'footer' || tag === 'nav' || tag === 'aside') return true;
    if (tag === 'body' || tag === 'main') return false;
    if (OTHER_ZONE.test(attrs(node))) return true;
  }
  return false;
}
