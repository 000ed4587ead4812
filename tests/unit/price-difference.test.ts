import { describe, expect, it } from 'vitest';
import { priceDifferenceWords } from '../../lib/ui/price-difference';
import { formatPrice } from '../../lib/ui/price-format';

const quoted = { price: 19.99, currency: 'EUR' };

describe('a pick\'s price next to the product the user quoted', () => {
  it('says how much less or more it costs, in the quoted product\'s currency', () => {
    expect(priceDifferenceWords({ price: 7.99, currency: 'EUR' }, quoted)).toBe(`${formatPrice(12, 'EUR')} less than the one you gave`);
    expect(priceDifferenceWords({ price: 25.49, currency: 'EUR' }, quoted)).toBe(`${formatPrice(5.5, 'EUR')} more than the one you gave`);
  });

  it('calls equal prices equal, whatever the float arithmetic says', () => {
    expect(priceDifferenceWords({ price: 19.99 }, { price: 9.99 + 10 })).toBe('The same price as the one you gave');
  });

  it('says nothing when a price is unknown, no product was quoted, or the currencies differ', () => {
    expect(priceDifferenceWords({ price: undefined }, quoted)).toBeUndefined();
    expect(priceDifferenceWords({ price: 7.99 }, { price: undefined })).toBeUndefined();
    expect(priceDifferenceWords({ price: 7.99 }, undefined)).toBeUndefined();
    expect(priceDifferenceWords({ price: 7.99, currency: 'USD' }, quoted)).toBeUndefined();
  });
});
