/**
 * The request kind decides where a request goes: a shopping request read as music is sent to the
 * music sites and the user gets songs instead of products, and the reverse sends a song wish to shops.
 * Cases run through the shipped engine (the trained tagger), as the side panel parses them.
 */
import { describe, expect, it } from 'vitest';
import { extractIntents } from './index';
import type { Intent, ShoppingIntent } from './types';

const parse = (text: string) => extractIntents(text);
const shopping = (intents: Intent[]): ShoppingIntent[] => intents.filter((i): i is ShoppingIntent => i.domain === 'shopping');
const productOf = (intents: Intent[]) => shopping(intents).find((i) => i.category === 'product_type')?.text;

describe('a shopping request with words the music lexicons also hold', () => {
  it('reads a product described by a genre or mood word as shopping ("rock climbing shoes", "heavy duty rock salt")', () => {
    for (const text of ['rock climbing shoes', 'heavy duty rock salt', 'a soft blanket for the couch', 'womens classic leather boots', 'punk rock t-shirt']) {
      expect(parse(text).kind, text).toBe('shopping');
    }
  });

  it('reads gear for an instrument as shopping ("a metal stand for my guitar", "guitar strings")', () => {
    for (const text of ['a metal stand for my guitar', 'a guitar stand', 'guitar strings for an acoustic', 'new strings for my guitar']) {
      expect(parse(text).kind, text).toBe('shopping');
    }
  });

  it('reads a lamp named with a mood word as a lamp ("a pendant light", "four vanity lights")', () => {
    const r = parse('a pendant light for the kitchen');
    expect(r.kind).toBe('shopping');
    expect(productOf(r.intents)).toBe('pendant light');
    expect(parse('i need four vanity lights').kind).toBe('shopping');
  });

  it('keeps no music intent from everyday words in a shopping-only request', () => {
    const r = parse('i would like a pair of womens 7.5 black sandals with a open toe');
    expect(r.kind).toBe('shopping');
    expect(r.intents.every((i) => i.domain === 'shopping')).toBe(true);
  });

  it('reads a band for a product as that product\'s part, and a band for an occasion as music', () => {
    expect(parse('a new band for my watch').kind).toBe('shopping');
    expect(parse('a leather band for my apple watch').kind).toBe('shopping');
    expect(parse('a band for my wedding').kind).toBe('music');
    expect(parse('a band like radiohead for my road trip').kind).toBe('music');
  });

  it('reads a watch band as a product part, not a music band', () => {
    expect(parse('a watch band in black').kind).toBe('shopping');
  });
});

describe('a music request that names things', () => {
  it('stays music when mood, genre and instrument words describe the music', () => {
    for (const text of ['songs with heavy guitar', 'soft piano for studying', 'light and dreamy indie songs', 'classic rock from the 70s', 'heavy metal with female vocals', 'soft rock ballads']) {
      expect(parse(text).kind, text).toBe('music');
    }
  });

  it('stays music when the product is only what the music is for or about ("music for my headphones", "songs about cars")', () => {
    for (const text of ['music for my headphones', 'chill songs for the car', 'songs about cars and girls', 'songs with piano and strings']) {
      expect(parse(text).kind, text).toBe('music');
    }
  });

  it('stays music when the thing named is what the listener will be doing ("punk to clean the house to")', () => {
    for (const text of ['energetic punk to clean the house to', 'happy pop to clean the kitchen to']) expect(parse(text).kind, text).toBe('music');
    // Without the stranded "to" the house is what a product is for.
    expect(parse('a mop to clean the house').kind).toBe('shopping');
  });

  it('reads a thing asked for as shopping where the tagger took it for a name ("i need straight leg jeans")', () => {
    // Sent to the music sites, these would come back as songs.
    for (const text of ['i need straight leg jeans in a medium that are big and tall', 'im looking for professional hair cutting barber scissors']) expect(parse(text).kind, text).toBe('shopping');
    // Asking nothing, a bare "artist title" stays music.
    expect(parse('haley smalls voodoo doll').kind).toBe('music');
  });

  it('stays music when a song is named with a thing in its title ("something similar to T by A")', () => {
    expect(parse('songs like paper planes').kind).toBe('music');
    expect(parse('looking for something similar to an awesome wave by alt j').kind).toBe('music');
  });
});

describe('a product wanted for music', () => {
  it('is both, with the product, the price and the genre it is for', () => {
    const r = parse('headphones for listening to jazz under 100');
    expect(r.kind).toBe('both');
    expect(productOf(r.intents)).toBe('headphones');
    expect(shopping(r.intents).find((i) => i.category === 'price')?.price).toEqual({ max: 100, belowMax: true });
    expect(r.intents.filter((i) => i.domain === 'music').map((i) => i.text)).toEqual(['jazz']);
  });

  it('is both when the genre is what the gear is for, even without a music noun ("a speaker for my 80s disco party")', () => {
    const r = parse('a speaker for my 80s disco party');
    expect(r.kind).toBe('both');
    expect(r.intents.some((i) => i.domain === 'music' && i.text === 'disco')).toBe(true);
  });
});

describe('"tune" as a verb', () => {
  it('does not make a shopping request music ("a mouse pad ... that help me tune my mouse sensitivity")', () => {
    expect(extractIntents('Find all offers for a mouse pad with markings that help me tune my mouse sensitivity in aim-training software.').kind).toBe('shopping');
  });
  it('still reads "tunes" as music', () => {
    expect(extractIntents('some chill tunes for a rainy afternoon').kind).toBe('music');
  });
});

describe('a request for offers of a named product', () => {
  it('is shopping even when its name holds a listening word ("all offers for the Maker Core Gaming Headset")', () => {
    expect(extractIntents('Find all offers for the Maker ROG Delta Core Gaming Headset.').kind).toBe('shopping');
    expect(extractIntents('Find all offers for the Maker Strix Scope II keyboard with NX Snow switches.').kind).toBe('shopping');
  });
});
