import type { ItemKind } from '../types';
import { isProduct } from '../fields';

export const priceAtMost: ItemKind<'price-at-most'> = {
  kind: 'price-at-most',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record) || record.price === undefined) return { status: 'unknown', reason: 'no price shown' };
    const evidence = { field: 'price', value: String(record.price) };
    if (item.below) {
      return record.price < item.max
        ? { status: 'pass', evidence, reason: `price ${record.price} is under ${item.max}` }
        : { status: 'fail', evidence, reason: `price ${record.price} is not under ${item.max}` };
    }
    return record.price <= item.max
      ? { status: 'pass', evidence, reason: `price ${record.price} is at most ${item.max}` }
      : { status: 'fail', evidence, reason: `price ${record.price} is over ${item.max}` };
  },
};

export const priceAtLeast: ItemKind<'price-at-least'> = {
  kind: 'price-at-least',
  appliesTo: 'product',
  verify(item, record) {
    if (!isProduct(record) || record.price === undefined) return { status: 'unknown', reason: 'no price shown' };
    const evidence = { field: 'price', value: String(record.price) };
    return record.price >= item.min
      ? { status: 'pass', evidence, reason: `price ${record.price} is at least ${item.min}` }
      : { status: 'fail', evidence, reason: `price ${record.price} is under ${item.min}` };
  },
};
