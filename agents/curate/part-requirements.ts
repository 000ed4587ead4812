/**
 * "which support 240mm radiators and 330mm GPUs", "fits GPUs up to 330 mm": sizes of parts the
 * product must take become part-size items (at least that size), checked against the largest part
 * the page says the product takes (checklist/items/part-fit.ts), not against any figure on the page.
 */
import type { ChecklistItem } from '../checklist/types';
import { partOfWord } from '../checklist/items/part-fit';

const TAKES = /\b(?:supports?|supporting|support for|fits?|fitting|takes?|accommodates?|room for|holds?|compatible with)\b/i;
const SIZE_THEN_PART = /\b(\d+(?:\.\d+)?)\s*(mm|cm)\s+(?:long\s+)?([a-z]+)/gi;
const PART_THEN_SIZE = /\b([a-z]+)\s+(?:up to|of|as long as)\s+(\d+(?:\.\d+)?)\s*(mm|cm)\b/gi;

/** The part-size items of a clause, and the clause without the phrases they came from. */
export function partSizeItems(clause: string): { items: ChecklistItem[]; rest: string } {
  const at = clause.search(TAKES);
  if (at < 0) return { items: [], rest: clause };
  const items: ChecklistItem[] = [];
  let tail = clause.slice(at);
  const add = (phrase: string, word: string, n: string, unit: string) => {
    const part = partOfWord(word);
    if (!part) return;
    const value = Number(n) * (unit.toLowerCase() === 'cm' ? 10 : 1);
    items.push({ kind: 'measure', id: `measure:${part}>=${value}mm`, label: `Takes a ${value} mm ${part}`, unit: 'mm', op: '>=', value, part, hard: true, origin: 'request' });
    tail = tail.replace(phrase, ' ');
  };
  for (const m of [...tail.matchAll(SIZE_THEN_PART)]) add(m[0], m[3]!, m[1]!, m[2]!);
  for (const m of [...tail.matchAll(PART_THEN_SIZE)]) add(m[0], m[1]!, m[2]!, m[3]!);
  return { items, rest: clause.slice(0, at) + tail };
}
