/**
 * Requests that are both music and shopping: a product wanted for a musical purpose. The shopping
 * slots must survive the music reading, and music words alone must not make a request shopping.
 */
import { describe, expect, it } from 'vitest';
import { extractIntents } from '../index';
import type { Intent, ShoppingIntent } from '../types';
import { findPriceBounds } from './price';

const parse = (text: string) => extractIntents(text, { tagger: null });
const shoppingOf = (intents: Intent[]): ShoppingIntent[] => intents.filter((i): i is ShoppingIntent => i.domain === 'shopping');
const productOf = (intents: Intent[]): string | undefined => shoppingOf(intents).find((i) => i.category === 'product_type')?.text;
const priceOf = (intents: Intent[]) => shoppingOf(intents).find((i) => i.category === 'price')?.price;

describe('a product wanted for a musical purpose', () => {
  it('keeps the product and a bare ceiling after a listening purpose ("X for listening to GENRE under N")', () => {
    const r = parse('earphones for listening to reggae under 70');
    expect(r.kind).toBe('both');
    expect(productOf(r.intents)).toBe('earphones');
    expect(priceOf(r.intents)).toEqual({ max: 70, belowMax: true });
    // The music words stay as what the product is for, and the price is not read as a song.
    expect(r.intents.filter((i) => i.domain === 'music').map((i) => i.text)).toEqual(['reggae']);
  });

  it('keeps the product and a worded ceiling after a party purpose ("X for my DECADE GENRE party, not more than N CUR")', () => {
    const r = parse('a soundbar for my 70s funk night, no more than 120 euros');
    expect(r.kind).toBe('both');
    expect(productOf(r.intents)).toBe('soundbar');
    expect(priceOf(r.intents)).toEqual({ max: 120, currency: 'EUR' });
    const music = r.intents.filter((i) => i.domain === 'music').map((i) => i.text);
    expect(music).toEqual(expect.arrayContaining(['70s', 'funk']));
    expect(music.some((t) => /120|euro/.test(t))).toBe(false);
  });

  it('keeps a feature and the whole product name when music words follow ("FEATURE X for MOOD beats")', () => {
    const r = parse('a waterproof speaker for mellow beats by the pool, below 45');
    expect(r.kind).toBe('both');
    expect(productOf(r.intents)).toBe('waterproof speaker');
    expect(priceOf(r.intents)).toEqual({ max: 45, belowMax: true });
    expect(shoppingOf(r.intents).some((i) => i.category === 'attribute' && i.value === 'waterproof')).toBe(true);
  });

  it('reads an instrument in the product name as part of the product, not as music ("INSTRUMENT amp for GENRE")', () => {
    const r = parse('a bass amp for metal rehearsals, max 300€');
    expect(productOf(r.intents)).toBe('bass amp');
    expect(r.intents.some((i) => i.domain === 'music' && i.text === 'bass')).toBe(false);
    // "metal" in the purpose is the music, not what the amp is made of.
    expect(shoppingOf(r.intents).some((i) => i.value === 'metal')).toBe(false);
    expect(r.intents.some((i) => i.domain === 'music' && i.text === 'metal')).toBe(true);
  });

  it('keeps the product\'s own colour and material before the purpose ("X in COLOUR MATERIAL for GENRE gigs")', () => {
    const r = parse('a drum stool in red velvet for punk gigs under 90');
    expect(productOf(r.intents)).toBe('drum stool');
    expect(shoppingOf(r.intents).map((i) => i.value).filter(Boolean)).toEqual(expect.arrayContaining(['red', 'velvet']));
    expect(shoppingOf(r.intents).some((i) => i.value === 'punk')).toBe(false);
  });

  it('stops a capitalised product name at its purpose ("BRAND X for GENRE")', () => {
    expect(productOf(parse('Bose earbuds for drum and bass').intents)).toBe('Bose earbuds');
  });
});

describe('a bare amount after a ceiling or floor word', () => {
  it('is a price when it ends the clause', () => {
    expect(findPriceBounds('a desk fan under 40').map((p) => p.bounds)).toEqual([{ max: 40, belowMax: true }]);
    expect(findPriceBounds('a rain jacket above 80, in navy').map((p) => p.bounds)).toEqual([{ min: 80 }]);
  });

  it('is not a price when it counts ages, ratings or a measure', () => {
    expect(findPriceBounds('board games for kids under 10')).toEqual([]);
    expect(findPriceBounds('a hotel rated over 4')).toEqual([]);
    expect(findPriceBounds('a backpack under 2 kg')).toEqual([]);
  });
});

describe('the request kind', () => {
  it('keeps a music request with a colour in a band name music', () => {
    expect(parse('songs that sound like the white stripes').kind).toBe('music');
  });

  it('reads a product wanted with a feature as shopping even when a word is also a music genre', () => {
    // "free" and "soul" are genre names; the "-free" feature and the pack size are what a shop sells.
    expect(parse('i need sugar free soul food seasoning').kind).not.toBe('music');
    expect(parse('lactose free milk chocolate, 6 pack').kind).not.toBe('music');
  });

  it('keeps a music request that names a year or an era music', () => {
    expect(parse('deep house tracks from 2018').kind).toBe('music');
  });
});
