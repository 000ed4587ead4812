import { describe, expect, it } from 'vitest';
import type { ListingCard } from '../page/types';
import { cardMatcher, makerWords } from './card-match';

const card = (name: string): ListingCard => ({ url: `http://shop.test/${encodeURIComponent(name)}`, name, price: 100 });

describe('cardMatcher for a maker\'s described kind', () => {
  it('takes the maker and line words before the first kind or describing word, none when they are the whole subject', () => {
    expect(makerWords('Xbox gaming console')).toBe('Xbox');
    expect(makerWords('Fractal Design PC Gaming Cases')).toBe('Fractal Design');
    expect(makerWords('new Xbox gaming console')).toBe('Xbox');
    expect(makerWords('Corsair 3000D')).toBeUndefined();
    expect(makerWords('gaming console')).toBeUndefined();
  });

  it('keeps a console found by the maker\'s name alone although its title omits the kind words, but not another kind', () => {
    const bundle = card('Microsoft Xbox Series S + Game Pass Ultimate Bundel | White');
    const pad = card('Microsoft Xbox Wireless Controller, Carbon Black');
    const found = { cards: [bundle, pad], foundBy: new Map([[bundle.url, 'Xbox'], [pad.url, 'Xbox']]) };
    const matches = cardMatcher('fit', ['Xbox gaming console'], found);
    expect(matches(bundle)).toBe(true);
    expect(matches(pad)).toBe(false);
  });

  it('still wants the subject\'s words when the card was found by a query that dropped the line name', () => {
    const other = card('Bose QuietComfort 45 Noise-Canceling Wireless Over-Ear Headphones');
    const found = { cards: [other], foundBy: new Map([[other.url, 'Bose']]) };
    expect(cardMatcher('fit', ['Bose Quietcomfort Ultra Headphones'], found)(other)).toBe(false);
  });
});
