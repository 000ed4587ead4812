import type { ItemKind } from '../types';
import { isProduct } from '../fields';
import { containsAllTokens, modelNumbers, tokens } from '../text';

/**
 * Same product as a reference: model numbers decide ("5900X", "NV2"); without one, every word of the
 * reference must be in the name. Identifiers (mpn, gtin) decide first when both sides have them.
 */
export const sameProduct: ItemKind<'same-product'> = {
  kind: 'same-product',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record) || !record.name) return { status: 'unknown', reason: 'no product name shown' };
    const name = record.name;
    const models = modelNumbers(item.reference);
    const have = new Set(tokens(name));
    if (models.length) {
      const missing = models.filter((m) => !have.has(m));
      return missing.length
        ? { status: 'fail', evidence: { field: 'name', value: name }, reason: `model ${missing.join(', ')} not in the name` }
        : { status: 'pass', evidence: { field: 'name', value: name }, reason: `model ${models.join(', ')} in the name` };
    }
    return containsAllTokens(name, item.reference)
      ? { status: 'pass', evidence: { field: 'name', value: name }, reason: `every word of "${item.reference}" is in the name` }
      : { status: 'fail', evidence: { field: 'name', value: name }, reason: `the name differs from "${item.reference}"` };
  },
};
