import { describe, expect, it } from 'vitest';
import type { ShoppingIntent } from '../intents/types';
import { describesOwnProduct, isDemandedBrand, isHeadingWords, isFromQuotedUrl, isNotMinded, isQuantityReadAsPrice, saidOfOneSubject } from './misread-intents';

const price = (text: string, bounds: ShoppingIntent['price']): ShoppingIntent =>
  ({ domain: 'shopping', category: 'price', role: 'wanted', text, price: bounds, source: 'rules' });

describe('isQuantityReadAsPrice', () => {
  it('reads "at least 512" followed by "gb" as a storage size, not a price floor', () => {
    expect(isQuantityReadAsPrice(price('at least 512', { min: 512 }), 'a console with at least 512gb disk space in white')).toBe(true);
    expect(isQuantityReadAsPrice(price('at least 2', { min: 2 }), 'a cable at least 2 metres long')).toBe(true);
    expect(isQuantityReadAsPrice(price('at least 12', { min: 12 }), 'a CPU with at least 12 cores')).toBe(true);
  });

  it('keeps real prices: a bare number, a currency, or a number followed by words that are no unit', () => {
    expect(isQuantityReadAsPrice(price('under 80', { max: 80 }), 'a 1 TB NVMe SSD under 80 euros')).toBe(false);
    expect(isQuantityReadAsPrice(price('under 80', { max: 80, currency: 'EUR' }), 'a 1 TB SSD under 80 €')).toBe(false);
    expect(isQuantityReadAsPrice(price('at most 300', { max: 300 }), 'a gaming monitor at most 300, in black')).toBe(false);
  });
});

describe('isFromQuotedUrl', () => {
  const url = 'http://shop.test/product/maker-prime-x670-p-am5-atx-2-5g-lan/';
  const brand = (text: string): ShoppingIntent => ({ domain: 'shopping', category: 'brand', role: 'wanted', text, source: 'rules' });

  it('drops words found only in the quoted product\'s link, and keeps those the shopper wrote', () => {
    const text = `Find all offers for Kingston RAM that fits this motherboard: ${url} .`;
    expect(isFromQuotedUrl(brand('maker'), text, [url])).toBe(true);
    expect(isFromQuotedUrl(brand('Kingston'), text, [url])).toBe(false);
    expect(isFromQuotedUrl(brand('maker'), 'a maker board', [])).toBe(false);
  });
});

describe('describesOwnProduct', () => {
  const colour = (value: string): ShoppingIntent => ({ domain: 'shopping', category: 'option', role: 'wanted', text: value, name: 'colour', value, source: 'rules' });
  it('drops a colour said only of the shopper\'s own or the quoted product, keeps one asked for', () => {
    const text = 'My whole build is white, so this black case will not do: http://shop.test/product/case-black/ . Find the cheapest alternative that is the same case in white.';
    expect(describesOwnProduct(colour('black'), text)).toBe(true);
    expect(describesOwnProduct(colour('white'), text)).toBe(false);
    expect(describesOwnProduct(colour('black'), 'Find all offers for a black case to replace my old white one.')).toBe(false);
  });
});

describe('isNotMinded', () => {
  const colour = (value: string): ShoppingIntent => ({ domain: 'shopping', category: 'option', role: 'wanted', text: value, name: 'colour', value, source: 'rules' });
  it('drops what the shopper does not mind, keeps what is asked', () => {
    expect(isNotMinded(colour('white'), 'Find the cheapest alternative that is the same cooler with a 360mm radiator; I do not mind if it is white.')).toBe(true);
    expect(isNotMinded(colour('white'), 'Find the cheapest alternative in white; I do not mind the price.')).toBe(false);
  });
});

describe('isNotMinded: choices left open (session 28)', () => {
  const intent = (value: string): ShoppingIntent => ({ domain: 'shopping', category: 'attribute', role: 'wanted', text: value, name: 'condition', value, source: 'rules' });
  it('drops what the shopper would accept ("a refurbished watch ... would be fine") and a choice not minded ("1.3V ..., I don\'t care which")', () => {
    expect(isNotMinded(intent('refurbished'), 'It must stay a 41mm watch; a refurbished watch or a different case material would be fine.')).toBe(true);
    expect(isNotMinded(intent('1.3V'), 'Some listings show it at 1.3V and some at 1.4V, I don\'t care which. Where is it cheapest?')).toBe(true);
    expect(isNotMinded(intent('refurbished'), 'It must be a refurbished watch. Find the cheapest offer.')).toBe(false);
  });
});

