import type { ItemKind } from '../types';
import { isProduct, textFields } from '../fields';
import { readInFull } from './attribute';
import { convertMeasure, findPhrase, measures, normalizeText, tokens } from '../text';

/** A selectable option (size, colour): offered in the option list, or named in the product title. */
export const option: ItemKind<'option'> = {
  kind: 'option',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record)) return { status: 'unknown', reason: 'not a product' };
    const want = normalizeText(item.value);
    const wantedName = normalizeText(item.name);
    for (const [name, values] of Object.entries(record.options)) {
      const n = normalizeText(name);
      if (!n.includes(wantedName) && !wantedName.includes(n)) continue;
      const hit = values.find((v) => normalizeText(v) === want);
      const evidence = { field: `options.${name}`, value: values.join(', ') };
      return hit
        ? { status: 'pass', evidence, reason: `${item.name} ${item.value} is offered` }
        : { status: 'fail', evidence, reason: `${item.name} ${item.value} is not among the choices` };
    }
    const inName = record.name ? findPhrase(record.name, item.value) : undefined;
    if (inName) return { status: 'pass', evidence: { field: 'name', value: inName }, reason: `the product is ${item.value}` };
    if (record.name && partsInName(record.name, item.value)) return { status: 'pass', evidence: { field: 'name', value: record.name }, reason: `the product is ${item.value}` };
    const size = inchFigure(item.value);
    if (size) {
      const at = textFields(record).find(([, text]) => size.test(text));
      if (at) return { status: 'pass', evidence: { field: at[0], value: size.exec(at[1])![0] }, reason: `the product is ${item.value}` };
      if (readInFull(record)) return { status: 'fail', reason: `no size of ${item.value} anywhere on the page` };
    }
    return { status: 'unknown', reason: `no ${item.name} choices shown` };
  },
};

/**
 * A size in inches ("12.4inch screen") as pages write the figure: with or without the unit, often bare
 * in a title ("Galaxy Tab S9 FE+ 12.4 5G"), never as part of another figure ("112.4", "12.45").
 */
function inchFigure(value: string): RegExp | undefined {
  const m = /^(\d+)(?:[.,](\d+))?\s*(?:-\s*)?(?:inch(?:es)?|in|"|″)(?![a-z])/i.exec(value.trim());
  if (!m) return undefined;
  const figure = m[2] ? `${m[1]}[.,]${m[2]}` : m[1]!;
  return new RegExp(String.raw`(?<![\d.,])${figure}(?![\d]|[.,]\d)`);
}

/**
 * "the 80mm PWM version" of a fan titled "Pure Wings 2 PWM 8cm": every word of the option in the title,
 * its figures in any unit of the same kind and the words in any order.
 */
function partsInName(name: string, value: string): boolean {
  const parts = tokens(value).map((word) => ({ word, figure: measures(word)[0] }));
  if (!parts.some((p) => p.figure)) return false;
  const shown = measures(name);
  return parts.every(({ word, figure }) => (figure ? shown.some((m) => convertMeasure(m, figure.unit) === figure.value) : findPhrase(name, word) !== undefined));
}
