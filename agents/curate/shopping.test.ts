import { describe, expect, it } from 'vitest';
import type { ParsedRequest } from '../intents/types';
import { curateShopping } from './shopping';
import { extractIntents } from '../intents';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';
import { product } from '../checklist/fixtures';

const ref = fakeShopRef;
const card = fakeCard;
const ask = (text: string): ParsedRequest => ({ text, kind: 'shopping', intents: [], engine: 'rules', notes: [] });

/** The agent run over these shops on a request that quotes the product at `url` (its page read as `name`). */
function curateQuoting(sites: FakeSite[], quoted: { url: string; name: string; price: number }, request: (url: string) => string) {
  const visitor = new FakeSiteVisitorTestDouble(sites, { [quoted.url]: { kind: 'product', product: product(quoted) } });
  return curateShopping({ request: ask(request(quoted.url)), sites: sites.map((s) => s.ref), visitor });
}
const pickedUrls = (result: Awaited<ReturnType<typeof curateShopping>>) => result.picks.map((p) => p.offer.record.url);

const shops: FakeSite[] = [
  { ref: ref('a'), cards: [
    card('a', 'ryzen-5900x', 'AMD Ryzen 9 5900X - 3.7 GHz - 12 Cores', 251.26),
    card('a', 'ryzen-5950x', 'AMD Ryzen 9 5950X - 3.4 GHz - 16 Cores', 399),
    card('a', 'hdmi-3', 'Hama High Speed HDMI Cable, 3 Metres, Supports 4K', 15.99),
    card('a', 'hdmi-5', 'Hama High Speed HDMI Cable, Ultra-HD 4K, 5 Metre', 15.99),
    card('a', 'fury-16', 'Kingston Fury Beast 16GB, DDR5, 5600MHz', 75.99),
    card('a', 'fury-32', 'Kingston Fury Beast 32GB Kit (2 x 16GB), DDR5, 5600MHz', 139.99),
  ] },
  { ref: ref('b'), cards: [
    card('b', 'ryzen-5900x', 'AMD Ryzen 9 5900X - 3.7 GHz - 12-core', 251.26),
    card('b', 'hdmi-3', 'Hama High Speed HDMI Cable, 3 Metres, Supports 4K', 6.79),
    card('b', 'hdmi-1', 'Hama High Speed HDMI Cable, 1.5 Metres', 5.99),
    ...Array.from({ length: 9 }, (_, i) => card('b', `ssd-${i}`, `Filler ${i + 1}TB NVMe SSD, R/W ${3000 + i * 100}/2000 MB/s`, 50 + i)),
  ] },
  { ref: ref('c'), cards: [], broken: true },
];

