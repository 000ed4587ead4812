import { describe, expect, it } from 'vitest';
import { currencyCode } from './currency';
import { parseAmount, parsePrice } from './parse';

describe('parsePrice', () => {
  it.each([
    ['1.234,56 €', 1234.56, 'EUR'],
    ['£1,299', 1299, 'GBP'],
    ['CHF 19.50', 19.5, 'CHF'],
    ['1 234,50 zł', 1234.5, 'PLN'],
    ['US$ 9.99', 9.99, 'USD'],
    ['173,34 Lei', 173.34, 'RON'],
    ['19.– CHF', 19, 'CHF'],
    ['EUR 7,95', 7.95, 'EUR'],
  ])('%s -> %d %s', (text, amount, currency) => {
    expect(parsePrice(text, 'https://shop.example.com/')).toMatchObject({ amount, currency });
  });

  it('marks "from" prices', () => {
    expect(parsePrice('ab 9,99 €')).toMatchObject({ amount: 9.99, from: true });
    expect(parsePrice('From $25')).toMatchObject({ amount: 25, from: true });
    expect(parsePrice('$25')?.from).toBe(false);
  });

  it('returns nothing for text without an amount', () => {
    expect(parsePrice('Preis auf Anfrage')).toBeUndefined();
  });

  it('reads decimal commas and thousands separators', () => {
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('1.299')).toBe(1299);
    expect(parseAmount('1,234.56')).toBe(1234.56);
    expect(parseAmount('0,750')).toBe(0.75);
  });

  it('picks the local dollar from the shop domain', () => {
    expect(currencyCode('$', 'https://www.bestbuy.ca/x')).toBe('CAD');
    expect(currencyCode('$', 'https://www.example.com/x')).toBe('USD');
    expect(currencyCode('eur')).toBe('EUR');
  });
});
