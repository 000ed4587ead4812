import { describe, expect, it } from 'vitest';
import type { SiteRef } from '../sites/types';
import { chooseShops, withoutShopChoice } from './shop-choice';

const sites: SiteRef[] = [['shop1', 'Gadget Barn'], ['shop2', 'ByteHouse'], ['shop3', 'Case Corner']].map(([id, name]) => ({ id: id!, name: name!, baseUrl: `http://127.0.0.1/${id}`, kind: 'shop' }));
const searched = (text: string) => chooseShops(text, sites).sites.map((s) => s.id);

describe('chooseShops: the shops a request turns down or keeps to, by their names', () => {
  it('leaves out a shop turned down ("is off my list", "nothing from", "except at", "won\'t order from")', () => {
    expect(searched('ByteHouse is off my list. Find all offers for a white case.')).toEqual(['shop1', 'shop3']);
    expect(searched('A white case, please; nothing from ByteHouse. Find all offers for it.')).toEqual(['shop1', 'shop3']);
    expect(searched('Find all offers for the Acme X1 except at Case Corner.')).toEqual(['shop1', 'shop2']);
    expect(searched("I won't order from gadget barn again. Find the cheapest offer for it.")).toEqual(['shop2', 'shop3']);
    expect(chooseShops('ByteHouse is out.', sites).leftOut).toEqual(['ByteHouse']);
  });

  it('reads a sentence that names a shop and turns something down as turning that shop down ("leave that shop out", "don\'t look there")', () => {
    expect(searched('Gadget Barn stopped shipping to my address, so leave that shop out of it. Find all offers for the Acme X1.')).toEqual(['shop2', 'shop3']);
    expect(searched('I have a complaint open with ByteHouse, so please don\'t look there. Find all offers for it.')).toEqual(['shop1', 'shop3']);
    expect(searched('I have store credit at ByteHouse, so only ByteHouse counts here. Find the cheapest offer.')).toEqual(['shop2']);
    expect(searched("I don't mind if it comes from ByteHouse. Find all offers for it.")).toEqual(['shop1', 'shop2', 'shop3']);
    expect(searched('ByteHouse never delivers to our island, so only the other shops are any use to me. Find all offers.')).toEqual(['shop1', 'shop3']);
    expect(searched('Our finance team can only pay Gadget Barn and Case Corner, not ByteHouse. Find the cheapest offer.')).toEqual(['shop1', 'shop3']);
  });

  it('keeps to the shop named with "only", and searches every shop when none is named or all are turned down', () => {
    expect(searched('I only buy from Case Corner. Find all offers for a fan.')).toEqual(['shop3']);
    expect(searched('Find all offers for a byte-sized house plant.')).toEqual(['shop1', 'shop2', 'shop3']);
    expect(searched('Nothing from Gadget Barn, ByteHouse is out, and avoid Case Corner.')).toEqual(['shop1', 'shop2', 'shop3']);
  });
});

describe('withoutShopChoice: the request without what it says of shops', () => {
  it('drops a sentence about a shop, and only the shop\'s clause of an asking sentence', () => {
    expect(withoutShopChoice('I want a white case. Nothing from ByteHouse, please. Find all offers for it.', sites)).toBe('I want a white case. Find all offers for it.');
    expect(withoutShopChoice('Find all offers for the Acme X1 except at Case Corner.', sites)).toBe('Find all offers for the Acme X1.');
    expect(withoutShopChoice('Gadget Barn stopped shipping to me, so leave that shop out of it. Find all offers for it.', sites)).toBe('Find all offers for it.');
    // The sentence's other clauses stay.
    expect(withoutShopChoice("We buy Acme graphics cards with 8GB, and our rules don't allow orders from ByteHouse. Find all offers for Acme cards.", sites))
      .toBe('We buy Acme graphics cards with 8GB. Find all offers for Acme cards.');
  });
});

describe('chooseShops: a shop turned down by name beside something said to be fine', () => {
  it('reads "X is fine, except I can\'t buy from ByteHouse" as ByteHouse left out', () => {
    expect(searched("The same body from another listing is fine, except I can't buy from ByteHouse. Find the cheapest alternative.")).toEqual(['shop1', 'shop3']);
    expect(withoutShopChoice("The same body from another listing is fine, except I can't buy from ByteHouse. Find it.", sites)).toBe('The same body from another listing is fine. Find it.');
  });
});

describe("chooseShops: a shop the buyer's rules block (session 23)", () => {
  it('leaves out a shop that "is blocked by our purchasing department"', () => {
    expect(searched('I need a camera body for the studio. ByteHouse is blocked by our purchasing department. Find all offers for a camera like that.')).toEqual(['shop1', 'shop3']);
  });
});

describe('chooseShops: session 34', () => {
  it('leaves out a shop said to be "off the table", its name written in lower case', () => {
    expect(searched('bytehouse is off the table for me. from the other shops, where do i get the acme b550 board for the least money?')).toEqual(['shop1', 'shop3']);
  });
});
