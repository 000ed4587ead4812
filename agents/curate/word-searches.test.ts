import { describe, expect, it } from 'vitest';
import type { ParsedRequest } from '../intents/types';
import type { PageReading } from '../page/types';
import { product } from '../checklist/fixtures';
import { curateShopping } from './shopping';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';

const ask = (text: string): ParsedRequest => ({ text, kind: 'shopping', intents: [], engine: 'rules', notes: [] });
const urls = (r: Awaited<ReturnType<typeof curateShopping>>) => r.picks.map((p) => p.offer.record.url).sort();
const page = (url: string, name: string, description: string): PageReading => ({ kind: 'product', product: product({ url, name, price: 10, description }) });

/** The agent run on one fake shop of these cards, with these product pages. */
async function curateOn(cards: FakeSite['cards'], text: string, pages: Record<string, PageReading> = {}) {
  const shop: FakeSite[] = [{ ref: fakeShopRef('a'), cards }];
  const visitor = new FakeSiteVisitorTestDouble(shop, pages);
  return { visitor, result: await curateShopping({ request: ask(text), sites: shop.map((s) => s.ref), visitor }) };
}

describe('word searches beside the kind\'s own search', () => {
  it('finds the one product that meets a hard wish beyond the pages the kind\'s search reads', async () => {
    // 70 cases fill the sixteen result pages of four a query reads; the cube case comes after them.
    const cases = Array.from({ length: 70 }, (_, i) => fakeCard('a', `tower-${i}`, `Filler Tower Case ${i}, ATX`, 50 + i));
    const cube = fakeCard('a', 'cube', 'GameMax Spark Gaming Cube Case, Micro ATX', 79.99);
    const { result } = await curateOn([...cases, cube], 'Find all offers for a PC case shaped like a cube.');
    expect(urls(result)).toEqual([cube.url]);
  });

  it('searches the plugs a request names when it asks for "something"', async () => {
    const { visitor, result } = await curateOn([
      fakeCard('a', 'mdp-hdmi', 'Sandberg Mini DisplayPort Male to HDMI Female Converter Cable', 12.99),
      fakeCard('a', 'dp-vga', 'Spire DisplayPort Male to VGA Female Converter', 9.99),
      fakeCard('a', 'hdmi', 'Hama High Speed HDMI Cable, 3 Metres', 6.99),
    ], "Find all offers for something that lets me connect my laptop's Mini DisplayPort to the TV.");
    expect(visitor.searches.some((s) => s.startsWith('a:Mini DisplayPort'))).toBe(true);
    expect(urls(result)).toEqual(['http://a.test/product/mdp-hdmi/']);
  });

  it('reads a rare word only where it starts a word on the page ("turn" is not in "returns")', async () => {
    const cards = [
      fakeCard('a', 'swivel', 'Hama HDMI Cable w/ Turnable Ends, 1.5 Metre', 12.99),
      fakeCard('a', 'returns', 'Spire HDMI Cable, 2 Metre, Free Returns', 7.99),
      fakeCard('a', 'plain-3', 'Hama HDMI Cable, 3 Metre', 6.99),
      fakeCard('a', 'plain-5', 'Hama HDMI Cable, 5 Metre', 9.99),
      fakeCard('a', 'plain-1', 'Jedel HDMI Cable, 1 Metre', 4.99),
      ...[2, 4, 10].map((m) => fakeCard('a', `plain-${m}m`, `Sandberg HDMI Cable, ${m} Metre`, 5 + m)),
    ];
    const pages = Object.fromEntries(cards.map((c) => [c.url, page(c.url, c.name, 'An HDMI cable.')]));
    const { result } = await curateOn(cards, 'Find all offers for an HDMI cable whose plugs can turn, because my TV sits against the wall.', pages);
    // Before its page was read, the "Free Returns" cable stated "turn" as much as the turnable one.
    expect(urls(result)).toEqual(['http://a.test/product/swivel/']);
    expect(result.decisions.map((d) => d.what).join('\n')).toMatch(/pages state "turn…"/);
  });

  it('never looks up the words of a reason or a circumstance ("when I type in a shared office")', async () => {
    const cards = [
      fakeCard('a', 'palm', 'Jedel Wired Keyboard with Palm Rest', 19.99),
      fakeCard('a', 'office', 'Spire Office Keyboard and Mouse Set', 14.99),
      ...[1, 2, 3, 4].map((n) => fakeCard('a', `plain-${n}`, `Acme Wired Keyboard ${n}`, 10 + n)),
    ];
    const { visitor, result } = await curateOn(cards, 'Find all offers for a keyboard that has a palm rest, as my wrists hurt when I type in a shared office.');
    expect(visitor.searches.some((q) => /offic|share/i.test(q))).toBe(false);
    expect(urls(result)).toEqual(['http://a.test/product/palm/']);
  });
});

