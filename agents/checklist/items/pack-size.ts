import type { ItemKind } from '../types';
import { isProduct } from '../fields';
import { compare } from './measure';

/** A title selling several at once: "x3", "(3 Pack)", "3-Pack", "Pack of 3", "Twin Pack"; or a part of a set ("Expansion Kit", which needs its starter kit). */
const MULTI = /\bx\s?([2-9]|1\d)\b|\b([2-9]|1\d)\s?-?\s?(?:pack|pk|pcs|pieces)\b|\bpack of ([2-9]|1\d)\b|\b(twin|dual|triple|quad) pack\b|\b(?:expansion|starter|add-on) kit\b/i;
const MULTI_COUNT_WORDS: Record<string, number> = { twin: 2, dual: 2, triple: 3, quad: 4 };

/** How many a title sells in one offer: 1 unless it says a multi-pack or a memory kit's modules; 0 for a part of a set. */
/** "32GB Kit (2 x 16GB)": a memory kit sells that many modules in one offer. */
const MEMORY_KIT = /\bkit\s*\(\s*([2-9]|1\d)\s*x\s*\d+\s?gb\s*\)/i;

export function packCount(title: string): number {
  const kit = MEMORY_KIT.exec(title);
  if (kit) return Number(kit[1]);
  // Lanes ("PCIe 4.0 x4") are no pack size, nor a model's name ("Fractal Design Dynamic X2 GP-14": "X2" after a word that is
  // no plural, where "Case Fans x2" counts).
  const m = MULTI.exec(title.replace(/\b(?:pcie|gen)\s?[\d.]*\s?x\d+\b/gi, ' ').replace(/(?<=\b[A-Za-z]*[A-Za-rt-z]\s)X\d+\b/g, ' '));
  if (!m) return 1;
  if (m[4]) return MULTI_COUNT_WORDS[m[4].toLowerCase()]!;
  const n = m[1] ?? m[2] ?? m[3];
  return n ? Number(n) : 0;
}

/** "a 3-pack": the pack size the title states; a title that states none sells one. */
export const packSize: ItemKind<'pack-size'> = {
  kind: 'pack-size',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record) || !record.name) return { status: 'unknown', reason: 'no product name shown' };
    const n = packCount(record.name);
    const evidence = { field: 'name', value: record.name };
    if (n === 0) return { status: 'fail', evidence, reason: 'a part of a set, sold without the rest' };
    // A title that names no pack may still sell several (a page's "12 count"): only a stated pack decides a wish for several
    // (a pack turned down, "no three-packs", is met by one sold singly).
    if (n === 1 && item.count > 1 && item.op !== '!=') return { status: 'unknown', evidence, reason: 'the title states no pack size' };
    return { status: compare(n, item.op, item.count) ? 'pass' : 'fail', evidence, reason: n === 1 ? 'sold one at a time' : `sold ${n} in one pack` };
  },
};
