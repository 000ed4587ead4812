import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import type { Profile } from '../checklist/types';
import { extractIntents } from '../intents';
import type { PageReading } from '../page/types';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';
import { curateShopping } from './shopping';

const ref = fakeShopRef;
const card = fakeCard;
const profile = (over: Partial<Profile>): Profile => ({ likes: [], dislikes: [], brandsLiked: [], brandsAvoided: [], sizes: {}, ...over });
const page = (url: string, name: string, price: number, description: string): PageReading =>
  ({ kind: 'product', product: product({ url, name, price, description }) });

const shops: FakeSite[] = [
  { ref: ref('a'), cards: [
    card('a', 'tower-pc', 'Acme MATX Tower PC, Maker Core 1100 Case, 16GB 3200MHz, 1TB SSD', 350),
    card('a', 'pure-case', 'Maker Pure 500 Gaming Case with Window, ATX, Black', 80),
    card('a', 'air-case', 'Maker Air Gaming Case, ATX, Mesh Front', 70),
    card('a', 'lux-case', 'Maker Lux Gaming Case, E-ATX, White', 190),
    card('a', 'barebone', 'Acme Mini PC Barebone (X1), i3, DDR5 SO-DIMM - No RAM, Storage or O/S', 398),
    card('a', 'fury-16', 'Fury Beast 16GB, DDR5, 5600MHz, DIMM Memory', 75.99),
    card('a', 'vulcan-16', 'Volt Vulcan 16GB, DDR5, 6000MHz, DIMM Memory', 69.99),
  ] },
  { ref: ref('b'), cards: [
    card('b', 'pure-case', 'Maker Pure 500 Gaming Case with Window, ATX, Black', 79),
    card('b', 'air-case', 'Maker Air Gaming Case, ATX, Mesh Front', 71),
    card('b', 'phone-a', 'Smartphone Brandy A15 5G 128GB Black', 189),
    card('b', 'phone-b', 'Avoidco Z5 5G 128GB Smartphone, Blue', 149),
    card('b', 'phone-c', 'Brandy A25 5G 128GB Smartphone, Blue', 229),
    card('b', 'headphones', 'Sonic Over-Ear Headphones, Bluetooth', 59),
  ] },
];
const pages: Record<string, PageReading> = {
  'http://a.test/product/air-case/': page('http://a.test/product/air-case/', 'Maker Air Gaming Case, ATX, Mesh Front', 70, 'Colour: white. Tempered glass side.'),
  'http://a.test/product/pure-case/': page('http://a.test/product/pure-case/', 'Maker Pure 500 Gaming Case with Window, ATX, Black', 80, 'Colour: black.'),
};
const run = (text: string, p: Profile, visitor = new FakeSiteVisitorTestDouble(shops, pages)) =>
  curateShopping({ request: extractIntents(text), sites: shops.map((s) => s.ref), visitor, profile: p });
const names = (r: Awaited<ReturnType<typeof run>>) => r.picks.map((x) => `${x.offer.site}:${x.offer.record.name}`);

describe('personal best fits from a bare kind of product', () => {
  it('answers "a pc case" with cases, not PCs that name their case; within budget first; a like settled on the page', async () => {
    const result = await run('a pc case', profile({ likes: ['white'], budget: { max: 150 } }));
    expect(result.shape).toBe('fit');
    const top = names(result);
    expect(top.every((n) => /Case/.test(n) && !/Tower PC/.test(n))).toBe(true);
    // The Air case says "white" only on its page; the Lux case is white but over budget.
    expect(top[0]).toBe('a:Maker Air Gaming Case, ATX, Mesh Front');
    expect(top.indexOf('a:Maker Lux Gaming Case, E-ATX, White')).toBe(top.length - 1);
  });

  it('answers "ram for my new build" with memory, not a barebone PC that says "No RAM"', async () => {
    const result = await run('ram for my new build', profile({ likes: ['DDR5'] }));
    expect(names(result)).toEqual(['a:Volt Vulcan 16GB, DDR5, 6000MHz, DIMM Memory', 'a:Fury Beast 16GB, DDR5, 5600MHz, DIMM Memory']);
  });

  it('answers "a phone" with smartphones, the avoided brand after the others, the liked one first', async () => {
    const result = await run('a phone', profile({ brandsLiked: ['Brandy'], brandsAvoided: ['Avoidco'], budget: { max: 250 } }));
    expect(names(result)).toEqual(['b:Smartphone Brandy A15 5G 128GB Black', 'b:Brandy A25 5G 128GB Smartphone, Blue', 'b:Avoidco Z5 5G 128GB Smartphone, Blue']);
  });

  it('shows each different case before a second offer of the same case', async () => {
    const result = await run('a gaming case', profile({}));
    // Cheapest first would give the Air case from both shops; every offer stays, repeats after.
    expect(names(result)).toEqual(['a:Maker Air Gaming Case, ATX, Mesh Front', 'b:Maker Pure 500 Gaming Case with Window, ATX, Black',
      'a:Maker Lux Gaming Case, E-ATX, White', 'b:Maker Air Gaming Case, ATX, Mesh Front', 'a:Maker Pure 500 Gaming Case with Window, ATX, Black']);
  });
});

