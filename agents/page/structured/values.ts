/** Reading schema.org property values that may be a string, a number, an object or an array of them. */
import { cleanText } from '../text';
import type { SchemaNode } from './types';

export function asList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

export function isNode(value: unknown): value is SchemaNode {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** First non-empty text: strings, numbers, or {name} / {@value} / {url} objects. */
export function text(value: unknown): string | undefined {
  for (const item of asList(value)) {
    if (typeof item === 'string' || typeof item === 'number') {
      const t = cleanText(String(item));
      if (t) return t;
    } else if (isNode(item)) {
      const t = text(item['name'] ?? item['@value'] ?? item['value'] ?? item['url'] ?? item['@id']);
      if (t) return t;
    }
  }
  return undefined;
}

export function types(node: SchemaNode): string[] {
  return asList(node['@type']).filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^.*[/#:]/, ''));
}

export function hasType(node: SchemaNode, wanted: string[]): boolean {
  return types(node).some((t) => wanted.includes(t));
}

/**
 * A brand as markup gives it: an unfilled template ("$metabrand", "{{brand}}") is no brand, and an
 * element marked as the brand that also holds its label ("More from the brand: Roborock") gives the
 * name after the label.
 */
export function brandOf(value: string | undefined): string | undefined {
  if (!value || /^\$\w+$|\{\{|\}\}|^%\w+%$/.test(value)) return undefined;
  const named = value.includes(':') ? value.slice(value.lastIndexOf(':') + 1).trim() : value;
  return named || undefined;
}