describe('curateShopping over a test-double visitor', () => {
  it('finds every offer of a product by model number, not its siblings, and reports the broken site', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const events: string[] = [];
    const result = await curateShopping({ request: ask('Find all offers for the AMD Ryzen 9 5900X.'), sites: shops.map((s) => s.ref), visitor, onProgress: (e) => events.push(`${e.site}:${e.status}`) });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/ryzen-5900x/', 'http://b.test/product/ryzen-5900x/']);
    expect(result.picks[0]!.offer.productKey).toBe(result.picks[1]!.offer.productKey);
    expect(result.sites.find((s) => s.site === 'c')).toMatchObject({ status: 'failed', message: expect.stringMatching(/search form not found/) });
    expect(events).toContain('c:failed');
    expect(events).toContain('a:done');
    expect(result.decisions.every((d) => d.engine)).toBe(true);
  });

  it('leaves out a shop the request turns down by name, and says so', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const named = shops.map((s) => ({ ...s.ref, name: s.ref.id === 'b' ? 'ByteHouse' : s.ref.name }));
    const result = await curateShopping({ request: ask('ByteHouse is off my list. Find all offers for the AMD Ryzen 9 5900X.'), sites: named, visitor });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/ryzen-5900x/']);
    expect(result.sites.map((s) => s.site)).not.toContain('b');
    expect(result.notes).toContain('Not searched, as you asked: ByteHouse.');
  });

  it('searches every word shops title a kind by for the cheapest of that kind ("Heatsink & Fan" for a CPU cooler)', async () => {
    const coolers: FakeSite[] = [{ ref: ref('a'), cards: [
      card('a', 'tower', 'Acme Freezer 4U Tower CPU Cooler, 350W TDP', 60),
      card('a', 'alpine', 'Acme Alpine 17 Compact Heatsink & Fan, Intel 1700', 9.99),
    ] }];
    const visitor = new FakeSiteVisitorTestDouble(coolers);
    const result = await curateShopping({ request: ask('Find the cheapest offer for a CPU cooler across all the shops.'), sites: coolers.map((s) => s.ref), visitor });
    expect(pickedUrls(result)).toEqual(['http://a.test/product/alpine/']);
  });

  it('prints the product asked for once, as the title check, not again as a wish under every pick', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const text = 'I want the AMD Ryzen 9 5900X processor.';
    const result = await curateShopping({ request: { ...extractIntents(text), kind: 'shopping' }, sites: shops.map((s) => s.ref), visitor });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/ryzen-5900x/', 'http://b.test/product/ryzen-5900x/']);
    // Neither title says "processor": a wish for the whole phrase would print a cross under both right picks.
    expect(result.picks.flatMap((p) => p.verdicts).filter((v) => v.status !== 'pass').map((v) => v.label)).toEqual([]);
  });

  it('returns all offers tied at the lowest price, with the tie explained', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const result = await curateShopping({ request: ask('Find the cheapest offer for the AMD Ryzen 9 5900X. If multiple offers share the lowest price, return all of them.'), sites: shops.map((s) => s.ref), visitor });
    expect(result.picks).toHaveLength(2);
    expect(result.picks[0]!.explanation.join(' ')).toMatch(/tied with 1 other offer/);
  });

  it('checks quantities in requirement clauses and explains with evidence; says why others were left out on request', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const result = await curateShopping({ request: ask('Find all offers for HDMI cables longer than 3 metres, and tell me why others were left out'), sites: shops.map((s) => s.ref), visitor });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/hdmi-5/']);
    expect(result.picks[0]!.explanation.join('\n')).toMatch(/More than 3 m.*name: "5 m"/);
    expect(result.leftOut.map((l) => l.reason).join('\n')).toMatch(/3 m is not > 3/);
  });

  it('tells a 16GB module from a 32GB kit of 16GB modules, and adds the picks to the cart when asked', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const result = await curateShopping({ request: ask('Find all offers for Kingston Fury Beast 16GB DDR5 and add each of them to the respective shopping cart'), sites: shops.map((s) => s.ref), visitor });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/fury-16/']);
    expect(visitor.carted).toEqual(['http://a.test/product/fury-16/']);
    expect(result.picks[0]!.cart).toEqual({ ok: true, message: 'added' });
  });

  it('follows result pages for superlatives and never runs the same query twice', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const result = await curateShopping({ request: ask('Find all offers for SSDs with the highest available data read speed'), sites: [ref('b')], visitor });
    expect(result.picks.map((p) => p.offer.record.name)).toEqual(['Filler 9TB NVMe SSD, R/W 3800/2000 MB/s']);
    expect(new Set(visitor.searches).size).toBe(visitor.searches.length);
    expect(visitor.searches.filter((s) => s.startsWith('b:ssd:'))).toHaveLength(3);
  });

  it('reads a bare kind\'s results past page 8 when the offer the wish needs is listed late', async () => {
    // 140 cases, 12 a page as the demo shops list them; the one with six fans is card 130 (page 11).
    const cases = Array.from({ length: 140 }, (_, i) => i === 129
      ? card('a', 'storm', 'Zeta Storm Gaming Case, ATX, 6x ARGB Fans, USB-C, Black', 89)
      : card('a', `tower-${i}`, `Acme Tower ${i + 1} Case, Micro ATX, ${1 + (i % 3)} Fans`, 40 + i));
    const visitor = new FakeSiteVisitorTestDouble([{ ref: ref('a'), cards: cases }], {}, 12);
    const result = await curateShopping({ request: ask('My next PC case has to come with at least six fans already in it. Find all offers for cases like that.'), sites: [ref('a')], visitor });
    expect(pickedUrls(result)).toEqual(['http://a.test/product/storm/']);
  });

  it('relaxes a query that finds nothing by dropping terms, and reads a quoted product first for substitutes', async () => {
    const quoted = 'http://b.test/product/hdmi-3/';
    const visitor = new FakeSiteVisitorTestDouble(shops, {
      [quoted]: { kind: 'product', product: product({ url: quoted, name: 'Hama High Speed HDMI Cable, 3 Metres, Supports 4K', price: 6.79 }) },
    });
    const result = await curateShopping({ request: ask(`Find the cheapest alternative for this item: ${quoted} .`), sites: [ref('a'), ref('b')], visitor });
    expect(visitor.reads[0]).toBe(quoted);
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/hdmi-3/']);
    // The quoted product comes back apart from the picks, on the shop its address belongs to, read once.
    expect(result.references?.map((r) => [r.site, r.record.url, r.record.price])).toEqual([['b', quoted, 6.79]]);
    expect(visitor.reads.filter((u) => u === quoted)).toHaveLength(1);
  });

  it('answers memory that fits a quoted board without the board itself, as another shop lists it', async () => {
    const board = 'Maker J3355B-ITX, Intel Dual-Core J3355, Mini ITX, DDR3 SODIMM, VGA, HDMI';
    const boardShops: FakeSite[] = [
      { ref: ref('a'), cards: [card('a', 'j3355b', board, 60), card('a', 'ddr3l-8', 'Maker 8GB, DDR3L, 1600MHz, CL11, SODIMM Memory', 20)] },
      { ref: ref('b'), cards: [card('b', 'j3355b', board, 65), card('b', 'ddr4-8', 'Maker 8GB, DDR4, 3200MHz, SODIMM Memory', 22)] },
    ];
    const result = await curateQuoting(boardShops, { url: 'http://b.test/product/j3355b/', name: board, price: 65 }, (url) => `Find all offers for memory modules that fit this motherboard: ${url} .`);
    expect(pickedUrls(result)).toEqual(['http://a.test/product/ddr3l-8/']);
  });

  it('requires what describes a part that fits a quoted board ("16GB registered ECC memory modules")', async () => {
    const board = 'Asus PRO WS WRX80E-SAGE SE WIFI II, Workstation, AMD WRX80, sWRX8, EATX, 8 DDR4';
    const boardShops: FakeSite[] = [{ ref: ref('a'), cards: [
      card('a', 'wrx80', board, 499.99),
      card('a', 'ecc-8', 'Kingston Server Premier 8GB, DDR4, 3200MT/s, CL22, ECC Registered, DIMM Server-Class Memory', 40),
      card('a', 'ecc-16', 'Kingston Server Premier 16GB, DDR4, 2666MT/s, CL19, ECC Registered, DIMM Server-Class Memory', 75),
      card('a', 'plain-16', 'Netac Basic, 16GB, DDR4, 2666MHz, CL19, DIMM Memory', 30),
    ] }];
    const result = await curateQuoting(boardShops, { url: 'http://a.test/product/wrx80/', name: board, price: 499.99 }, (url) => `Find all offers for 16GB registered ECC memory modules that work in this motherboard: ${url} .`);
    expect(pickedUrls(result)).toEqual(['http://a.test/product/ecc-16/']);
    // "ECC" is a memory standard, not a maker.
    expect(result.checklist.map((i) => i.label)).not.toContain('Made by ECC');
  });

  it('answers cables for a quoted case\'s front USB-C port with the one made for that case, not any USB-C cable', async () => {
    const pc = 'Fractal Design Pop Air RGB (Magenta Core TG) Gaming Case w/ Clear Glass Window, ATX, 3 RGB Fans';
    const caseShops: FakeSite[] = [{ ref: ref('a'), cards: [
      card('a', 'pop', pc, 84.24),
      card('a', 'made', 'Fractal Design USB-C 10Gpbs Model D Cable for Fractal Pop & Focus 2 Cases Only, 650mm', 15.99),
      card('a', 'any', 'Hama USB-C to USB-C Quick Charging Cable, USB 2.0, 1.5 Metre, White', 9.99),
    ] }];
    const result = await curateQuoting(caseShops, { url: 'http://a.test/product/pop/', name: pc, price: 84.24 }, (url) => `Find all offers for cables that give this case a front USB-C port: ${url} .`);
    expect(pickedUrls(result)).toEqual(['http://a.test/product/made/']);
  });

  it('keeps watch bands that fit by the watch\'s name and size, whether or not their title says "for"', async () => {
    const watch = 'Apple Watch Series 7 (GPS, 41mm) - Green with Trefoil Sport Strap';
    const bandShops: FakeSite[] = [{ ref: ref('a'), cards: [
      card('a', 'watch', watch, 399),
      card('a', 'for', 'Sport Band for Apple Watch Series 7, 41mm, Green', 19.99),
      card('a', 'plain', 'Leather Watch Strap Apple Watch Series 9, 8, 7, 41mm, Pink', 14.99),
    ] }];
    const result = await curateQuoting(bandShops, { url: 'http://a.test/product/watch/', name: watch, price: 399 }, (url) => `Find all offers for watch bands that fit this watch: ${url} .`);
    expect(pickedUrls(result).sort()).toEqual(['http://a.test/product/for/', 'http://a.test/product/plain/']);
  });

  it('gives the same answer twice', async () => {
    const run = () => curateShopping({ request: ask('Find all offers for the Hama High Speed HDMI Cable'), sites: shops.map((s) => s.ref), visitor: new FakeSiteVisitorTestDouble(shops), maxConcurrent: 3 });
    const [x, y] = [await run(), await run()];
    expect(x.picks.map((p) => p.offer.record.url)).toEqual(y.picks.map((p) => p.offer.record.url));
    expect(x.picks.length).toBe(4);
  });

  it('reports a site whose search pages cannot be read, instead of saying it has nothing', async () => {
    const blocked: FakeSite = { ref: ref('d'), cards: shops[0]!.cards, unreadable: () => true };
    const visitor = new FakeSiteVisitorTestDouble([shops[1]!, blocked]);
    const result = await curateShopping({ request: ask('AMD Ryzen 9 5900X'), sites: [shops[1]!.ref, blocked.ref], visitor });
    expect(result.sites.find((s) => s.site === 'd')).toMatchObject({ status: 'failed', message: expect.stringMatching(/check page/) });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://b.test/product/ryzen-5900x/']);
  });

  it('takes one unreadable result page for no results when the site\'s other searches read fine', async () => {
    let searches = 0;
    const flaky: FakeSite = { ref: ref('e'), cards: shops[0]!.cards, unreadable: () => searches++ === 0 };
    const visitor = new FakeSiteVisitorTestDouble([flaky]);
    const result = await curateShopping({ request: ask('AMD Ryzen 9 5900X'), sites: [flaky.ref], visitor });
    expect(visitor.searches.length).toBeGreaterThan(1);
    expect(result.sites[0]).toMatchObject({ status: 'done' });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/ryzen-5900x/']);
  });
});