describe('isDemandedBrand: a spec list\'s brand line (session 28)', () => {
  it('requires the maker of "Brand: Palit." as it does "it has to be Palit"', () => {
    const palit = { kind: 'brand-is', id: 'brand=Palit', label: 'Brand Palit', brand: 'Palit', hard: false, origin: 'request' } as const;
    expect(isDemandedBrand(palit, 'Brand: Palit. Video memory: exactly 12GB.')).toBe(true);
    expect(isDemandedBrand(palit, 'I have had a Palit card before. Find all offers for 12GB cards.')).toBe(false);
  });
});

describe('saidOfOneSubject: a pack size said after one of several names (session 34)', () => {
  const pack: ShoppingIntent = { domain: 'shopping', category: 'quantity', role: 'wanted', text: 'three-pack', name: 'quantity', value: '3', source: 'rules' };
  it('is that product\'s, not every product\'s; one said before the list is every one\'s', () => {
    const subjects = ['Acme Dark Peak 2', 'Acme Light Rings 120mm ARGB'];
    expect(saidOfOneSubject(pack, subjects, 'Acme\'s Dark Peak 2 CPU cooler, plus their Light Rings 120mm ARGB fans in the three-pack. Find all offers for both.')).toBe(true);
    expect(saidOfOneSubject(pack, subjects, 'Two in the three-pack: the Acme Dark Peak 2 and the Acme Light Rings 120mm ARGB.')).toBe(false);
  });
});

describe('isNotMinded: a pair left open (session 34)', () => {
  it('reads "Glass or solid, any colour." as neither wanted', () => {
    const material = (value: string): ShoppingIntent => ({ domain: 'shopping', category: 'attribute', role: 'wanted', text: value, name: 'material', value, source: 'rules' });
    expect(isNotMinded(material('glass'), 'An Acme case with four fans. Glass or solid, any colour. What is the cheapest offer?')).toBe(true);
    expect(isNotMinded(material('glass'), 'An Acme case with a glass side, any colour. What is the cheapest offer?')).toBe(false);
  });
});

describe('isNotMinded: forms either of which will do', () => {
  it('drops a pack size said only in "the single 14cm fan and the three-pack both count"', () => {
    const pack: ShoppingIntent = { domain: 'shopping', category: 'quantity', role: 'wanted', text: 'three-pack', value: '3-pack', source: 'rules' };
    expect(isNotMinded(pack, 'Please put every offer for the Acme Prisma AL-14 into the carts: the single 14cm fan and the three-pack both count.')).toBe(true);
    expect(isNotMinded(pack, 'Please put every offer for the Acme Prisma AL-14 three-pack into the carts.')).toBe(false);
  });
});

describe('isNotMinded: a choice in brackets, "I don\'t mind" (session 36)', () => {
  const intent = (value: string): ShoppingIntent => ({ domain: 'shopping', category: 'attribute', role: 'wanted', text: value, name: 'material', value, source: 'rules' });
  it('drops "glass" of "(with the glass window or the solid panel, I don\'t mind)", and keeps a glass wish said plainly', () => {
    expect(isNotMinded(intent('glass'), 'It is the Quiet Base 802 (with the glass window or the solid panel, I don\'t mind). Find the cheapest offer.')).toBe(true);
    expect(isNotMinded(intent('glass'), 'It is the Quiet Base 802 with the glass window. Find the cheapest offer.')).toBe(false);
  });
});

describe('isHeadingWords (session 37)', () => {
  it('reads a heading\'s words ("board checklist socket") as no wish, and a real attribute as one', () => {
    const attr = (text: string): ShoppingIntent => ({ domain: 'shopping', category: 'attribute', role: 'wanted', text, source: 'rules' });
    expect(isHeadingWords(attr('board checklist socket'))).toBe(true);
    expect(isHeadingWords(attr('tempered glass'))).toBe(false);
  });
});
