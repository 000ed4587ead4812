import type { Comparison, ItemKind } from '../types';
import { isProduct, textFields } from '../fields';
import type { ProductRecord } from '../../page/types';
import { partFigures } from './part-fit';
import { bareScreenInches, convertMeasure, measures, measuresBeside, stripTags } from '../text';

export function compare(a: number, op: Comparison, b: number): boolean {
  switch (op) {
    case '<': return a < b;
    case '<=': return a <= b;
    case '=': return Math.abs(a - b) < 1e-9;
    case '>=': return a >= b;
    case '>': return a > b;
    case '!=': return Math.abs(a - b) >= 1e-9;
  }
}

/**
 * The quantities a field gives in the item's unit: written in it, else in another unit of the same
 * kind ("120mm" for a 12 cm wish). Beside a named spec only, when the item names one ("185W TDP").
 */
function figuresIn(text: string, unit: string, near: string | undefined): number[] {
  // A jack or plug size ("3.5 mm jack") is no product's length: only a wish in mm itself reads it.
  // A kit's modules ("32GB Kit (2 x 16GB)") are no capacity of the kit, where the title gives the kit's own.
  const kitOnly = unit === 'gb' || unit === 'tb' ? text.replace(PER_MODULE, ' ') : text;
  const whole = kitOnly !== text && measures(kitOnly).some((m) => m.unit === 'gb' || m.unit === 'tb') ? kitOnly : text;
  const read = unit === 'mm' ? whole : whole.replace(JACK_SIZE, ' ');
  const found = near ? measuresBeside(read, near) : measures(read);
  const same = found.filter((m) => m.unit === unit).map((m) => m.value);
  if (same.length) return same;
  return found.map((m) => convertMeasure(m, unit)).filter((v): v is number => v !== undefined);
}

const PER_MODULE = /\b\d\s?x\s?\d+(?:[.,]\d+)?\s?(?:GB|TB)\b/gi;

const JACK_SIZE = /\b\d(?:[.,]\d)?\s?mm\s+(?:stereo\s+|audio\s+|headphone\s+)?(?:jacks?|plugs?|sockets?|connectors?|aux)\b|\b(?:jack|plug|socket)\s+\d(?:[.,]\d)?\s?mm\b/gi;

/** "longer than 3 m", "at least 512 GB": the first quantity in that unit in the name decides, then the specs, then a description naming one. */
export const measure: ItemKind<'measure'> = {
  kind: 'measure',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record)) return { status: 'unknown', reason: 'not a product' };
    if (item.part) return verifyPart(item.part, item.op, item.value, record);
    const named = item.near ? `${item.near} ` : '';
    // "about 1TB": within a tenth of the figure (drives of "1TB" are sold as 960GB).
    const meets = (a: number, op: Comparison, b: number) => (item.approx && op === '=' ? Math.abs(a - b) <= b * 0.1 : compare(a, op, b));
    const fields: [string, string][] = [['name', record.name ?? ''], ...Object.entries(record.specs).map(([k, v]): [string, string] => [`specs.${k}`, item.near ? `${k} ${v}` : v])];
    for (const [field, text] of fields) {
      const values = figuresIn(text, item.unit, item.near);
      if (!values.length) continue;
      // A size "like the original" is met by any size the title gives ("14cm fan, 12cm adapter" names both).
      const found = item.op === '=' ? values.find((v) => meets(v, '=', item.value)) ?? values[0]! : item.largest ? Math.max(...values) : values[0]!;
      const evidence = { field, value: `${named}${found} ${item.unit}` };
      return meets(found, item.op, item.value)
        ? { status: 'pass', evidence, reason: `${named}${found} ${item.unit} is ${item.op} ${item.value} ${item.unit}` }
        : { status: 'fail', evidence, reason: `${named}${found} ${item.unit} is not ${item.op} ${item.value} ${item.unit}` };
    }
    // A description may name the product's own figure ("512 GB | 1080p") or several of other parts
    // ("GPUs up to 335 mm, radiators up to 360 mm"): only one distinct figure in the unit decides.
    const described = [...new Set(figuresIn(stripTags(record.description ?? ''), item.unit, item.near))];
    if (described.length === 1) {
      const value = described[0]!;
      const evidence = { field: 'description', value: `${named}${value} ${item.unit}` };
      return meets(value, item.op, item.value)
        ? { status: 'pass', evidence, reason: `the description says ${named}${value} ${item.unit}, ${item.op} ${item.value} ${item.unit}` }
        : { status: 'fail', evidence, reason: `the description says ${named}${value} ${item.unit}, not ${item.op} ${item.value} ${item.unit}` };
    }
    // Phones and tablets are titled with their screen's inches bare ("Galaxy Tab A9+ 11 WiFi").
    const bare = item.unit === 'in' && !item.near && !described.length ? bareScreenInches(record.name ?? '') : undefined;
    if (bare !== undefined) {
      const evidence = { field: 'name', value: `${bare} in` };
      return meets(bare, item.op, item.value)
        ? { status: 'pass', evidence, reason: `the title's bare screen size ${bare} in is ${item.op} ${item.value} in` }
        : { status: 'fail', evidence, reason: `the title's bare screen size ${bare} in is not ${item.op} ${item.value} in` };
    }
    return { status: 'unknown', reason: described.length ? `the description names several ${named}${item.unit} figures` : `no ${named}quantity in ${item.unit} shown` };
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
