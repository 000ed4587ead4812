import { describe, expect, it } from 'vitest';
import type { ListingCard } from '../page/types';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { cardMatcher, chipsetSizeQuery, driveSize, fitsBesideQuoted, lineTierWish, makerItem, makerItems, makerWords, namesKindAsked, namesLine, namesTieredModel, sameTier, unknownKindItems } from './card-match';
import { classifyRequest } from './request-shape';

const card = (name: string): ListingCard => ({ url: `http://shop.test/${encodeURIComponent(name)}`, name, price: 100 });

describe('cardMatcher for a maker\'s described kind', () => {
  it('takes the maker and line words before the first kind or describing word, none when they are the whole subject', () => {
    expect(makerWords('Xbox gaming console')).toBe('Xbox');
    expect(makerWords('Fractal Design PC Gaming Cases')).toBe('Fractal Design');
    expect(makerWords('new Xbox gaming console')).toBe('Xbox');
    expect(makerWords('Corsair 3000D')).toBeUndefined();
    // A connector opens the subject but makes nothing.
    expect(makerWords('USB-C to Lightning cables')).toBeUndefined();
    expect(makerWords('Spire DisplayPort cable')).toBe('Spire');
    expect(makerWords('gaming console')).toBeUndefined();
    // A maker written in capitals is no standard's acronym; a standard opening the subject makes nothing.
    expect(makerWords('MSI motherboards')).toBe('MSI');
    expect(makerWords('ATX motherboards')).toBeUndefined();
    expect(makerWords('16GB registered ECC memory modules')).toBeUndefined();
    // A series before its number is no maker either.
    expect(makerWords('RTX 4070 graphics cards')).toBeUndefined();
  });

  it('requires the line a maker names up to the first standard after it, lighting kept as part of the line', () => {
    expect(makerItems(['Corsair Vengeance RGB DDR5 kit'], [])).toEqual([expect.objectContaining({ label: 'A Corsair Vengeance RGB', hard: true })]);
  });

  it('keeps a console found by the maker\'s name alone although its title omits the kind words, but not another kind', () => {
    const bundle = card('Microsoft Xbox Series S + Game Pass Ultimate Bundel | White');
    const pad = card('Microsoft Xbox Wireless Controller, Carbon Black');
    const found = { cards: [bundle, pad], foundBy: new Map([[bundle.url, 'Xbox'], [pad.url, 'Xbox']]) };
    const matches = cardMatcher('fit', ['Xbox gaming console'], found);
    expect(matches(bundle)).toBe(true);
    expect(matches(pad)).toBe(false);
  });

  it('keeps a maker\'s card found by the maker and a chip code although its title omits the kind words', () => {
    const gpu = card('Acme RTX4070 SUPER DUAL OC, 12GB DDR6X, HDMI, 3 DP, 2550MHz Clock');
    const found = { cards: [gpu], foundBy: new Map([[gpu.url, 'Acme RTX4070']]) };
    expect(cardMatcher('fit', ['Acme graphics cards'], found)(gpu)).toBe(true);
  });

  it('still wants the subject\'s words when the card was found by a query that dropped the line name', () => {
    const other = card('Bose QuietComfort 45 Noise-Canceling Wireless Over-Ear Headphones');
    const found = { cards: [other], foundBy: new Map([[other.url, 'Bose']]) };
    expect(cardMatcher('fit', ['Bose Quietcomfort Ultra Headphones'], found)(other)).toBe(false);
  });

  it('wants the named line in the title, whichever query found the card, though a shop may drop the maker', () => {
    const one = card('Microsoft Xbox One X 1TB Console - Black');
    const series = card('Microsoft Xbox Series X Gaming Console, 1TB, Black');
    const subject = 'black Microsoft Xbox One X console';
    const found = { cards: [one, series], foundBy: new Map([[one.url, subject], [series.url, subject]]) };
    const matches = cardMatcher('fit', [subject], found);
    expect([one, series].map(matches)).toEqual([true, false]);
    expect(namesLine('Xbox One X 1TB Console, White', 'Microsoft Xbox One X')).toBe(true);
    expect(namesLine('Pure Loop 2 FX 240mm Liquid Cooler', 'Be Quiet!')).toBe(false);
  });
});

