import { describe, expect, it } from 'vitest';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';
import { otherSpelling, planQueries, profilePlans, sizedQuery, socketQueries } from './query-plan';
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

describe('planQueries: a named model relaxed without the words its name may go without', () => {
  it('relaxes "Acme ProArt GeForce RTX 4070 SUPER graphics card" without "GeForce", which some shops never write', () => {
    const plans = planQueries('Acme ProArt GeForce RTX 4070 SUPER graphics card');
    expect(plans[0]).toBe('Acme ProArt GeForce RTX 4070 SUPER graphics card');
    expect(plans).toContain('Acme ProArt RTX 4070 SUPER');
    expect(plans.slice(1).every((q) => !/geforce/i.test(q))).toBe(true);
    expect(planQueries('Acme GeForce gaming mouse')).toContain('Acme GeForce');
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

describe('sockets are searched as shops write them', () => {
  it('searches an Intel socket by its bare number too, and any socket the request names by itself', () => {
    expect(planQueries('LGA1700 motherboards')).toEqual(['LGA1700 motherboard', '1700 motherboard', 'LGA1700']);
    expect(socketQueries(['LGA1700 motherboards', 'with Thunderbolt ports'])).toEqual([['1700']]);
    expect(socketQueries(['Mini ITX motherboard', 'for AM5 processors'])).toEqual([['AM5']]);
    expect(socketQueries(['gaming headset', ''])).toEqual([]);
  });

  it('lists every LGA1700 board with Thunderbolt however the request spells the socket, titled "Intel Z790, 1700" or "1700 Z790" with no word "motherboard", and no AM5 board or cooler', async () => {
    const boards = [
      'Acme Z790 FORGE, Intel Z790, 1700, EATX, 4 DDR5, HDMI, 2 Thunderbolt, Wi-Fi 6E',
      'Acme Z790 FORGE CARRARA, Intel Z790, 1700, EATX, 4 DDR5, 2 Thunderbolt, 12cm Carrara Fan',
      'Acme 1700 Z790 TITAN X E-ATX, Thunderbolt 4',
    ];
    const shop: FakeSite = { ref: fakeShopRef('a'), cards: [
      ...boards.map((name, i) => fakeCard('a', `board-${i}`, name, 300 + i)),
      fakeCard('a', 'h610', 'Acme H610M BASIC, Intel H610, 1700, Micro ATX, 2 DDR5, HDMI', 90),
      fakeCard('a', 'am5', 'Acme X670 STORM, AMD X670, AM5, ATX, 4 DDR5, 2 Thunderbolt', 350),
      fakeCard('a', 'cooler', 'Acme Alpine 17 Compact Heatsink & Fan, Intel 1700, 95W TDP', 20),
    ] };
    for (const socket of ['LGA1700', 'LGA 1700', 'Socket 1700']) {
      const request = { text: `Find all offers for ${socket} motherboards with Thunderbolt ports.`, kind: 'shopping' as const, intents: [], engine: 'rules' as const, notes: [] };
      const result = await curateShopping({ request, sites: [shop.ref], visitor: new FakeSiteVisitorTestDouble([shop]) });
      expect(result.picks.map((p) => p.offer.record.name).sort(), socket).toEqual([...boards].sort());
    }
  });
});

describe('planQueries: a required maker with its kind\'s noun', () => {
  it('searches "ADATA ssd" before dropping the maker; a size, however written ("2.5-inch"), is checked, not searched (shops write 2.5")', () => {
    expect(planQueries('2.5-inch SATA ssd', 'ADATA')).toEqual(['ADATA SATA ssd', 'ADATA ssd', 'SATA ssd', 'ssd']);
    // A maker and the noun alone are searched once.
    expect(planQueries('ssd', 'ADATA').filter((q) => q === 'ADATA ssd')).toHaveLength(1);
  });
});

describe('sizedQuery: a kind with its size, searched besides', () => {
  it('keeps the size as written for a kind, and gives nothing for a kind without one or a named product', () => {
    expect(sizedQuery('12cm case fans')).toBe('12cm case fan');
    expect(sizedQuery('case fan')).toBeUndefined();
    expect(sizedQuery('Acme P12 12cm')).toBeUndefined();
  });
});

describe('planQueries: a maker\'s PC cases (session 27)', () => {
  it('searches "Corsair PC case" without "PC", which the maker\'s case pages need not say; a bare "PC case" keeps it', () => {
    expect(planQueries('Corsair PC case')[0]).toBe('Corsair case');
    expect(planQueries('PC case')[0]).toBe('PC case');
  });
});

describe('sizedQuery and kind words (session 27)', () => {
  it('searches "4TB internal SSD" as "4TB SSD", as titles seldom say "internal"; a two-word kind stays whole', () => {
    expect(sizedQuery('4TB internal SSD')).toBe('4TB SSD');
    expect(sizedQuery('1TB portable hard drive')).toBe('1TB portable hard drive');
  });

  it('keeps "graphics card" as written: "graphics" is no plural', () => {
    expect(planQueries('graphics card')[0]).toBe('graphics card');
  });
});

describe('impliedKinds: memory by its generation', () => {
  it('searches DDR4 memory by "DDR4" too, as memory titles name the generation where "memory" may be missing', async () => {
    const { impliedKinds } = await import('./query-plan');
    const ddr4 = { kind: 'attribute-present' as const, id: 'present:ddr4', label: 'DDR4', text: 'DDR4', hard: true, origin: 'request' as const };
    expect(impliedKinds(['memory'], [ddr4])).toEqual(['DDR4']);
    expect(impliedKinds(['memory'], [{ ...ddr4, hard: false }])).toEqual([]);
  });
});

describe('planQueries: a maker of two words already opening the subject (session 33)', () => {
  it('does not put the maker before it again', () => {
    expect(planQueries('Be Quiet case', 'Be Quiet')[0]).toBe('Be Quiet case');
  });
});