describe('word searches when no candidate meets every hard wish', () => {
  it('looks up the rarest figure with the standard the subject names, where the kind\'s word is missing from the title', async () => {
    // 70 kits fill the kind's pages; two 3600MHz kits among them are 32GB ones, and the one 16GB 3600MHz
    // kit, past the pages, is titled without "memory".
    const fillers = Array.from({ length: 70 }, (_, i) => fakeCard('a', `kit-${i}`, `Acme 32GB Memory Kit (2 x 16GB), DDR4, 3200MHz ${i}`, 60 + i));
    const other = fakeCard('a', 'big-3600', 'Acme 32GB Memory Kit (2 x 16GB), DDR4, 3600MHz (PC4-28800)', 110);
    const another = fakeCard('a', 'quad-3600', 'Spire 32GB Memory Kit (4 x 8GB), DDR4, 3600MHz (PC4-28800)', 120);
    const wanted = fakeCard('a', 'rgb-3600', 'Corsair Vengeance RGB Pro 16GB Kit (2 x 8GB), DDR4, 3600MHz (PC4-28800), CL18, Ryzen Optimised', 89.99);
    const { visitor, result } = await curateOn([other, another, ...fillers, wanted], 'Find all offers for DDR4 memory kits of 16GB made of two 8GB modules and running at 3600MHz.');
    expect(visitor.searches).toContain('a:DDR4 3600mhz:1');
    expect(urls(result)).toEqual([wanted.url]);
  });

  it('looks up a socket by the bare number titles write, without the kind\'s word the one fitting title lacks', async () => {
    const fillers = Array.from({ length: 70 }, (_, i) => fakeCard('a', `cpu-${i}`, `AMD Ryzen 5 ${5000 + i} CPU, AM4, 3.6GHz, 6-Core, 65W`, 100 + i));
    const x299 = fakeCard('a', 'i9-10920x', 'Intel Core I9-10920X, 2066, 3.5GHz (4.6 Turbo), 12-Core, 165W, Cascade Lake, NO HEATSINK/FAN', 499.99);
    const { visitor, result } = await curateOn([...fillers, x299], 'I want to upgrade the processor of my old Intel X299 workstation. Find all offers for a CPU that fits its socket.');
    expect(visitor.searches).toContain('a:2066:1');
    expect(urls(result)).toEqual([x299.url]);
  });

  it('looks up a hard wish for the cheapest offer too: the one that meets it may lie beyond the pages read', async () => {
    const black = Array.from({ length: 70 }, (_, i) => fakeCard('a', `black-${i}`, `Filler Tower Case ${i}, ATX, Black`, 30 + i));
    const red = [fakeCard('a', 'red', 'Fractal Design Focus G (Mystic Red) Gaming Case w/ Clear Window, ATX', 49.87), fakeCard('a', 'red-dear', 'Acme Red Gaming Case, ATX', 89.99)];
    const { result } = await curateOn([...black, ...red], 'My whole desk setup is red. Find the cheapest offer for a PC case in red to match it. If multiple offers share the lowest price, return all of them.');
    expect(urls(result)).toEqual([red[0]!.url]);
  });
});