describe('cardMatcher for a model named by one letter', () => {
  it('keeps the "Define C" titled so, not another Define whose title has "USB-C", though the search found both', () => {
    const c = card('Acme Keep C (Black Solid) Quiet Gaming Case, ATX, 2 Fans');
    const seven = card('Acme Keep 7 Nano (Black Solid) Gaming Case, Mini ITX, USB-C');
    const found = { cards: [c, seven], foundBy: new Map([[c.url, 'Acme Keep C'], [seven.url, 'Acme Keep C']]) };
    const matches = cardMatcher('fit', ['Acme Keep C'], found);
    expect(matches(c)).toBe(true);
    expect(matches(seven)).toBe(false);
  });
});

describe('makerItems: a figure is never a maker', () => {
  const makers = (request: string) => makerItems(classifyRequest(request).subjects, []).map((i) => i.label);

  it('reads the maker after a size, never "Made by 27"', () => {
    expect(makers('the cheapest 27 inch Samsung monitor')).toEqual(['Made by Samsung']);
    // The size beside the maker is required as what it is (a measure), never as the maker.
    expect(makers('a 27" Samsung monitor')).toEqual(['Made by Samsung', '27"']);
    expect(makers('a 27-inch 4K Samsung monitor')).toEqual(['Made by Samsung']);
    expect(makers('a 1440p Samsung monitor')).toEqual(['Made by Samsung']);
    expect(makers('Samsung 27 inch monitors')).toEqual(['Made by Samsung']);
    expect(makerWords('27 inch Samsung monitor')).toBe('Samsung');
  });

  it('adds no maker where only sizes open the subject', () => {
    expect(makers('a 27 inch monitor')).toEqual([]);
    expect(makers('a 4K monitor')).toEqual([]);
    expect(makerWords('27 Inch monitor')).toBeUndefined();
  });

  it('keeps a line\'s generation number, which names the model: a Meshify C is no Meshify 2', () => {
    expect(makers('the Fractal Design Meshify 2 case in White TG')).toEqual(['A Fractal Design Meshify 2']);
    expect(makerWords('Sony PlayStation 5 console')).toBe('Sony PlayStation 5');
    expect(makers('Samsung 2 TB SSDs')).toEqual(['Made by Samsung']);
  });

  it('requires the model a branded subject names, and ends a line at a two-word standard', () => {
    expect(makerItems(['Asus TUF Gaming GT502 case'], [{ kind: 'brand-is', id: 'brand=asus', label: 'Brand asus', brand: 'asus', hard: false, origin: 'request' }]).map((i) => i.label)).toEqual(['Model GT502']);
    expect(makers('Find all offers for MSI Micro ATX motherboards with an AM5 socket.')).toEqual(['Made by MSI', 'Micro ATX']);
  });

  it('requires a branded line named after the maker, and reads a maker in capitals ("AORUS motherboards")', () => {
    expect(makerItems(['Asus ROG Falchion NX keyboard'], [{ kind: 'brand-is', id: 'brand=asus', label: 'Brand asus', brand: 'asus', hard: false, origin: 'request' }]).map((i) => i.label)).toEqual(['An Asus ROG Falchion NX']);
    expect(makerWords('AORUS motherboards')).toBe('AORUS');
    expect(makerWords('AMOLED phones')).toBeUndefined();
  });

  it('lineTierWish: a tier or size word right after the line names another model, unless the request names it', () => {
    const wish = lineTierWish('Fractal Design Meshify C', 'Find all offers for the Fractal Design Meshify C case in the Dark TG version.')!;
    expect(wish.met('Fractal Design Meshify C (Dark TG) Gaming Case')).toBe(true);
    expect(wish.met('Fractal Design Meshify C Mini Dark TG Gaming Case')).toBe(false);
    expect(lineTierWish('Fractal Design Meshify C', 'the Meshify C Mini case')!.met('Fractal Design Meshify C Mini Dark TG Gaming Case')).toBe(true);
  });

  it('still requires a figure and a standard before the kind as what they are', () => {
    expect(makerItems(['32GB DDR4 memory kit'], []).map((i) => i.label)).toEqual(['32GB', 'DDR4']);
  });
});