describe('a need no rule reads: the words few candidates state decide', () => {
  const pads: FakeSite[] = [
    { ref: ref('a'), cards: [
      card('a', 'gel', 'Hama Gel Mouse Pad, Wrist Support', 14.99),
      card('a', 'plain', 'Jedel Plain Mouse Pad, Black', 4.99),
      card('a', 'xl', 'Spire XL Mouse Pad, Stitched Edges', 9.99),
    ] },
    { ref: ref('b'), cards: [
      card('b', 'gel', 'Hama Gel Mouse Pad, Wrist Support', 12.99),
      card('b', 'rgb', 'Sandberg RGB Mouse Pad', 19.99),
      card('b', 'cloth', 'Hama Cloth Mouse Pad', 6.99),
    ] },
  ];

  it('answers with the product that states the rare words, at every shop, not every mouse pad', async () => {
    const visitor = new FakeSiteVisitorTestDouble(pads);
    const result = await curateShopping({ request: ask('Find all offers for a mouse pad that keeps my wrist comfortable during long evenings of work.'), sites: pads.map((s) => s.ref), visitor });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://b.test/product/gel/', 'http://a.test/product/gel/']);
    expect(result.decisions.map((d) => d.what).join('\n')).toMatch(/pages state "wrist…"/);
  });

  it('narrows nothing when the request names only a purpose ("for my desk")', async () => {
    const visitor = new FakeSiteVisitorTestDouble(pads);
    const result = await curateShopping({ request: ask('Find all offers for a mouse pad for my desk.'), sites: pads.map((s) => s.ref), visitor });
    expect(result.picks).toHaveLength(6);
  });
});

