/**
 * RDFa Lite (typeof / property) as schema nodes, schema.org vocabulary only: that is all that shops
 * use for products.
 */
import { all, cleanText } from '../text';
import type { SchemaNode } from './types';

const strip = (name: string): string => name.replace(/^(schema|s|sdo):/, '').replace(/^https?:\/\/schema\.org\//i, '');

function value(el: Element): unknown {
  if (el.hasAttribute('typeof')) return readResource(el);
  if (el.hasAttribute('content')) return cleanText(el.getAttribute('content'));
  for (const attr of ['resource', 'href', 'src']) if (el.hasAttribute(attr)) return el.getAttribute(attr) ?? '';
  return cleanText(el.textContent).slice(0, 5000);
}

function collect(el: Element, node: SchemaNode, depth: number): void {
  if (depth > 40) return;
  for (const child of Array.from(el.children)) {
    for (const raw of (child.getAttribute('property') ?? '').split(/\s+/).filter(Boolean)) {
      if (/^(og|fb|twitter|product):/.test(raw)) continue;
      const name = strip(raw);
      const existing = node[name];
      const v = value(child);
      node[name] = existing === undefined ? v : ([] as unknown[]).concat(existing, v);
    }
    if (!child.hasAttribute('typeof')) collect(child, node, depth + 1);
  }
}

function readResource(el: Element): SchemaNode {
  const node: SchemaNode = { '@type': strip((el.getAttribute('typeof') ?? '').split(/\s+/)[0] ?? '') };
  collect(el, node, 0);
  return node;
}

export function rdfaNodes(doc: Document): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  for (const el of all(doc, '[typeof]').slice(0, 2000)) nodes.push(readResource(el));
  return nodes;
}