describe('cardMatcher for a request about a quoted product', () => {
  const camera = 'Acme EOS Z50 Mirrorless Vlogging Camera (Body Only/Black), RF Mount, 24.2 MP';
  const caddy = 'Acme ED600 2.5" SATA Drive Caddy, USB 3.2 Gen1, USB Powered';

  it('keeps lenses for a quoted camera, not the camera\'s siblings sold with a lens', () => {
    expect(fitsBesideQuoted('Acme EOS Z5, RF 24-105mm f/4L IS USM', 'lenses', camera)).toBe(false);
    expect(fitsBesideQuoted('Acme EOS Z50 with RF-S 18-45mm', 'lenses', camera)).toBe(false);
    expect(fitsBesideQuoted('Acme RF-S 55-210 mm f / 5-7.1 IS Lentille STM', 'lenses', camera)).toBe(true);
    const kit = card('Acme EOS Z5, RF 24-105mm f/4L IS USM');
    const lens = card('Acme RF-S 55-210 mm f / 5-7.1 IS Lentille STM');
    const found = { cards: [kit, lens], foundBy: new Map([[kit.url, 'lens'], [lens.url, 'lens']]) };
    expect([kit, lens].filter(cardMatcher('compatible', ['lenses'], found, { quoted: camera }))).toEqual([lens]);
  });

  it('keeps drives that go inside a quoted caddy: its size, not an external drive in its own case', () => {
    expect(fitsBesideQuoted('Acme 2.5", 1TB, SATA3, Blue Mobile Hard Drive, 5400RPM', 'hard drives', caddy)).toBe(true);
    expect(fitsBesideQuoted('Acme 3.5", 2TB, SATA3, Purple Surveillance Hard Drive', 'hard drives', caddy)).toBe(false);
    expect(fitsBesideQuoted('Acme 1TB My Passport External Hard Drive, 2.5", USB 3.2', 'hard drives', caddy)).toBe(false);
    expect(driveSize(caddy)).toBe('2.5');
  });

  it('drops a card failing a wish its title decides, and knows which titles name the kind asked', () => {
    const pack = card('Acme 12cm ARGB Case Fans x3');
    const found = { cards: [pack], foundBy: new Map([[pack.url, 'ARGB case fan']]) };
    const single = { id: 'pack:1', label: 'One item', met: (title: string) => !/x3/.test(title) };
    expect(cardMatcher('fit', ['12cm ARGB case fan'], found)(pack)).toBe(true);
    expect(cardMatcher('fit', ['12cm ARGB case fan'], found, { wishes: [single] })(pack)).toBe(false);
    expect(namesKindAsked('Acme EOS Z50 with RF-S 18-45mm', ['network switch'])).toBe(false);
    expect(namesKindAsked('Acme 8-Port Gigabit Desktop Switch', ['network switch'])).toBe(true);
  });
});