describe('a maker\'s described kind: the words between maker and kind describe it', () => {
  const drives: FakeSite[] = [
    { ref: ref('a'), cards: [
      card('a', 'sc610', 'Adata SC610 2TB Pocket Size External SSD, USB 3.2 Gen2', 129.99),
      card('a', 'legend', 'ADATA 2TB Legend 800 M.2 NVMe SSD, M.2 2280, PCIe Gen4', 99.99),
      card('a', 'wd', 'WD 2TB Pocket Size External SSD', 119.99),
    ] },
  ];

  it('keeps "pocket-size" of "Adata pocket-size SSDs" as a spec: an internal NVMe drive by the same maker is no answer', async () => {
    const visitor = new FakeSiteVisitorTestDouble(drives);
    const result = await curateShopping({ request: ask('Find all offers for Adata pocket-size SSDs with 2TB of storage.'), sites: drives.map((s) => s.ref), visitor });
    expect(result.picks.map((p) => p.offer.record.url)).toEqual(['http://a.test/product/sc610/']);
  });
});

describe('a line named in the singular is that model; in the plural, every model of the line', () => {
  const cases: FakeSite[] = [{ ref: ref('a'), cards: [
    card('a', 'pop-xl', 'Acme Pop XL Silent Case w/ Glass Window, E-ATX', 99.99),
    card('a', 'pop-xl-air', 'Acme Pop XL Air RGB Case w/ Glass Window, E-ATX', 109.99),
    card('a', 'other', 'Spire Tower Case w/ Glass Window, ATX', 49.99),
  ] }];
  const run = (text: string) => curateShopping({ request: ask(text), sites: cases.map((s) => s.ref), visitor: new FakeSiteVisitorTestDouble(cases) });

  it('keeps the Pop XL Air among "Pop XL cases", and leaves it out of "the Pop XL case"', async () => {
    expect((await run('Find all offers for Acme Pop XL cases that have a glass side window.')).picks.map((p) => p.offer.record.url).sort())
      .toEqual(['http://a.test/product/pop-xl-air/', 'http://a.test/product/pop-xl/']);
    expect((await run('Find all offers for the Acme Pop XL case that has a glass side window.')).picks.map((p) => p.offer.record.url))
      .toEqual(['http://a.test/product/pop-xl/']);
  });
});

