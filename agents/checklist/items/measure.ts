import type { Comparison, ItemKind } from '../types';
import { isProduct } from '../fields';
import { measures } from '../text';

export function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '=': return Math.abs(a - b) < 1e-9;
    case '>=': return a >= b;
    case '>': return a > b;
  }
}

/** "longer than 3 m", "at least 512 GB": the first quantity in that unit in the name decides, then the specs. */
export const measure: ItemKind<'measure'> = {
  kind: 'measure',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record)) return { status: 'unknown', reason: 'not a product' };
    const fields: [string, string][] = [['name', record.name ?? ''], ...Object.entries(record.specs).map(([k, v]): [string, string] => [`specs.${k}`, v])];
    for (const [field, text] of fields) {
      const found = measures(text).find((m) => m.unit === item.unit);
      if (!found) continue;
      const evidence = { field, value: `${found.value} ${item.unit}` };
      return compare(found.value, item.op, item.value)
        ? { status: 'pass', evidence, reason: `${found.value} ${item.unit} is ${item.op} ${item.value} ${item.unit}` }
        : { status: 'fail', evidence, reason: `${found.value} ${item.unit} is not ${item.op} ${item.value} ${item.unit}` };
    }
    return { status: 'unknown', reason: `no quantity in ${item.unit} shown` };
  },
};