describe('cardMatcher for an "X to Y" cable or adapter', () => {
  it('takes only titles that show both ends, whatever query found them', () => {
    const subject = 'USB-C to Lightning cables';
    const cards = [card('Sandberg USB-C to Lightning Cable, 1 Metre'), card('Fractal Design USB-C 10Gbps Cable for Fractal Cases, 1000 mm')];
    const found = { cards, foundBy: new Map(cards.map((c) => [c.url, 'USB-C'])) };
    expect(cards.filter(cardMatcher('fit', [subject], found)).map((c) => c.name)).toEqual(['Sandberg USB-C to Lightning Cable, 1 Metre']);
  });

  it('takes "USB-C to USB-C" as that plug at both ends, not any cable with one of it', () => {
    const cards = [card('Acme USB-C to USB-C Charging Cable, 1.5 Metre'), card('Acme USB-C to Lightning Cable, 2 Metres'), card('Acme USB-C Cable, 1 Metre')];
    const found = { cards, foundBy: new Map(cards.map((c) => [c.url, 'USB-C cable'])) };
    expect(cards.filter(cardMatcher('fit', ['USB-C to USB-C cable'], found)).map((c) => c.name)).toEqual(['Acme USB-C to USB-C Charging Cable, 1.5 Metre', 'Acme USB-C Cable, 1 Metre']);
  });

  it('keeps a quoted cable\'s ends for its substitutes: another kind of cable is no alternative', () => {
    const cards = [card('Spire USB-C to Lightning Cable, 2 Metres'), card('Spire DisplayPort Cable, Male to Male, 2 Metres')];
    const found = { cards, foundBy: new Map(cards.map((c) => [c.url, 'cable'])) };
    const match = cardMatcher('substitute', ['cable'], found, { quoted: 'Hama USB-C to Lightning Cable, 1.5 Metres, White' });
    expect(cards.filter(match).map((c) => c.name)).toEqual(['Spire USB-C to Lightning Cable, 2 Metres']);
  });

  it('takes a processor\'s substitute by its kind: a "Liquid CPU Cooler" names the word but is no CPU', () => {
    const cards = [card('Acme Core i7-10700 CPU, 1200, 8-Core'), card('Acme H55 RGB 120mm Liquid CPU Cooler')];
    const found = { cards, foundBy: new Map(cards.map((c) => [c.url, 'cpu'])) };
    const match = cardMatcher('substitute', ['cpu'], found, { quoted: 'Acme Core i7-10700F CPU, 1200, 8-Core, No Graphics' });
    expect(cards.filter(match).map((c) => c.name)).toEqual(['Acme Core i7-10700 CPU, 1200, 8-Core']);
  });
});

describe('unknownKindItems: a kind no rule knows is a whole word on the page', () => {
  it('fails a memory kit that a substring search found for "gizmo" ("gizmoland"), passes a widget searched for the same need', () => {
    const items = unknownKindItems(['travel gizmo', 'travel widget']);
    const status = (name: string, description: string) => verifyChecklist(items, product({ name, description }))[0]!.status;
    expect(status('Maker 32GB DDR4 SODIMM Kit', 'Fast memory for Gizmoland laptops.')).toBe('fail');
    expect(status('Maker Travel Widget, Black', 'A widget.')).toBe('pass');
  });

  it('adds nothing for a kind the rules know', () => {
    expect(unknownKindItems(['gaming headset', 'gaming headset'])).toEqual([]);
  });
});

describe('cardMatcher for accessories of a quoted device', () => {
  const watch = 'Acme Watch Series 8 GPS + Cellular 45mm Graphite Stainless Steel Case with Midnight Sport Band - Regular';

  it('takes a watch case found by the bare kind ("case") without the describing word ("protective")', () => {
    const cards = [card('Spigen Rugged Armor Pro Black Case Band Compatible With Acme Watch Series 8 / 7 (45mm/44mm) Case')];
    const found = { cards, foundBy: new Map(cards.map((c) => [c.url, 'case'])) };
    expect(cards.filter(cardMatcher('compatible', ['protective cases'], found, { quoted: watch }))).toHaveLength(1);
  });

  it('needs the device\'s name in an accessory\'s title: a PC case or a board\'s case is no watch case', () => {
    expect(fitsBesideQuoted('Vida Lucid Black ARGB Gaming Case w/ Glass Front, Micro ATX', 'protective cases', watch)).toBe(false);
    expect(fitsBesideQuoted('Maker Fanless Aluminium Case for Tinker Board 2, 91 x 67 x 45 mm', 'protective cases', watch)).toBe(false);
    expect(fitsBesideQuoted('Spigen Rugged Armor Pro Case Compatible With Acme Watch Series 8 (45mm)', 'protective cases', watch)).toBe(true);
  });
});

