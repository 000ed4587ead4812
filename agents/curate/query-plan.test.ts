import { describe, expect, it } from 'vitest';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';
import { otherSpelling, planQueries, profilePlans } from './query-plan';
import { curateShopping } from './shopping';

describe('profilePlans', () => {
  it('searches a liked maker with each liked feature, the kind, then alone; each feature with the kind, then alone', () => {
    expect(profilePlans('graphics card', { brandsLiked: ['Palette'], likes: ['12GB'] })).toEqual([
      ['Palette 12GB', 'Palette graphics card', 'Palette'],
      ['12GB graphics card', '12GB'],
    ]);
  });

  it('adds nothing without a profile, and skips long free-text likes', () => {
    expect(profilePlans('monitor', undefined)).toEqual([]);
    expect(profilePlans('monitor', { brandsLiked: [], likes: ['something that looks good in a bright room'] })).toEqual([]);
  });
});

describe('planQueries: relaxations keep names whole', () => {
  it('never cuts a two-word standard or kind into a part that names nothing', () => {
    expect(planQueries('Micro ATX cases')).toEqual(['Micro ATX case', 'Micro ATX']);
    expect(planQueries('Mini ITX motherboard')).not.toContain('Mini');
    expect(planQueries('wifi access point')).toEqual(['wifi access point', 'access point']);
    expect(planQueries('Corsair power supply')).toEqual(['Corsair power supply', 'Corsair']);
    expect(planQueries('USB C hub')).not.toContain('C hub');
  });

  it('never searches a figure alone', () => {
    expect(planQueries('Samsung 27 inch monitor')).toEqual(['Samsung 27 inch monitor', 'Samsung 27 inch', 'Samsung']);
    expect(planQueries('27" Samsung monitor')).not.toContain('27');
    expect(planQueries('32GB DDR4 kit')).not.toContain('32GB');
    expect(planQueries('27 inch Samsung monitor')).not.toContain('27 inch');
  });
});

describe('planQueries: compounds spelled both ways', () => {
  it('tries a hyphenated pair spaced, and a word with a lone letter hyphenated, right after the query as written', () => {
    expect(planQueries('noise-cancelling headphones').slice(0, 2)).toEqual(['noise-cancelling headphone', 'noise cancelling headphone']);
    expect(planQueries('USB C hub').slice(0, 2)).toEqual(['USB C hub', 'USB-C hub']);
    expect(otherSpelling(['usb', 'c', 'hub'])).toBe('usb-c hub');
    expect(otherSpelling(['Type', 'C', 'cable'])).toBe('Type-C cable');
    expect(otherSpelling(['Acme', 'Galaxy', 'Tab', 'A'])).toBe('');
    expect(otherSpelling(['USB-C', 'hub'])).toBe('');
    expect(otherSpelling(['Wi-Fi', 'router'])).toBe('');
    expect(otherSpelling(['Acme', 'B650-A'])).toBe('');
  });

  it('finds the headphones a shop titles "Noise Cancelling" for "noise-cancelling headphones", before any plain ones', async () => {
    const shop: FakeSite = { ref: fakeShopRef('a'), cards: [
      fakeCard('a', 'nc', 'Acme Q20 Noise Cancelling Headphones, Bluetooth', 60),
      fakeCard('a', 'plain', 'Bolt H1 Wired Headphones', 15),
    ] };
    const visitor = new FakeSiteVisitorTestDouble([shop]);
    const request = { text: 'Find the cheapest noise-cancelling headphones.', kind: 'shopping' as const, intents: [], engine: 'rules' as const, notes: [] };
    const result = await curateShopping({ request, sites: [shop.ref], visitor });
    expect(result.picks.map((p) => p.offer.record.name)).toEqual(['Acme Q20 Noise Cancelling Headphones, Bluetooth']);
    expect(visitor.searches.slice(0, 2)).toEqual(['a:noise-cancelling headphone:1', 'a:noise cancelling headphone:1']);
  });
});
