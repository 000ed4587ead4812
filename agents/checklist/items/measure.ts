import type { Comparison, ItemKind } from '../types';
import { isProduct, textFields } from '../fields';
import type { ProductRecord } from '../../page/types';
import { partFigures } from './part-fit';
import { measures, stripTags } from '../text';

export function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '=': return Math.abs(a - b) < 1e-9;
    case '>=': return a >= b;
    case '>': return a > b;
  }
}

/** "longer than 3 m", "at least 512 GB": the first quantity in that unit in the name decides, then the specs, then a description naming one. */
export const measure: ItemKind<'measure'> = {
  kind: 'measure',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record)) return { status: 'unknown', reason: 'not a product' };
    if (item.part) return verifyPart(item.part, item.op, item.value, record);
    const fields: [string, string][] = [['name', record.name ?? ''], ...Object.entries(record.specs).map(([k, v]): [string, string] => [`specs.${k}`, v])];
    for (const [field, text] of fields) {
      const found = measures(text).find((m) => m.unit === item.unit);
      if (!found) continue;
      const evidence = { field, value: `${found.value} ${item.unit}` };
      return compare(found.value, item.op, item.value)
        ? { status: 'pass', evidence, reason: `${found.value} ${item.unit} is ${item.op} ${item.value} ${item.unit}` }
        : { status: 'fail', evidence, reason: `${found.value} ${item.unit} is not ${item.op} ${item.value} ${item.unit}` };
    }
    // A description may name the product's own figure ("512 GB | 1080p") or several of other parts
    // ("GPUs up to 335 mm, radiators up to 360 mm"): only one distinct figure in the unit decides.
    const described = [...new Set(measures(stripTags(record.description ?? '')).filter((m) => m.unit === item.unit).map((m) => m.value))];
    if (described.length === 1) {
      const value = described[0]!;
      const evidence = { field: 'description', value: `${value} ${item.unit}` };
      return compare(value, item.op, item.value)
        ? { status: 'pass', evidence, reason: `the description says ${value} ${item.unit}, ${item.op} ${item.value} ${item.unit}` }
        : { status: 'fail', evidence, reason: `the description says ${value} ${item.unit}, not ${item.op} ${item.value} ${item.unit}` };
    }
    return { status: 'unknown', reason: described.length ? `the description names several ${item.unit} figures` : `no quantity in ${item.unit} shown` };
  },
};

/** "supports 330mm GPUs": the largest figure the page gives for that part decides (in mm). */
function verifyPart(part: string, op: Comparison, value: number, record: ProductRecord): ReturnType<ItemKind<'measure'>['verify']> {
  let best: { field: string; value: number } | undefined;
  for (const [field, text] of textFields(record)) {
    for (const v of partFigures(field === 'description' ? stripTags(text) : text, part)) if (!best || v > best.value) best = { field, value: v };
  }
  if (!best) return { status: 'unknown', reason: `no ${part} size shown` };
  const evidence = { field: best.field, value: `${part} up to ${best.value} mm` };
  return compare(best.value, op, value)
    ? { status: 'pass', evidence, reason: `takes a ${part} of ${best.value} mm, ${op} ${value} mm` }
    : { status: 'fail', evidence, reason: `takes a ${part} of at most ${best.value} mm, not ${op} ${value} mm` };
}