describe('fitsBesideQuoted: parts made for named products', () => {
  const tower = 'Maker Design Vista 2 (Black TG) Gaming Case w/ Clear Glass Window, ATX, 2 Fans, Mesh Front';

  it('keeps a cable made only for the quoted case\'s family, and drops one made only for another', () => {
    expect(fitsBesideQuoted('Maker USB-C 10Gbps Model D Cable for Maker Pop & Vista 2 Cases Only, 650mm', 'cables', tower)).toBe(true);
    expect(fitsBesideQuoted('Maker USB-C 10Gbps Model E Cable for Maker Meshify Lite Cases Only, 1000mm', 'cables', tower)).toBe(false);
  });
});


describe('cardMatcher reads "drives" and sockets as shoppers mean them', () => {
  it('keeps an "External SSD" found for "external drives" on a shop whose other titles say "Hard Drive"', () => {
    const ssd = card('Acme XS9 1TB Pocket Size External SSD, USB-C, IP55 Water & Dust Resistant');
    const hdds = ['Acme 1TB Slim External Hard Drive, USB 3.2', 'Acme 4TB Portable External Hard Drive, USB 3.0'].map(card);
    const dvd = card('Acme ZenDisc External Ultra-Slim DVD Writer, USB-C');
    const found = { cards: [ssd, ...hdds, dvd], foundBy: new Map([ssd, ...hdds, dvd].map((c) => [c.url, 'external drive'])) };
    const matches = cardMatcher('fit', ['external drives'], found);
    expect([ssd, ...hdds].every(matches)).toBe(true);
    expect(matches(dvd)).toBe(false);
    expect(namesKindAsked(ssd.name, ['external drives'])).toBe(true);
    expect(unknownKindItems(['external drives'])).toEqual([]);
  });

  it('keeps a board titled with the bare socket number for "LGA1700 motherboards"', () => {
    const board = card('Acme 1700 Z790 TITAN X E-ATX');
    const found = { cards: [board], foundBy: new Map([[board.url, '1700']]) };
    expect(cardMatcher('fit', ['LGA1700 motherboards'], found)(board)).toBe(true);
    expect(namesLine('Acme Z790 FORGE, Intel Z790, 1700, ATX', 'LGA1700')).toBe(true);
    expect(namesLine('Acme H510M, Intel H510, 1200, Micro ATX', 'LGA1700')).toBe(false);
  });
});

describe('a board size in the subject', () => {
  it('is left to the checklist, so a shop that titles its Micro ATX boards "B760M ... M-ATX" is not turned down for lacking "Micro"', () => {
    const cards = [card('Maker B660M PRO, Intel B660, 1700, Micro ATX, 4 DDR4'), card('Maker 1700 B760M GAMING X DDR4 M-ATX'), card('Maker Z790 PRO, 1700, Micro ATX, DDR5')];
    const found = { cards, foundBy: new Map(cards.map((c) => [c.url, 'Micro ATX motherboard'])) };
    const matches = cardMatcher('compatible', ['Micro ATX motherboards'], found, { quoted: 'Intel Core i3-12100 CPU, 1700, 3.3 GHz, Quad Core' });
    expect(matches(cards[1]!)).toBe(true);
  });
});

describe('unknownKindItems: a generic word', () => {
  it('asks no page to say "something" or "device"', () => {
    expect(unknownKindItems(['something'])).toEqual([]);
    expect(unknownKindItems(['device'])).toEqual([]);
  });
});

