/**
 * Microdata (itemscope / itemprop) as schema nodes. Written over the standard DOM because the npm
 * microdata parsers take HTML strings and bring their own parser, which the content script must not.
 */
import { all, cleanText } from '../text';
import type { SchemaNode } from './types';

function propertyValue(el: Element): unknown {
  if (el.hasAttribute('itemscope')) return readItem(el);
  const tag = el.tagName.toLowerCase();
  if (el.hasAttribute('content')) return cleanText(el.getAttribute('content'));
  if (['a', 'link', 'area'].includes(tag)) return el.getAttribute('href') ?? '';
  if (['img', 'audio', 'video', 'source', 'iframe', 'embed'].includes(tag)) return el.getAttribute('src') ?? '';
  if (tag === 'time' && el.hasAttribute('datetime')) return el.getAttribute('datetime') ?? '';
  if ((tag === 'data' || tag === 'meter') && el.hasAttribute('value')) return el.getAttribute('value') ?? '';
  return cleanText(el.textContent).slice(0, 5000);
}

function collect(el: Element, item: SchemaNode, depth: number): void {
  if (depth > 40) return;
  for (const child of Array.from(el.children)) {
    const names = (child.getAttribute('itemprop') ?? '').split(/\s+/).filter(Boolean);
    for (const rawName of names) {
      const name = rawName.replace(/^https?:\/\/schema\.org\//i, '');
      const existing = item[name];
      const value = propertyValue(child);
      item[name] = existing === undefined ? value : ([] as unknown[]).concat(existing, value);
    }
    // A nested item owns its own properties.
    if (!child.hasAttribute('itemscope')) collect(child, item, depth + 1);
  }
}

function readItem(el: Element): SchemaNode {
  const type = (el.getAttribute('itemtype') ?? '').split(/\s+/).filter(Boolean).map((t) => t.replace(/^https?:\/\/(schema|data-vocabulary)\.org\//i, ''));
  const item: SchemaNode = { '@type': type.length === 1 ? type[0] : type };
  collect(el, item, 0);
  return item;
}

/** Top-level and nested microdata items, each converted to a schema node. */
export function microdataNodes(doc: Document): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  const visit = (node: SchemaNode, depth: number): void => {
    nodes.push(node);
    if (depth > 6) return;
    for (const value of Object.values(node)) {
      for (const v of Array.isArray(value) ? value : [value]) if (v && typeof v === 'object') visit(v as SchemaNode, depth + 1);
    }
  };
  for (const el of all(doc, '[itemscope]').slice(0, 2000)) {
    if (el.hasAttribute('itemprop') && el.parentElement?.closest('[itemscope]')) continue;
    visit(readItem(el), 0);
  }
  return nodes;
}

/** Properties marked with itemprop outside any item: broken markup that still names the price. */
export function looseItemprops(doc: Document): SchemaNode {
  const node: SchemaNode = {};
  for (const el of all(doc, '[itemprop]').slice(0, 3000)) {
    const name = el.getAttribute('itemprop') ?? '';
    if (node[name] === undefined && !el.hasAttribute('itemscope')) node[name] = propertyValue(el);
  }
  return node;
}
