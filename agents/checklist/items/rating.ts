import type { ItemKind } from '../types';
import { isProduct } from '../fields';

export const ratingAtLeast: ItemKind<'rating-at-least'> = {
  kind: 'rating-at-least',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record) || record.rating === undefined) return { status: 'unknown', reason: 'no rating shown' };
    const evidence = { field: 'rating', value: String(record.rating) };
    return record.rating >= item.min
      ? { status: 'pass', evidence, reason: `rated ${record.rating}, at least ${item.min}` }
      : { status: 'fail', evidence, reason: `rated ${record.rating}, under ${item.min}` };
  },
};