describe('cardMatcher for all offers of a model with a tier', () => {
  const offers = (subject: string, titles: string[]) => titles.map(card).filter(cardMatcher('offers', [subject], { cards: titles.map(card), foundBy: new Map() })).map((c) => c.name);

  it('takes the "RTX4070 SUPER OC" for an "RTX 4070 SUPER", not the "RTX4070 Ti SUPER" or the "RTX4070 Ti", which are other chips', () => {
    const titles = ['Acme ProArt RTX4070 SUPER OC, 12GB DDR6X, HDMI', 'Acme ProArt RTX4070 Ti SUPER OC, 16GB DDR6X, HDMI', 'Acme ProArt RTX4070 Ti, PCIe4, 12GB DDR6X'];
    expect(offers('Acme ProArt GeForce RTX 4070 SUPER graphics card', titles)).toEqual([titles[0]]);
  });

  it('reads a tier only right after the model number, and passes a title that does not carry that number', () => {
    expect(sameTier('Acme Galaxy S24 Ultra 5G, 256GB', 'Acme Galaxy S24')).toBe(false);
    expect(sameTier('Acme Galaxy S24 5G, 256GB, Pro Grade Camera', 'Acme Galaxy S24')).toBe(true);
    expect(sameTier('Acme ProArt Graphics Card, 12GB', 'Acme ProArt RTX 4070 SUPER')).toBe(true);
  });
});

describe('namesTieredModel: a title names a model with exactly its tier words', () => {
  it('tells the RTX 4070 Ti SUPER from the RTX 4070 Ti however the title spaces it', () => {
    expect(namesTieredModel('Acme RTX4070 Ti SUPER OC, 16GB', 'RTX 4070 Ti SUPER')).toBe(true);
    expect(namesTieredModel('Acme RTX 4070 Ti SUPER, 16GB', 'RTX 4070 Ti SUPER')).toBe(true);
    expect(namesTieredModel('Acme RTX4070 Ti OC, 12GB', 'RTX 4070 Ti SUPER')).toBe(false);
    expect(namesTieredModel('Acme RTX4080 SUPER, 16GB', 'RTX 4070 Ti SUPER')).toBe(false);
  });
});

describe('makerWords ends at a figure; a card is taken by any query that found it', () => {
  it('keeps a feature after the size out of the line ("Prisma AL-14 14cm ARGB fans" is made by Fractal Design Prisma AL-14)', () => {
    expect(makerWords('Fractal Design Prisma AL-14 14cm ARGB fans')).toBe('Fractal Design Prisma AL-14');
    expect(makerWords('Corsair Vengeance RGB DDR5 kit')).toBe('Corsair Vengeance RGB');
  });

  it('takes a card a later query asked for, though the first query that found it (in its description) reads it as another kind', () => {
    const boreas = card('Vida Boreas Black ARGB Heatsink & Fan, Intel/AMD, 2000RPM Hydraulic Fan');
    const aquilo = card('Vida Aquilo 240mm ARGB Liquid CPU Cooler, 2x ARGB PWM Fans');
    const firstOnly = { cards: [boreas, aquilo], foundBy: new Map([[boreas.url, 'Vida ARGB air CPU cooler'], [aquilo.url, 'Vida aio']]) };
    expect(cardMatcher('fit', ['ARGB air CPU cooler'], firstOnly)(boreas)).toBe(false);
    const alsoLater = { ...firstOnly, alsoFoundBy: new Map([[boreas.url, ['Vida heatsink']]]) };
    expect(cardMatcher('fit', ['ARGB air CPU cooler'], alsoLater)(boreas)).toBe(true);
  });
});

describe('sameTier: a board size after the model is no tier', () => {
  it('takes "MTX-008B Mini ITX Slimline Desktop Case" as the MTX-008B slimline desktop case, "mini" being the board size', () => {
    expect(sameTier('CiT MTX-008B Mini ITX Slimline Desktop Case, 300W TFX Bronze, 8cm Fan', 'CiT MTX-008B slimline desktop case')).toBe(true);
    expect(sameTier('Acme X500 Mini Gaming Case, Micro ATX', 'Acme X500 case')).toBe(false);
  });
});

