import type { ItemKind } from '../types';
import { isProduct } from '../fields';

const BUYABLE = new Set(['InStock', 'LimitedAvailability', 'PreOrder', 'BackOrder']);

export const inStock: ItemKind<'in-stock'> = {
  kind: 'in-stock',
  appliesTo: 'product',
  verify(_item, record) {
    if (!isProduct(record) || !record.availability) return { status: 'unknown', reason: 'availability not shown' };
    const evidence = { field: 'availability', value: record.availability };
    return BUYABLE.has(record.availability)
      ? { status: 'pass', evidence, reason: `availability: ${record.availability}` }
      : { status: 'fail', evidence, reason: `availability: ${record.availability}` };
  },
};