describe('a request whose reading names nothing any shop lists', () => {
  const cases: FakeSite[] = [
    { ref: ref('a'), cards: [card('a', 'gt5', 'Maker GT5 Gaming Case, ATX, 3 Fans, Carry Handles', 89.99), card('a', 'plain', 'Other Plain Case, ATX, 1 Fan', 39.99)] },
    { ref: ref('b'), cards: [card('b', 'gt5', 'Maker GT5 Gaming Case, ATX, 3 Fans, Carry Handles', 79.99), card('b', 'phone', 'Maker Phone Case for Phone 12', 9.99)] },
  ];

  it('searches the kind the request names instead, checks it against the wishes, and says so', async () => {
    const visitor = new FakeSiteVisitorTestDouble(cases);
    const result = await curateShopping({ request: extractIntents('My nephew hauls his PC to every tournament, so the case needs carry handles. Find the cheapest offer.'), sites: cases.map((s) => s.ref), visitor });
    expect(pickedUrls(result)).toEqual(['http://b.test/product/gt5/']);
    expect(result.notes.join(' ')).toMatch(/searched for case/);
  });
});

describe('an answer with nothing in it', () => {
  it('says which wishes ruled the offers out', async () => {
    const visitor = new FakeSiteVisitorTestDouble(shops);
    const result = await curateShopping({ request: ask('Find all offers for NVMe SSDs of at least 10TB that read at 7000MB/s or more.'), sites: shops.map((s) => s.ref), visitor });
    expect(result.picks).toEqual([]);
    expect(result.emptyNote).toMatch(/offers found; none met every wish\. Wishes that ruled them out: "[^"]*10[^"]*" \(\d+\)/);
  });
});