describe('makerWords and namesLine: names in camel case, model pairs, generation numbers (blind23)', () => {
  it('keeps a camel-case word and a series with its number in the line', () => {
    expect(makerWords('Corsair iCUE LINK 3500X RGB case')).toBe('Corsair iCUE LINK 3500X RGB');
    expect(makerWords('Palit RTX 3050 cards')).toBe('Palit RTX 3050');
  });

  it('reads a line\'s generation number right after its name, and a spaced model as titles join it', () => {
    expect(namesLine('Maker Design Focus 2 (Black TG) Gaming Case, ATX, 2 Fans', 'Maker Design Focus 2')).toBe(true);
    expect(namesLine('Maker Design Focus G (Black) Gaming Case, ATX, 2 White LED Fans', 'Maker Design Focus 2')).toBe(false);
    expect(namesLine('Palit RTX3050 DUAL V2, PCIe4, 8GB DDR6', 'Palit RTX 3050')).toBe(true);
    expect(namesLine('Maker ROG Ryujin III 360 ARGB 360mm Liquid CPU Cooler', 'Maker ROG Ryujin III')).toBe(true);
  });
});

describe('cardMatcher: a slot standard is no one-letter model', () => {
  it('keeps a "Fury Renegade M.2" drive titled with its capacity between maker and line', () => {
    const drive = card('Acme 500GB Fury Renegade M.2 NVMe SSD, M.2 2280, PCIe4');
    const found = { cards: [drive], foundBy: new Map([[drive.url, 'Acme Fury Renegade']]) };
    expect(cardMatcher('fit', ['500GB Acme Fury Renegade M.2 SSD'], found)(drive)).toBe(true);
  });
});

describe('cardMatcher: a chip line titles leave out', () => {
  it('keeps a "Palit RTX4070 SUPER DUAL OC" for "the Palit GeForce RTX 4070 SUPER DUAL OC", whichever query found it', () => {
    const oc = card('Acme RTX4070 SUPER DUAL OC, 12GB DDR6X, HDMI, 3 DP, 2550MHz Clock, Overclocked');
    for (const query of ['Acme GeForce RTX 4070 SUPER DUAL OC', 'Acme RTX 4070 SUPER DUAL']) {
      const found = { cards: [oc], foundBy: new Map([[oc.url, query]]) };
      expect(cardMatcher('fit', ['Acme GeForce RTX 4070 SUPER DUAL OC'], found)(oc), query).toBe(true);
    }
  });
});

describe('makerItems: a processor maker before a board\'s socket', () => {
  it('reads "Intel socket 1700 motherboards" as the Intel platform, which "MSI 1700 MAG B760M" boards meet', () => {
    const [item] = makerItems(['Intel socket 1700 motherboard'], []);
    expect(item!.label).not.toMatch(/Made by/);
    expect(verifyChecklist([item!], product({ name: 'MSI 1700 MAG B760M MORTAR WIFI II', description: 'A board.' }))[0]!.status).toBe('pass');
    expect(makerItems(['Asrock AM5 motherboard'], [])[0]!.label).toBe('Made by Asrock');
  });
});

describe('makerItems: standards and figures beside a maker', () => {
  it('requires the "SATA" and "40cm" of "40cm Acme SATA cable" besides the maker', () => {
    expect(makerItems(['40cm Acme SATA cable'], []).map((i) => i.label)).toEqual(['Made by Acme', '40cm', 'SATA']);
  });
});

describe('makerItem: a line named with a spaced model', () => {
  it('meets "Acme RTX 4070 SUPER" on a title that writes it joined, and drops a comma after the name', () => {
    const item = makerItem('Acme RTX 4070 SUPER');
    expect(verifyChecklist([item], product({ name: 'Acme RTX4070 SUPER DUAL OC, 12GB DDR6X', description: 'A card.' }))[0]!.status).toBe('pass');
    expect(makerItem('Acme H370M-HDV,').label).toBe('An Acme H370M-HDV');
  });
});