describe('the two rarest wishes searched together', () => {
  // Seventy cards crowd the searches for the kind and for its chip lines ("RTX"), so only the wishes searched together reach it.
  it('finds a graphics card titled by its chip, whose title never says "graphics card"', async () => {
    const cards = [
      ...Array.from({ length: 70 }, (_, i) => fakeCard('a', `card-${i}`, `Palit RTX${4000 + i} Graphics Card, 8GB DDR6, HDMI`, 300 + i)),
      fakeCard('a', 'proart', 'Asus ProArt RTX4070 Ti SUPER OC, 16GB DDR6X, HDMI, 3 DP, Compact 2.5 Slot', 899.99),
    ];
    const { visitor, result } = await curateOn(cards, 'Find all offers for graphics cards with 16GB of memory in a compact 2.5-slot design.');
    expect(visitor.searches).toContain('a:16gb 2.5 slot:1');
    expect(urls(result)).toEqual(['http://a.test/product/proart/']);
  });
});

describe('the kind a required standard narrows', () => {
  it('searches "SSD" for a drive that goes in an M.2 slot for NVMe, as such drives are titled so', async () => {
    const cards = [
      fakeCard('a', 'hdd', 'Seagate 1TB Hard Drive, 3.5", SATA', 39.99),
      fakeCard('a', 'nv2', 'Kingston 250GB NV2 M.2 NVMe SSD, M.2 2280, PCIe4', 39.99),
      fakeCard('a', 'mp33', 'Team 256GB MP33 M.2 NVMe Gen3 SSD, M.2 2280, PCIe3', 34.99),
    ];
    const { visitor, result } = await curateOn(cards, 'My laptop has a free M.2 slot for an NVMe drive, and 250GB or more is enough. Find the cheapest offer for a drive for it. If multiple offers share the lowest price, return all of them.');
    expect(visitor.searches).toContain('a:ssd:1');
    expect(urls(result)).toEqual(['http://a.test/product/mp33/']);
  });
});


describe('a port asked of a board whose title names no kind', () => {
  it('finds the one board with a parallel port by the port\'s name alone, when no page has it beside "motherboard"', async () => {
    const boards = [1, 2, 3, 4, 5].map((n) => fakeCard('a', `b${n}`, `Acme B650M-${n} Motherboard, AM5, Micro ATX, 4 DDR5, HDMI`, 100 + n));
    const legacy = fakeCard('a', 'j3355', 'Acme J3355B-ITX, Integrated Intel Dual-Core J3355, Mini ITX, DDR3 SODIMM, VGA, HDMI, Serial & Parallel Port', 75.99);
    const pages = Object.fromEntries(boards.map((c) => [c.url, page(c.url, c.name, 'A board for AM5 processors.')]));
    const { visitor, result } = await curateOn([...boards, legacy], 'My old label printer only has a parallel port. Find all offers for a motherboard that still has one, so I can keep using the printer.', pages);
    expect(visitor.searches.some((s) => s.startsWith('a:parallel:'))).toBe(true);
    expect(urls(result)).toEqual([legacy.url]);
  });
});

describe('a rare wish searched shop by shop', () => {
  it('searches a wish\'s word alone at a shop whose titles lack the kind\'s word, even where another shop\'s did not', async () => {
    const sites: FakeSite[] = [
      { ref: fakeShopRef('a'), cards: [fakeCard('a', 'bundle', 'Xbox Series S Console Play Pass Edition, White', 269.99), fakeCard('a', 'plain', 'Xbox Series S Console, White', 249.99)] },
      { ref: fakeShopRef('b'), cards: [fakeCard('b', 'pass', 'Xbox Series S + Play Pass Ultimate Bundle | White', 269.99)] },
    ];
    const visitor = new FakeSiteVisitorTestDouble(sites, {});
    const result = await curateShopping({ request: ask('Find the cheapest offer for a console that comes with a Play Pass subscription included.'), sites: sites.map((s) => s.ref), visitor });
    expect(urls(result)).toEqual([sites[0]!.cards[0]!.url, sites[1]!.cards[0]!.url].sort());
  });
});