describe('page reads for undecided wishes', () => {
  it('reads no product page for a best fit when the profile is empty', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops, pages);
    // "quiet" is a wish no card shows; it is the request's, not the profile's, so no page is read for it.
    const result = await run('a quiet gaming case', profile({}), visitor);
    expect(result.picks.length).toBeGreaterThan(0);
    expect(visitor.reads).toEqual([]);
  });

  it('reads only a few top candidates for a profile wish no card shows', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops, pages);
    await run('a gaming case', profile({ likes: ['quiet'] }), visitor);
    expect(visitor.reads.length).toBeGreaterThan(0);
    expect(visitor.reads.length).toBeLessThanOrEqual(8);
  });

  it('marks a bare kind as a ranking to show the best few of, and a request with requirements as a set', async () => {
    expect((await run('a pc case', profile({}))).ranking).toBe(true);
    expect((await run('a gaming case with a window', profile({}))).ranking).toBe(false);
    expect((await run('the cheapest gaming case', profile({}))).ranking).toBe(false);
  });
});

describe('a bare kind with a profile searches what the profile likes', () => {
  // Shops title graphics cards by maker and model: only the workstation card says "Graphics Card".
  const gpuShops: FakeSite[] = [
    { ref: ref('a'), cards: [
      card('a', 'pro-a400', 'Penny RTXA400 Professional Graphics Card, 4GB DDR6, 4 miniDP 1.4, Low Profile', 299.99),
      card('a', 'pro-a1000', 'Penny RTXA1000 Professional Graphics Card, 8GB DDR6, 4 miniDP 1.4, Low Profile', 299.99),
      card('a', 'gt1030', 'Palette GT1030, 2GB DDR4, PCIe3, DVI, HDMI, Low Profile', 99.99),
      card('a', 'rtx4070', 'Palette RTX4070 SUPER DUAL OC, 12GB DDR6X, HDMI, 3 DP, Overclocked', 599.99),
      card('a', 'rtx4070ti', 'Palette RTX4070 Ti GamingPro OC, 12GB DDR6X, HDMI, 3 DP', 899.99),
    ] },
    { ref: ref('b'), cards: [
      card('b', 'gtx1650', 'Asis DUAL GTX1650 OC, 4GB DDR6, DVI, HDMI, DP, Overclocked', 199.99),
      card('b', 'pro-a400', 'Penny RTXA400 Professional Graphics Card, 4GB DDR6, 4 miniDP 1.4, Low Profile', 289.99),
      card('b', 'hdmi-cable', 'Palette High Speed HDMI Cable, 3 Metres', 9.99),
    ] },
  ];
  const runGpu = (text: string, p: Profile, visitor = new FakeSiteVisitorTestDouble(gpuShops)) =>
    curateShopping({ request: extractIntents(text), sites: gpuShops.map((s) => s.ref), visitor, profile: p });

  it('finds the liked maker\'s card with the needed memory, titled by model, first within budget', async () => {
    const result = await runGpu('a graphics card', profile({ brandsLiked: ['Palette'], likes: ['12GB'], budget: { max: 600 } }));
    expect(names(result)[0]).toBe('a:Palette RTX4070 SUPER DUAL OC, 12GB DDR6X, HDMI, 3 DP, Overclocked');
    expect(names(result)).not.toContain('b:Palette High Speed HDMI Cable, 3 Metres');
  });

  it('puts a card with the needed port above cards without it', async () => {
    const result = await runGpu('a graphics card', profile({ brandsAvoided: ['Palette'], likes: ['HDMI'], budget: { max: 350 } }));
    expect(names(result)[0]).toBe('b:Asis DUAL GTX1650 OC, 4GB DDR6, DVI, HDMI, DP, Overclocked');
  });

  it('does not search a liked maker alone when the request describes the kind', async () => {
    const visitor = new FakeSiteVisitorTestDouble(gpuShops);
    await runGpu('a long hdmi cable', profile({ brandsLiked: ['Palette'] }), visitor);
    expect(visitor.searches.filter((s) => /:palette:/i.test(s))).toEqual([]);
  });
});