describe('a maker\'s own brand (session 23)', () => {
  it('takes a board titled by Gigabyte\'s AORUS brand alone for a Gigabyte board, found by either name', () => {
    const aorus = card('AORUS 1700 B760 AORUS MASTER DDR4');
    const other = card('Acme 1700 B760 PRO DDR4');
    const found = { cards: [aorus, other], foundBy: new Map([[aorus.url, 'AORUS B760'], [other.url, 'Gigabyte B760']]) };
    const matches = cardMatcher('fit', ['Gigabyte ATX board'], found);
    expect(matches(aorus)).toBe(true);
    expect(matches(other)).toBe(false);
    expect(verifyChecklist([makerItem('Gigabyte')], product({ name: 'AORUS 1700 B760 AORUS MASTER DDR4' }))[0]!.status).toBe('pass');
  });
});

describe('a chipset named as the kind of board wanted (session 27)', () => {
  const sized = card('Maker AM5 PRO B650M-P M-ATX');
  const other = card('Maker B650 AORUS ELITE AX, AMD B650, AM5, ATX');
  const found = { cards: [sized, other], foundBy: new Map([[sized.url, 'B650M'], [other.url, 'B650M']]) };

  it('takes the chipset\'s boards of every size ("B650M-P" is a B650 board), with the chipset required rather than read as a maker', () => {
    expect(cardMatcher('fit', ['B650 Micro ATX motherboard'], found)(sized)).toBe(true);
    expect(makerWords('B650 Micro ATX motherboard')).toBeUndefined();
    expect(makerItems(['B650 Micro ATX motherboard'], []).map((i) => i.id)).toEqual(['present:b650']);
    expect(chipsetSizeQuery('B650 Micro ATX motherboard')).toBe('B650M');
  });

  it('still tells a named board from its Micro ATX sibling', () => {
    const named = card('Maker B650M AORUS ELITE AX, AMD B650, AM5, Micro ATX');
    expect(cardMatcher('fit', ['Maker B650 AORUS ELITE AX'], { cards: [named], foundBy: new Map([[named.url, 'Maker B650 AORUS ELITE AX']]) })(named)).toBe(false);
  });
});

describe('makerItems: a model number written apart (session 28)', () => {
  it('requires "RTX 4070" of "Asus TUF Gaming RTX 4070 Ti OC" beside the brand, so other Asus TUF products are out', () => {
    const brand = [{ kind: 'brand-is', id: 'brand=Asus', label: 'Brand Asus', brand: 'Asus', hard: true, origin: 'request' }] as const;
    const items = makerItems(['Asus TUF Gaming RTX 4070 Ti OC'], [...brand]);
    expect(items.map((i) => i.label)).toEqual(['Model RTX 4070']);
    const status = (name: string) => verifyChecklist(items, product({ name, description: 'A product.' }))[0]!.status;
    expect(status('Asus TUF GAMING RTX4070 Ti OC, PCIe4, 12GB DDR6X, 2 HDMI')).toBe('pass');
    expect(status('Asus TUF GAMING A620M-PLUS, AMD A620, AM5, Micro ATX, 4 DDR5, HDMI')).toBe('fail');
  });
});

describe('fitsBesideQuoted: a drive for a caddy (session 36)', () => {
  const caddy = 'Acme ED600 2.5" SATA Drive Caddy, USB 3.2 Gen1, USB Powered';
  it('takes a 2.5" SATA drive, but no M.2 NVMe drive and no external one, though the caddy\'s title says "Drive"', () => {
    expect(fitsBesideQuoted('Zeta 512GB SA500 SSD, 2.5", SATA3, R/W 520/450 MB/s', 'Zeta drives', caddy)).toBe(true);
    expect(fitsBesideQuoted('Zeta 500GB NV3000 M.2 NVMe SSD, M.2 2280, PCIe3', 'Zeta drives', caddy)).toBe(false);
    expect(fitsBesideQuoted('Zeta Slim 1TB M.2 External SSD, USB 3.2 Gen2 Type-C', 'Zeta drives', caddy)).toBe(false);
  });
});
