/**
 * Elements that hold a short piece of text, found by walking text nodes once. Asking every <div> for
 * its textContent is quadratic on big pages; a single walk is linear.
 */

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'HEAD']);
const MAX_TEXT = 800;

interface ShortText {
  text: string;
  parent: Element;
}

const cache = new WeakMap<Document, ShortText[]>();

/** Non-blank text nodes of readable length with their parent element, walked once per document. */
function shortTexts(doc: Document): ShortText[] {
  const cached = cache.get(doc);
  if (cached) return cached;
  const texts: ShortText[] = [];
  const root = doc.body ?? doc.documentElement;
  if (root) {
    const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
    let visited = 0;
    for (let node = walker.nextNode(); node && visited < 200_000; node = walker.nextNode(), visited++) {
      const text = node.nodeValue ?? '';
      if (text.length > MAX_TEXT || text.trim() === '') continue;
      const parent = node.parentElement;
      if (parent && !SKIP.has(parent.tagName.toUpperCase())) texts.push({ text, parent });
    }
  }
  cache.set(doc, texts);
  return texts;
}

/**
 * Parents (or small grandparents, for prices split over spans like "€<b>19</b><sup>99</sup>") of text
 * nodes whose text passes `wanted`, in document order, each once.
 */
export function shortTextElements(doc: Document, wanted: (text: string) => boolean, maxLength: number, limit = 3000): Element[] {
  const found = new Set<Element>();
  for (const { text, parent } of shortTexts(doc)) {
    if (found.size >= limit) break;
    if (text.length > maxLength * 3 || !wanted(text)) continue;
    found.add(parent);
    const grand = parent.parentElement;
    if (grand && grand.children.length <= 4 && Array.from(grand.children).every((c) => c.children.length === 0)) found.add(grand);
  }
  return Array.from(found);
}

/** The text that follows an element: its next sibling's text, or the parent's next sibling's. */
export function followingText(el: Element): string {
  for (let node: Element | null = el, depth = 0; node && depth < 2; node = node.parentElement, depth++) {
    let sibling: Node | null = node.nextSibling;
    while (sibling && (sibling.textContent ?? '').trim() === '') sibling = sibling.nextSibling;
    const text = (sibling?.textContent ?? '').slice(0, 400).trim();
    if (text) return text;
  }
  return '';
}

/** True when the page shows the text (outside scripts and styles) in one of its text nodes. */
export function pageShows(doc: Document, needle: string): boolean {
  if (!needle) return false;
  return shortTexts(doc).some(({ text }) => text.includes(needle));
}
