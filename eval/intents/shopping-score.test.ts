import { describe, expect, it } from 'vitest';
import type { Intent } from '../../agents/intents/types';
import { goldBounds, matchCount, scoreShopping, valuesMatch, type ShoppingRecord } from './shopping-score';

const record: ShoppingRecord = {
  query: 'jeans',
  reward: { price: [{ between: [100, 200] }], attributes: [{ waist_type: ['high'] }], sku_options: [{ size: 'eu:30' }] },
};
const price = (min?: number, max?: number): Intent => ({ domain: 'shopping', category: 'price', role: 'wanted', text: 'x', price: { min, max }, source: 'rules' });
const option = (value: string): Intent => ({ domain: 'shopping', category: 'option', role: 'wanted', text: value, value, source: 'rules' });

describe('shopping scoring', () => {
  it('turns ShoppingBench price records into bounds', () => {
    expect(goldBounds(record)).toEqual([{ side: 'min', value: 100 }, { side: 'max', value: 200 }]);
    expect(goldBounds({ query: '', reward: { price: [{ 'greater than': [35, null] }] } })).toEqual([{ side: 'min', value: 35 }]);
  });

  it('matches values when the words of one contain the other', () => {
    expect(valuesMatch('high waist', 'high')).toBe(true);
    expect(valuesMatch('eu 30', 'eu:30')).toBe(true);
    expect(valuesMatch('low', 'high')).toBe(false);
  });

  it('reads a number and its unit, and a plural and its singular, as the same words', () => {
    expect(valuesMatch('10 pcs', '10pcs')).toBe(true);
    expect(valuesMatch('0.5mm', '0.5 mm')).toBe(true);
    expect(valuesMatch('short sleeves', 'short sleeve')).toBe(true);
    expect(valuesMatch('12 inches', '12 inch')).toBe(true);
    expect(valuesMatch('10kg', '10.0')).toBe(true);
    expect(valuesMatch('10.5kg', '10')).toBe(false);
    expect(valuesMatch('10pcs', '100 pcs')).toBe(false);
    expect(valuesMatch('0.5mm', '5mm')).toBe(false);
    expect(valuesMatch('glass', 'glas')).toBe(false);
  });

  it('pairs predictions with gold values in the largest one-to-one way', () => {
    // Greedy pairing would give "black" to "black white" first and leave "black" unmatched.
    expect(matchCount(['black', 'white'], ['black white', 'black'], valuesMatch)).toBe(2);
    expect(matchCount(['black', 'black'], ['black'], valuesMatch)).toBe(1);
  });

  it('counts a wrong bound as a false positive and a missing value as a false negative', () => {
    const s = scoreShopping([{ record, intents: [price(100, 250), option('eu 30')] }]);
    expect(s.price).toMatchObject({ tp: 1, predicted: 2, gold: 2 });
    expect(s.attributes).toMatchObject({ tp: 1, predicted: 1, gold: 2 });
  });
});
