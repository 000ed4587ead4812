import type { ItemKind } from '../types';
import { isProduct } from '../fields';
import { findPhrase, normalizeText } from '../text';

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
    return { status: 'unknown', reason: `no ${item.name} choices shown` };
  },
};
