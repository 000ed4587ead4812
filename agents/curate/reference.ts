/**
 * Requests that quote a product ("alternative for this item: URL", "HDMI cable for this GPU: URL"):
 * what to search for and what to require, derived from the product page that was read first.
 */
import type { ChecklistItem } from '../checklist/types';
import { decodeEntities, measures, modelNumbers, normalizeText } from '../checklist/text';
import type { ProductRecord } from '../page/types';
import type { RequestShape } from './request-shape';

const COLOURS = /\b(black|white|grey|gray|silver|red|orange|yellow|green|blue|purple|pink|gold)\b/gi;

/** "Arctic Liquid Freezer III 360mm Liquid CPU Cooler, P12 ..." -> "Arctic Liquid Freezer III 360mm Liquid CPU Cooler". */
export function leadingTitle(name: string): string {
  return decodeEntities(name).split(/,| - | w\/ /)[0]!.trim();
}

/** The kind of thing, without brand, models and quantities: "Liquid CPU Cooler". */
export function kindWords(name: string): string {
  const lead = leadingTitle(name).split(/\s+/);
  const models = new Set(modelNumbers(name));
  const plain = lead.slice(1).filter((w) => !models.has(normalizeText(w)) && !/\d/.test(w) && !/^(I{1,3}|IV|V)$/.test(w));
  return plain.slice(-3).join(' ');
}

export function substituteSubjects(ref: ProductRecord): string[] {
  const name = ref.name ?? '';
  return [leadingTitle(name), kindWords(name)].filter(Boolean);
}

export function substituteItems(ref: ProductRecord, shape: RequestShape): ChecklistItem[] {
  const atLeast = /\bat least\b|\bor (more|better)\b/i.test(shape.requirements);
  const out: ChecklistItem[] = [];
  const units = new Set<string>();
  for (const m of measures(ref.name ?? '')) {
    // The first quantity of each unit is the product's own; "2 x 16GB" inside a 32GB kit is not.
    if (!['gb', 'tb', 'mm', 'm', 'in'].includes(m.unit) || units.has(m.unit) || (m.unit === 'gb' && units.has('tb'))) continue;
    units.add(m.unit);
    out.push(atLeast
      ? { kind: 'measure', id: `measure:${m.unit}>=${m.value}`, label: `At least ${m.value} ${m.unit} like the original`, unit: m.unit, op: '>=', value: m.value, hard: true, origin: 'request' }
      : { kind: 'attribute-present', id: `present:${m.value}${m.unit}`, label: `${m.value} ${m.unit} like the original`, text: `${m.value}${m.unit}`, hard: true, origin: 'request' });
  }
  return out;
}

/** Same colour as the quoted product (soft), and for storage at least its capacity (hard). */
export function compatibleItems(ref: ProductRecord, subjects: string[]): ChecklistItem[] {
  const name = ref.name ?? '';
  const out: ChecklistItem[] = [];
  for (const c of new Set((name.match(COLOURS) ?? []).map((x) => x.toLowerCase()))) {
    out.push({ kind: 'attribute-present', id: `present:${c}`, label: `${c} like ${leadingTitle(name)}`, text: c, hard: false, origin: 'request' });
  }
  const capacity = measures(name).find((m) => m.unit === 'tb') ?? measures(name).find((m) => m.unit === 'gb');
  if (capacity && subjects.some((s) => /\b(ssd|drive|disk|storage|hdd)/i.test(s))) {
    out.push({ kind: 'measure', id: `measure:${capacity.unit}>=${capacity.value}`, label: `Holds at least ${capacity.value} ${capacity.unit}`, unit: capacity.unit, op: '>=', value: capacity.value, hard: true, origin: 'request' });
  }
  return out;
}
