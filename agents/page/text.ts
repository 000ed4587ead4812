/**
 * Small, defensive helpers over a standard DOM. Every reader goes through these so that broken or
 * enormous pages cost bounded time and never throw.
 */

/** Collapse whitespace; pages use NBSP and thin spaces inside prices and labels. */
export function cleanText(text: string | null | undefined): string {
  if (!text) return '';
  // Direction marks (Amazon wraps labels in them) carry no meaning for a reader.
  return text.replace(/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '').replace(/[\s\u00a0\u202f\u2009\u200b]+/g, ' ').trim();
}

/** Visible-ish text of an element, capped: a 5 MB text node must not stall the reader. */
export function textOf(el: Element | null | undefined, max = 2000): string {
  if (!el) return '';
  const raw = el.textContent ?? '';
  return cleanText(raw.length > max * 4 ? raw.slice(0, max * 4) : raw).slice(0, max);
}

/** querySelectorAll that returns [] on selectors the DOM implementation does not support. */
export function all(root: ParentNode, selector: string): Element[] {
  try {
    return Array.from(root.querySelectorAll(selector));
  } catch {
    return [];
  }
}

export function first(root: ParentNode, selector: string): Element | null {
  try {
    return root.querySelector(selector);
  } catch {
    return null;
  }
}

/** Content of the first <meta> matching any of the given property/name/itemprop keys. */
const metaCache = new WeakMap<Document, Map<string, string>>();

/** All <meta> tags once per document, key (property/name/itemprop, lower-case) -> first non-empty content. */
function metaTags(doc: Document): Map<string, string> {
  let tags = metaCache.get(doc);
  if (tags) return tags;
  tags = new Map();
  for (const el of all(doc, 'meta[content]').slice(0, 2000)) {
    const content = cleanText(el.getAttribute('content'));
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop']) {
      const key = el.getAttribute(attr)?.trim().toLowerCase();
      if (key && !tags.has(key)) tags.set(key, content);
    }
  }
  metaCache.set(doc, tags);
  return tags;
}

export function metaContent(doc: Document, keys: string[]): string | undefined {
  const tags = metaTags(doc);
  for (const key of keys) {
    const value = tags.get(key);
    if (value) return value;
  }
  return undefined;
}

/**
 * Hidden by markup (no layout engine in Node, so only what the HTML itself says). aria-hidden is not
 * hiding: it only removes content from the accessibility tree, and shops put it on visible panels
 * (eBay's whole description and item-number panel carries it while a dialog may open).
 */
export function isMarkupHidden(el: Element): boolean {
  for (let node: Element | null = el, depth = 0; node && depth < 12; node = node.parentElement, depth++) {
    const tag = node.tagName.toLowerCase();
    if (tag === 'script' || tag === 'style' || tag === 'template' || tag === 'noscript') return true;
    if (node.hasAttribute('hidden')) return true;
    const style = (node.getAttribute('style') ?? '').replace(/\s+/g, '').toLowerCase();
    // Whole declarations only: "backface-visibility:hidden" hides nothing.
    if (/(?:^|;)(?:display:none|visibility:hidden)/.test(style)) return true;
  }
  return false;
}

/** Resolve a possibly relative URL against the page; undefined for javascript: and junk. */
export function absoluteUrl(href: string | null | undefined, base: string): string | undefined {
  const value = cleanText(href);
  if (!value || /^(javascript|mailto|tel|data):/i.test(value)) return undefined;
  try {
    return new URL(value, base).href;
  } catch {
    return undefined;
  }
}
