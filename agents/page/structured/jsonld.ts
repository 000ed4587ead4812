/**
 * JSON-LD blocks: parsed leniently (shops ship trailing commas, raw newlines in strings, HTML
 * comments), flattened through @graph, arrays and nesting.
 */
import { all } from '../text';
import type { SchemaNode } from './types';

const MAX_BLOCK_CHARS = 2_000_000;

function parseLenient(raw: string): unknown {
  const text = raw.replace(/^\s*(<!--|\/\/<!\[CDATA\[|<!\[CDATA\[)/, '').replace(/(-->|\/\/\]\]>|\]\]>)\s*$/, '').trim();
  if (!text) return undefined;
  try {
    return JSON.parse(text);
  } catch {
    try {
      // Common breakage: raw control characters inside strings, trailing commas.
      const repaired = text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1');
      return JSON.parse(repaired);
    } catch {
      return undefined;
    }
  }
}

/** Every object in every JSON-LD block of the page, depth-first, including nested ones. */
export function jsonLdNodes(doc: Document): SchemaNode[] {
  const nodes: SchemaNode[] = [];
  const visit = (value: unknown, depth: number): void => {
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) {
      for (const item of value) visit(item, depth + 1);
      return;
    }
    const node = value as SchemaNode;
    nodes.push(node);
    for (const child of Object.values(node)) visit(child, depth + 1);
  };
  for (const script of all(doc, 'script[type]')) {
    if (!/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const raw = script.textContent ?? '';
    if (raw.length > MAX_BLOCK_CHARS) continue;
    visit(parseLenient(raw), 0);
  }
  return nodes;
}
