import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from './fake-visitor.test-double';
import { isKindOnly, kindModifierItems, lineQueries, sellsKind, subjectKind, titleKinds, withKindWord, withOtherSpecWords, withoutImpliedWords } from './product-kind';
import { planQueries } from './query-plan';
import { classifyRequest } from './request-shape';
import { curateShopping } from './shopping';

describe('titleKinds: what a listing sells is the head noun of its name', () => {
  it('reads a prebuilt PC that names its case as a PC, not a case', () => {
    expect(titleKinds('Acme MATX Tower PC, Maker Core 1100 Case, 16GB 3200MHz, 1TB SSD')).toEqual(['pc']);
    expect(sellsKind('Acme MATX Tower PC, Maker Core 1100 Case, 16GB 3200MHz', 'pc case')).toBe(false);
    expect(sellsKind('Maker Pure 500 Gaming Case with Window, ATX, 2 x Fans', 'pc case')).toBe(true);
    // A title naming only the device it is made for sells something for that device.
    expect(sellsKind('Maker Rugged Armor Pro for Apple Watch 44mm Series 4-6', 'smartwatch')).toBe(false);
    expect(sellsKind('Maker Rugged Armor Pro for Apple Watch 44mm Series 4-6', 'case')).toBe(true);
  });

  it('does not take a negated mention for the product ("No RAM")', () => {
    expect(sellsKind('Acme Mini PC Barebone (X1), i3, DDR5 SO-DIMM - No RAM, Storage or O/S', 'ram')).toBe(false);
    expect(titleKinds('Acme Barebone Kit - RAM not included')).toEqual(['pc']);
    expect(titleKinds('Acme Z1 Memory w/o Heatsink, 16GB, DDR5')).toEqual(['memory']);
    expect(titleKinds('Acme Q5 Kit w/o RAM, 2 x SO-DIMM slots')).toEqual([]);
    expect(titleKinds('Acme Q6 Kit RAM not included')).toEqual([]);
  });

  it('reads the kind from a later segment when the name is a bare model, and a compound head last', () => {
    expect(titleKinds('Acme Premier 8B, DDR5, 4800MHz, CL40, SODIMM Memory')).toEqual(['memory']);
    expect(sellsKind('Acme Premier 8B, DDR5, 4800MHz, CL40, SODIMM Memory', 'ram')).toBe(true);
    expect(titleKinds('Acme P12 12cm PWM Case Fan, White')).toEqual(['fan']);
    expect(sellsKind('Acme External M.2 NVMe SSD Enclosure, USB-C', 'ssd')).toBe(false);
  });

  it('reads a kind from specs only one kind has when the title names none, and plural part codes as kinds', () => {
    expect(titleKinds('Maker AM5 PRO B650M-B M-ATX')).toEqual(['motherboard']);
    expect(titleKinds('Maker A620M-HDV/M.2, AMD A620, AM5, Micro ATX, 2 DDR5')).toEqual(['motherboard']);
    expect(titleKinds('Maker PULSE RX550, 4GB DDR5, DVI, HDMI')).toEqual(['gpu']);
    expect(titleKinds('AMD Ryzen 7 7700X, without cooler (AM5)')).toEqual(['cpu']);
    expect(titleKinds('Maker Q1 Bundle | White')).toEqual([]);
    expect(sellsKind('Maker AM5 PRO B650M-B M-ATX', 'CPUs')).toBe(false);
    expect(sellsKind('AMD Ryzen 7 7700X, without cooler (AM5)', 'CPUs')).toBe(true);
  });

  it('reads compound and accessory heads as their own kind', () => {
    expect(sellsKind('Acme 128GB microSD Memory Card, Class 10', 'ram')).toBe(false);
    expect(sellsKind('Acme Single Monitor Arm, VESA 75/100', 'monitor')).toBe(false);
    expect(sellsKind('Acme 650W Power Supply, 80+ Bronze', 'power supply')).toBe(true);
  });

  it('counts both kinds of a bundle joined by "and", and leaves a title naming no kind to the search', () => {
    expect(sellsKind('Acme U2000 Wired Keyboard and Mouse Desktop Kit, USB', 'keyboard')).toBe(true);
    expect(sellsKind('Acme B650M PRO, AMD B650, AM5, Micro ATX', 'motherboard')).toBe(true);
  });
});

describe('titleKinds: the asked kind must be the head kind of the title', () => {
  it('tells a network switch from a drive caddy with a "one-key switch", and a switch sold for the desktop from a desktop PC', () => {
    expect(subjectKind('8-port gigabit network switch')).toBe('switch');
    expect(sellsKind('Acme ED600 2.5" SATA Drive Caddy, USB 3.2 Gen1, USB Powered', '8-port gigabit network switch')).toBe(false);
    expect(titleKinds('Acme (LS1008G) 8-Port Gigabit Unmanaged Desktop LiteWave Switch, Plastic Case')).toEqual(['switch']);
    expect(titleKinds('Nintendo Switch OLED, White')).toEqual(['console']);
  });

  it('reads an in-ear earset with an inline microphone as an earset, not a microphone; a clip-on microphone as one', () => {
    expect(sellsKind('Acme Kooky In-Ear Earset, 3.5mm Jack, Inline Microphone, Answer Button', 'small microphone')).toBe(false);
    expect(sellsKind('Acme Clip-On Microphone, 3.5mm Jack, 2 Metre Cable', 'small microphone')).toBe(true);
  });

  it('reads cameras and lenses as kinds of their own', () => {
    expect(titleKinds('Acme EOS Z50 Mirrorless Vlogging Camera (Body Only/Black), RF Mount')).toEqual(['camera']);
    expect(sellsKind('Acme EOS Z50 Mirrorless Vlogging Camera (Body Only/Black)', 'lenses')).toBe(false);
    expect(subjectKind('lenses')).toBe('lens');
  });

  it('reads a mechanical hard drive as an HDD, never an SSD, and a drive named in a later segment as its head', () => {
    expect(subjectKind('mechanical hard drives')).toBe('hdd');
    expect(withoutImpliedWords('mechanical hard drives')).toBe('hard drives');
    expect(sellsKind('Acme MX500 1TB 2.5" SATA SSD', 'mechanical hard drives')).toBe(false);
    expect(titleKinds('Acme 2.5", 1TB, SATA3, Blue Mobile Hard Drive, 5400RPM, 7mm')).toEqual(['hdd']);
  });

  it('searches "all-in-one liquid CPU coolers" as liquid CPU coolers, which shops title without "AIO", and still turns down a water block', () => {
    expect(withoutImpliedWords('all-in-one liquid CPU coolers')).toBe('liquid CPU coolers');
    expect(withoutImpliedWords('AIO water coolers')).toBe('water coolers');
    expect(withoutImpliedWords('all-in-one printers')).toBe('all-in-one printers');
    expect(sellsKind('Acme ROG Ryujin III WB CPU Water Block, Full-Colour 3.5" LCD Customisable Screen', 'liquid CPU coolers')).toBe(false);
  });

  it('does not take the last part of a negated list for the product ("No Heatsink/Fan")', () => {
    expect(titleKinds('AMD Ryzen Threadripper Pro 5975WX, WRX8, 32-Core, 280W, No Graphics - No Heatsink/Fan')).toEqual(['cpu']);
  });
});

describe('kind-only requests', () => {
  it('reads a bare kind of product as a best-fit request, a named model as all its offers', () => {
    expect(classifyRequest('a motherboard').mode).toBe('fit');
    expect(classifyRequest('a phone').mode).toBe('fit');
    expect(classifyRequest('a long hdmi cable').mode).toBe('fit');
    expect(classifyRequest('AMD Ryzen 9 5900X').mode).toBe('offers');
    expect(isKindOnly('Corsair Vengeance Gaming Case')).toBe(false);
    expect(isKindOnly('Logitech mouse')).toBe(false);
    expect(classifyRequest('Motherboard').mode).toBe('fit');
  });

  it('searches the usual shop word for a kind as well, and relaxes by dropping describing words, never the noun', () => {
    expect(withKindWord('ram')).toBe('memory');
    expect(withKindWord('a phone'.replace('a ', ''))).toBe('smartphone');
    expect(withKindWord('memory')).toBeUndefined();
    // British shops title a USB flash drive a "Memory Pen".
    expect(withKindWord('USB flash drive')).toBe('memory pen');
    expect(planQueries('long hdmi cable')).toEqual(['long hdmi cable', 'hdmi cable', 'cable']);
    expect(planQueries('Hama High Speed HDMI Cable')[1]).toBe('Hama High Speed HDMI');
  });

  it('turns the describing words into soft wishes', () => {
    expect(kindModifierItems('gaming headset').map((i) => [i.kind, i.id, i.hard])).toEqual([['attribute-present', 'present:gaming', false]]);
    expect(kindModifierItems('pc case')).toEqual([]);
    expect(kindModifierItems('DDR4 memory kit made').map((i) => i.label)).not.toContain('made');
  });

  it('checks the spec words of a kind (a count with its noun, an acronym, "gigabit"), and ranks by the describing ones', () => {
    expect(kindModifierItems('8-port gigabit network switch').map((i) => [i.label, i.hard])).toEqual([['8 port', true], ['gigabit', true], ['network', false]]);
    expect(kindModifierItems('12cm ARGB case fan').map((i) => [i.label, i.hard])).toEqual([['12 cm', true], ['argb', true]]);
    expect(kindModifierItems('mini PC')[0]).toMatchObject({ hard: true, anyOf: expect.arrayContaining(['tiny', 'SFF']) });
    expect(kindModifierItems('long hdmi cable').map((i) => i.hard)).toEqual([false, false]);
  });

  it('makes a size in the kind a hard measure and leaves it out of the searches, which shops write as 27"', () => {
    expect(kindModifierItems('27 inch gaming monitors').map((i) => [i.kind, i.hard])).toEqual([['measure', true], ['attribute-present', false]]);
    expect(kindModifierItems('27 inch gaming monitors')[0]).toMatchObject({ unit: 'in', op: '=', value: 27 });
    expect(planQueries('27 inch gaming monitors')).toEqual(['gaming monitor', 'monitor']);
  });
});

describe('titleKinds: kinds shops name with two words or other words', () => {
  it('reads a "Memory Pen" or a USB stick as a flash drive, never as RAM', () => {
    expect(titleKinds('Acme 64GB USB 3.2 Gen1 Memory Pen, Traveller K1, Metal Capless Design')).toEqual(['flashdrive']);
    expect(sellsKind('Acme 128GB USB 3.2 Type-C Memory Pen, Traveller 70', 'USB flash drive')).toBe(true);
    expect(sellsKind('Acme 128GB USB 3.2 Type-C Memory Pen, Traveller 70', 'ram')).toBe(false);
    expect(subjectKind('usb stick')).toBe('flashdrive');
  });

  it('reads an access point as one kind, and a radio band or a mounting place as no strap or mount', () => {
    expect(titleKinds('Acme (AP245) AC1750 Dual Band Wireless Ceiling Mount Access Point, PoE, GB LAN')).toEqual(['accesspoint']);
    expect(titleKinds('Acme AX3000 Wall Plate Wi-Fi 6 Access Point, Dual Band, PoE')).toEqual(['accesspoint']);
    expect(subjectKind('ceiling-mount wireless access point')).toBe('accesspoint');
    expect(sellsKind('Acme (AP245) AC1750 Dual Band Wireless Ceiling Mount Access Point, PoE', 'ceiling-mount wireless access point')).toBe(true);
    expect(kindModifierItems('ceiling-mount wireless access point').map((i) => i.label)).not.toContain('point');
  });

  it('reads a converter cable as an adapter as well as a cable, and a converter dongle as an adapter', () => {
    expect(titleKinds('Acme DisplayPort Male to HDMI Female Converter Cable, Black')).toEqual(['cable', 'adapter']);
    expect(sellsKind('Acme DisplayPort Male to HDMI Female Converter Cable, Black', 'DisplayPort to HDMI adapter')).toBe(true);
    expect(sellsKind('Acme DisplayPort Male to VGA Female Converter Cable, 15cm', 'DisplayPort to VGA converter cables')).toBe(true);
    expect(titleKinds('Acme DVI-D Male to HDMI Female Converter Dongle')).toEqual(['adapter']);
    expect(titleKinds('Acme HDMI Cable, 2 Metres, Gold Plated')).toEqual(['cable']);
  });

  it('counts a kind the title restates as its last word, not a device it is made for', () => {
    expect(titleKinds('Acme Rugged Pro Black Case Band Compatible With Apple Watch Series 8 / 7 (45mm/44mm) Case')).toEqual(['strap', 'case']);
    expect(titleKinds('Acme Leather Watch Strap for Apple Watch')).toEqual(['strap']);
    expect(titleKinds('Acme (LS1008G) 8-Port Gigabit Unmanaged Desktop Switch, Plastic Case')).toEqual(['switch']);
  });

  it('reads a laptop PSU as a laptop charger, searched as a laptop power supply, and a phone charger as none', () => {
    expect(titleKinds('Acme Universal 90W Laptop PSU, 15-20V, 12 Adapters')).toEqual(['charger']);
    expect(withKindWord('laptop charger')).toBe('laptop power supply');
    const made = kindModifierItems('laptop charger');
    expect(made).toMatchObject([{ kind: 'attribute-present', text: 'laptop', hard: true, anyOf: expect.arrayContaining(['notebook']) }]);
    expect(kindModifierItems('usb charger').every((i) => !i.hard)).toBe(true);
  });

  it('reads a console skin as a wrap or decal, searched by "wrap", and a memory kit as no skin', () => {
    expect(subjectKind('decorative skin')).toBe('skin');
    expect(withKindWord('decorative skin')).toBe('decorative wrap');
    expect(sellsKind('Acme 32GB Kit (2 x 16GB), DDR4, 3200MHz, SODIMM Memory', 'decorative skin')).toBe(false);
    expect(sellsKind('Gamebox One - Ebb and Flow (Vinyl Wrap for Gamebox One) Gamebox One', 'decorative skin')).toBe(true);
    expect(sellsKind('Gamebox One - Ebb and Flow (Vinyl Wrap for Gamebox One) Gamebox One', 'console')).toBe(false);
  });
});

describe('isKindOnly: connector names are no maker or model', () => {
  it('reads "DisplayPort to HDMI adapter" and "USB-C to Lightning cables" as kinds whose connectors are specs', () => {
    expect(isKindOnly('DisplayPort to HDMI adapter')).toBe(true);
    expect(isKindOnly('USB-C to Lightning cables')).toBe(true);
    expect(isKindOnly('Sandberg DisplayPort cable')).toBe(false);
    expect(kindModifierItems('DisplayPort to HDMI adapter').map((i) => [i.label, i.hard])).toEqual([['displayport', true], ['hdmi', true]]);
    expect(kindModifierItems('USB-C to Lightning cables').filter((i) => i.hard).map((i) => i.label)).toEqual(['usb', 'lightning']);
  });
});

describe('titleKinds: consoles and other devices titled by their line', () => {
  it('reads a console whose title states its storage as a console, not an SSD or a CPU', () => {
    expect(titleKinds('Microsoft Xbox Series S 512 GB SSD Gaming Console Starter Bundle white')).toEqual(['console']);
    expect(titleKinds('Microsoft Xbox Series S - Starter Bundle, Xbox Series S, 10240 MB, GDDR6, AMD Ryzen Zen 2')).toEqual(['console']);
    expect(titleKinds('Microsoft Xbox Series S + Game Pass Ultimate Bundle | White')).toEqual(['console']);
  });

  it('leaves a product made for a device to its own kind ("Vinyl Wrap for Xbox One", "PS5 Compatible" SSD)', () => {
    expect(titleKinds('Xbox One - Ebb and Flow (Vinyl Wrap for Xbox One) Xbox One')).toEqual(['skin']);
    expect(sellsKind('Xbox One - Ebb and Flow (Vinyl Wrap for Xbox One) Xbox One', 'console')).toBe(false);
    expect(titleKinds('Acme 500GB Fury M.2 NVMe SSD, PCIe4, PS5 Compatible')).toEqual(['ssd']);
  });
});

describe('titleKinds: kinds that are no other kind\'s part', () => {
  it('reads a DVD writer, thermal paste and a capture box as kinds of their own, so a flash drive request rejects the writer', () => {
    expect(titleKinds('Acme (SDRW-08) ZenDrive U8M External Ultra-Slim 8X DVD Writer, USB Type-C')).toEqual(['opticaldrive']);
    expect(sellsKind('Acme (SDRW-08) ZenDrive U8M External Ultra-Slim 8X DVD Writer, USB Type-C', 'USB flash drive')).toBe(false);
    expect(titleKinds('Acme AK-455 Heat Paste, 0.87ml (1.5g) with Syringe')).toEqual(['paste']);
    expect(subjectKind('thermal compound')).toBe('paste');
    expect(titleKinds('Acme CU4K30 Gaming USB-C Capture Box - 4K30 Video w/ Near-Zero Latency')).toEqual(['capture']);
  });

  it('reads a kind before a starred note, and a GT graphics chip as a graphics card', () => {
    expect(titleKinds('Acme 8GB, DDR3L, 1600MHz (PC3-12800), CL11, SODIMM Memory *Low Voltage 1.35V*')).toEqual(['memory']);
    expect(titleKinds('Maker GT1030, 2GB DDR4, PCIe3, DVI, HDMI, Low Profile (No Bracket)')).toEqual(['gpu']);
  });
});

describe('titleKinds: one kind under the names shops and shoppers give it', () => {
  it('reads a "Heatsink & Fan" as the CPU cooler it is, not a fan, however the "and" is written', () => {
    expect(titleKinds('Maker Q115 Twin Tower Heatsink & Fan, Intel/AMD, 2x 14cm PWM Fans, 270W TDP')).toEqual(['cooler']);
    expect(sellsKind('Maker BK9 Pure Slab LP Heatsink &amp; Fan, Intel & AMD Sockets, 92mm PWM Fan', 'CPU cooler')).toBe(true);
    expect(sellsKind('Maker Q7 Ultra Quiet Heatsink and Fan, Intel 1200, 73W TDP', 'CPU air cooler')).toBe(true);
    expect(sellsKind('Maker Q115 Twin Tower Heatsink & Fan, 2x 14cm PWM Fans', 'case fan')).toBe(false);
    // A barebone without one still lacks it.
    expect(titleKinds('Maker Mini PC Kit - No Heatsink/Fan, RAM or Storage')).toEqual(['pc']);
  });

  it('reads a spelled-out "Solid State Drive" as an SSD, and a "Fan Extension Cable" as a cable, not a fan', () => {
    expect(titleKinds('Maker 1TB 2.5" Solid State Drive, SATA III')).toEqual(['ssd']);
    expect(subjectKind('solid state drive')).toBe('ssd');
    expect(titleKinds('Maker PWM Fan Extension Cable, 30cm')).toEqual(['cable']);
    expect(sellsKind('Maker PWM Fan Extension Cable, 30cm', 'fan extension cable')).toBe(true);
    expect(sellsKind('Maker PWM Fan Extension Cable, 30cm', 'case fan')).toBe(false);
  });
});

describe('isKindOnly: every connector of the connector table is no maker or model', () => {
  it('reads "Micro USB cable" and "RJ45 cable" as kinds whose connector is a spec every pick states', () => {
    expect(isKindOnly('Micro USB cable')).toBe(true);
    expect(kindModifierItems('Micro USB cable').map((i) => [i.label, i.hard])).toEqual([['micro', true], ['usb', true]]);
    expect(isKindOnly('RJ45 cable')).toBe(true);
    expect(isKindOnly('Mini DP to HDMI adapter')).toBe(true);
    expect(isKindOnly('Hama Micro USB cable')).toBe(false);
  });
});

describe('a "drive" is any storage drive: hard, solid-state or flash', () => {
  const ssd = 'Acme XS9 1TB Pocket Size External SSD, USB 3.2 Gen2x2 Type-C, IP55 Water & Dust Resistant';
  const hdd = 'Acme 2TB Rugged External Hard Drive, 2.5", USB 3.1, IP68 Water/Dust Proof';
  it('takes external SSDs and hard drives for "external drives", and no DVD writer or drive caddy', () => {
    expect(sellsKind(ssd, 'external drives')).toBe(true);
    expect(sellsKind(hdd, 'external drives')).toBe(true);
    expect(sellsKind('Acme 64GB USB 3.2 Flash Drive, Capless', 'drives')).toBe(true);
    expect(sellsKind('Acme ZenDisc External Ultra-Slim 8X DVD Writer, USB Type-C', 'external drives')).toBe(false);
    expect(sellsKind('Acme 2.5" SATA Drive Caddy, USB 3.2, IP54 Water, Dust & Shock Proof', 'external drives')).toBe(false);
  });
  it('keeps a narrowed drive narrow: a hard drive is no SSD, a solid state drive no hard drive', () => {
    expect(sellsKind(ssd, 'external hard drives')).toBe(false);
    expect(sellsKind(hdd, 'solid state drives')).toBe(false);
    expect(titleKinds('Acme 870 EVO 2TB SSD Drive')).toEqual(['ssd']);
  });
  it('requires an external drive to be external or portable, but not an external webcam to say so', () => {
    expect(kindModifierItems('external drives').map((i) => [i.label, i.hard, i.kind === 'attribute-present' ? i.anyOf : undefined])).toEqual([['external', true, ['portable']]]);
    expect(kindModifierItems('external webcam').map((i) => [i.label, i.hard])).toEqual([['external', false]]);
  });
  it('searches "portable drives" as "external drives" too, and reads "storage drives" as drives', () => {
    expect(withOtherSpecWords('portable drives')).toEqual(['external drives']);
    expect(withOtherSpecWords('portable speakers')).toEqual([]);
    expect(withoutImpliedWords('external storage drives')).toBe('external drives');
  });
  it('lists external SSDs and hard drives rated IP55 or better for "external drives", on a shop that titles most of them "Hard Drive"', async () => {
    const shop: FakeSite = { ref: fakeShopRef('a'), cards: [
      fakeCard('a', 'xs9', ssd, 90),
      fakeCard('a', 'rugged', hdd, 80),
      fakeCard('a', 'slim', 'Acme 1TB Slim External Hard Drive, 2.5", USB 3.2, Black', 50),
      fakeCard('a', 'basic', 'Acme 4TB Portable External Hard Drive, 2.5", USB 3.0', 70),
      fakeCard('a', 'caddy', 'Acme 2.5" SATA Drive Caddy, USB 3.2, IP54 Water, Dust & Shock Proof', 20),
    ] };
    const request = { text: 'Find all offers for external drives rated IP55 or better against water and dust.', kind: 'shopping' as const, intents: [], engine: 'rules' as const, notes: [] };
    const result = await curateShopping({ request, sites: [shop.ref], visitor: new FakeSiteVisitorTestDouble([shop]) });
    expect(result.picks.map((p) => p.offer.record.name).sort()).toEqual([hdd, ssd]);
  });
});

describe('a board titled by its specs is a board, whatever part its last segment names', () => {
  it('reads a chipset and socket before an included fan or the memory it takes as a motherboard', () => {
    expect(titleKinds('Acme Z790 FORGE CARRARA, Intel Z790, 1700, EATX, 4 DDR5, 2 Thunderbolt, 12cm Carrara Fan')).toEqual(['motherboard']);
    expect(sellsKind('Acme Z790 FORGE CARRARA, Intel Z790, 1700, EATX, 4 DDR5, 2 Thunderbolt, 12cm Carrara Fan', 'motherboards')).toBe(true);
    // A title that names its kind keeps it: a case listing its fans, a cooler its socket.
    expect(titleKinds('Acme Pure 500 Gaming Case, ATX, 2 x Pure Wings 2 Fans')).toEqual(['case']);
    expect(titleKinds('Acme Alpine 17 Compact Heatsink & Fan, Intel 1700, 95W TDP')).toEqual(['cooler']);
  });
});

describe('a cable between two different video plugs is an adapter as well', () => {
  it('sells an "HDMI to Mini HDMI adapter" as a short HDMI to HDMI Type-C cable, but no charging cable or same-plug cable', () => {
    expect(sellsKind('Acme HDMI Male to HDMI Type-C (Mini) Male Cable, Gold-Plated, 10cm', 'HDMI to Mini HDMI adapter')).toBe(true);
    expect(titleKinds('Acme USB-C Male to HDMI Male Cable, Ultra-HD 4K, 1.5 Metre')).toEqual(['cable', 'adapter']);
    expect(titleKinds('Acme Charging/Data USB-A to Lightning Cable, 480Mbps, 1.5 Metre')).toEqual(['cable']);
    expect(titleKinds('Acme High-Speed HDMI Cable w/ Rotatable Plugs - Male to Male, 1.5 Metre')).toEqual(['cable']);
  });
});

describe('a cable from a plug of one kind into a socket of another is an adapter as well', () => {
  it('sells a headset\'s Lightning adapter as a "Lightning Male to 3.5mm Jack Female Cable", but not a same-plug extension', () => {
    expect(titleKinds('Acme Lightning Male to 3.5mm Jack Female Cable, Ultra-Thin')).toEqual(['cable', 'adapter']);
    expect(titleKinds('Acme 3.5mm Jack Male to 3.5mm Jack Female Extension Cable, 2 Metres')).toEqual(['cable']);
  });
});

describe('withoutImpliedWords: why a product is bought is no word its title carries', () => {
  it('reads "memory upgrade" as memory, and keeps a subject that is nothing but the purpose', () => {
    expect(withoutImpliedWords('memory upgrade')).toBe('memory');
    expect(withoutImpliedWords('graphics card upgrade')).toBe('graphics card');
    expect(withoutImpliedWords('upgrade')).toBe('upgrade');
  });
});

describe('memory named by its modules', () => {
  it('reads "an 8GB DDR4 stick" as memory, and a kit titled by modules and speed grade as memory, whatever CPU it is tuned for', () => {
    expect(subjectKind('8GB DDR4 stick')).toBe('memory');
    expect(subjectKind('USB stick')).toBe('flashdrive');
    expect(titleKinds('Acme Vengeance RGB Pro 16GB Kit (2 x 8GB), DDR4, 3600MHz (PC4-28800), CL18, Ryzen Optimised')).toEqual(['memory']);
    expect(titleKinds('AMD Ryzen 7 7700X Processor, AM5')).toEqual(['cpu']);
  });
});

describe('kind-only subjects with a series and its number, and packages of two kinds', () => {
  it('reads "RTX 4070" as one model name met joined or spaced, not two words every title must carry', () => {
    const items = kindModifierItems('RTX 4070 graphics cards');
    expect(items).toEqual([expect.objectContaining({ label: 'RTX 4070', anyOf: ['RTX4070', 'RTX-4070'], hard: true })]);
  });

  it('takes a package of a keyboard and a mouse only where the title sells both', () => {
    expect(sellsKind('Asus ROG Harpe Ace Gaming Mouse, Wireless', 'wired keyboard and mouse set')).toBe(false);
    expect(sellsKind('Asus CW100 Wired Keyboard and Mouse Set', 'wired keyboard and mouse set')).toBe(true);
    expect(sellsKind('Asus ROG Harpe Ace Gaming Mouse, Wireless', 'wired mouse')).toBe(true);
  });
});

describe('air coolers, boards with their processor built in', () => {
  it('requires an "air" cooler to be a heatsink, which no liquid cooler is called', () => {
    expect(kindModifierItems('ARGB air CPU cooler').map((i) => [i.label, i.hard])).toEqual([['argb', true], ['air', true]]);
    expect(kindModifierItems('ARGB air CPU cooler')[1]).toMatchObject({ anyOf: expect.arrayContaining(['heatsink']) });
    // Checked, not searched: no title says "heatsink CPU cooler".
    expect(withOtherSpecWords('air CPU cooler')).toEqual([]);
  });

  it('finds a maker\'s air cooler sold as a "Heatsink & Fan", and leaves its liquid cooler out', async () => {
    const shop: FakeSite = { ref: fakeShopRef('a'), cards: [
      fakeCard('a', 'boreas', 'Vida Boreas Black ARGB Heatsink & Fan, Intel/AMD, 2000RPM Hydraulic Fan', 30),
      fakeCard('a', 'aquilo', 'Vida Aquilo 240mm ARGB Liquid CPU Cooler, 2x ARGB PWM Fans', 55.25),
      fakeCard('a', 'akasa', 'Akasa Vegas Chroma ARGB Heatsink & Fan, Intel 115x', 25),
    ] };
    const request = { text: 'Find the cheapest offer for an ARGB air CPU cooler from Vida.', kind: 'shopping' as const, intents: [], engine: 'rules' as const, notes: [] };
    const visitor = new FakeSiteVisitorTestDouble([shop]);
    const result = await curateShopping({ request, sites: [shop.ref], visitor });
    expect(visitor.searches).toContain('a:Vida heatsink:1');
    expect(result.picks.map((p) => p.offer.record.name)).toEqual(['Vida Boreas Black ARGB Heatsink & Fan, Intel/AMD, 2000RPM Hydraulic Fan']);
  });

  it('reads a board named by its size and memory slots as a board, though it names no chipset', () => {
    expect(titleKinds('Acme J3355B-ITX, Integrated Intel Dual-Core J3355, Mini ITX, DDR3 SODIMM, VGA, HDMI, Serial & Parallel Port')).toEqual(['motherboard']);
    expect(titleKinds('Acme 8GB DDR4 SODIMM, 3200MHz, Laptop Memory')).toEqual(['memory']);
  });
});

describe('titles with a decimal comma, barebones, lenses in other languages', () => {
  it('splits no segment at a decimal comma ("HARD DISK 2,5 SSD" sells an SSD)', () => {
    expect(titleKinds('HARD DISK 2,5 SSD 1TB SAMSUNG SOLID STATE 870 EVO SERIES MZ-77E1T0B/EU')).toEqual(['ssd']);
  });

  it('requires a "barebone mini PC" to be a barebone', () => {
    expect(kindModifierItems('barebone mini pcs').map((i) => [i.label, i.hard])).toContainEqual(['A barebone (no memory, storage or system)', true]);
    expect(kindModifierItems('barebone').some((i) => i.id === 'present:barebone')).toBe(false);
  });

  it('reads a French or German lens title as a lens, no camera', () => {
    expect(sellsKind('Canon RF-S 55-210 mm f / 5-7.1 IS Lentille STM', 'Canon camera')).toBe(false);
  });
});

describe('a memory module named with where it goes', () => {
  it('reads "DDR4 desktop module" as memory, no PC', () => {
    expect(subjectKind('8GB DDR4 desktop module')).toBe('memory');
  });
});

describe('kindModifierItems: a camera\'s sensor format (blind23)', () => {
  it('reads "full-frame" as one hard wish, however pages write it', () => {
    expect(kindModifierItems('full-frame camera')).toEqual([expect.objectContaining({ text: 'full-frame', hard: true, anyOf: ['full frame', 'fullframe'] })]);
  });
});

describe('subjectKind: a desktop tower', () => {
  it('is a computer, where a tower case is a case', () => {
    expect(subjectKind('desktop tower')).toBe('pc');
    expect(subjectKind('desktop tower case')).toBe('case');
    expect(sellsKind('Spire MATX Tower PC, Fractal Core 1100 Case, Ryzen 5 5600G, 16GB', 'desktop tower')).toBe(true);
    expect(sellsKind('Acme C3 Gaming Case w/ Glass Side, ATX, No Fans', 'desktop tower')).toBe(false);
  });
});

describe('memory sticks and chip lines', () => {
  it('reads "a DDR4 desktop memory stick" as memory, not a USB memory stick', () => {
    expect(subjectKind('Maker Basic 16GB DDR4 desktop memory stick')).toBe('memory');
    expect(subjectKind('desktop memory stick')).toBe('memory');
    expect(subjectKind('USB memory stick')).toBe('flashdrive');
  });

  it('searches a graphics card named alone by the chip lines titles carry', () => {
    expect(lineQueries(['graphics card']).flat()).toEqual(expect.arrayContaining(['RTX', 'RX']));
    expect(lineQueries(['Maker RTX 4070 graphics card'])).toEqual([]);
  });
});

describe('lineQueries: a kind named by its maker', () => {
  it('searches "an Intel processor" by the processor lines too', () => {
    expect(lineQueries(['Intel processor']).flat()).toEqual(expect.arrayContaining(['Core i5']));
  });
});

describe('an alternative of another kind than the quoted product (session 27)', () => {
  const block = 'Acme Ryujin WB White Edition CPU Water Block, Full-Colour 3.5" LCD Customisable Screen';
  const aio = 'Acme STRIX LC 240 ARGB White Liquid CPU Cooler, 240mm, ARGB Fans, Customisable LCD Display';
  const shop: FakeSite = { ref: fakeShopRef('a'), cards: [
    fakeCard('a', 'wb', block, 300),
    fakeCard('a', 'wb-black', 'Acme Ryujin WB CPU Water Block, Full-Colour 3.5" LCD Customisable Screen, Black', 280),
    fakeCard('a', 'lc', aio, 250),
    fakeCard('a', 'cpu', 'Acme Ryzen 3 3200G CPU with Stealth Cooler, AM4', 90),
    fakeCard('a', 'plain', 'Acme Liquid Freezer 240mm Liquid CPU Cooler, White', 80),
  ] };

  it('reads a water block as a kind of its own, neither a CPU nor a cooler', () => {
    expect(titleKinds(block)).toEqual(['waterblock']);
  });

  it('finds the all-in-one cooler an alternative to a water block must be, without the block\'s screen size as a must', async () => {
    const text = 'Find the cheapest alternative for this product: http://a.test/product/wb/ . The alternative must be all-in-one liquid CPU cooler, with white and LCD or OLED screen on the pump.';
    const request = { text, kind: 'shopping' as const, intents: [], engine: 'rules' as const, notes: [] };
    const quoted = { kind: 'product' as const, product: product({ url: 'http://a.test/product/wb/', name: block, price: 300 }) };
    const result = await curateShopping({ request, sites: [shop.ref], visitor: new FakeSiteVisitorTestDouble([shop], { 'http://a.test/product/wb/': quoted }) });
    expect(result.picks.map((p) => p.offer.record.name)).toEqual([aio]);
  });
});

describe('an internal drive asked for (session 27)', () => {
  it('reads "internal SSD" as no external or portable drive, which titles say, rather than a word an internal one must carry', () => {
    const items = kindModifierItems('4TB internal SSD');
    const status = (name: string) => verifyChecklist(items, product({ name, description: 'A drive.' })).map((v) => v.status);
    expect(status('Maker 4TB 870 EVO SSD, 2.5", SATA3, V-NAND')).not.toContain('fail');
    expect(status('Maker 4TB T7 Portable External SSD, USB 3.2')).toContain('fail');
  });
});

describe('an alternative of the kind the request names, where shops title that kind by model (session 27)', () => {
  it('finds a card with at least 8GB and DVI by the rare wish\'s word, as no title says "graphics card"', async () => {
    const quotedName = 'Acme DUAL GTX1650 OC, 4GB DDR6, DVI, HDMI, DP, 1785MHz Clock';
    const wanted = 'Bolt RTX3050 DUAL V2, PCIe4, 8GB DDR6, DVI, HDMI, DP, 1777MHz Clock';
    const shop: FakeSite = { ref: fakeShopRef('a'), cards: [
      fakeCard('a', 'gtx', quotedName, 150),
      fakeCard('a', 'rtx3050', wanted, 190),
      fakeCard('a', 'rtx4060', 'Acme DUAL RTX4060 EVO OC, PCIe4, 8GB DDR6, HDMI, 3 DP', 300),
    ] };
    const text = 'Find the cheapest alternative for this product: http://a.test/product/gtx/ . The alternative must be graphics card, with at least 8GB and DVI.';
    const request = { text, kind: 'shopping' as const, intents: [], engine: 'rules' as const, notes: [] };
    const quoted = { kind: 'product' as const, product: product({ url: 'http://a.test/product/gtx/', name: quotedName, price: 150 }) };
    const result = await curateShopping({ request, sites: [shop.ref], visitor: new FakeSiteVisitorTestDouble([shop], { 'http://a.test/product/gtx/': quoted }) });
    expect(result.picks.map((p) => p.offer.record.name)).toEqual([wanted]);
  });
});

describe('kindModifierItems: how a cooler works is a spec its page states', () => {
  it('requires a liquid or AIO cooler to say so in one of the words pages use', () => {
    const [liquid] = kindModifierItems('AIO liquid coolers').filter((i) => i.id === 'present:liquid');
    expect(liquid).toMatchObject({ hard: true, anyOf: expect.arrayContaining(['AIO', 'all-in-one']) });
    expect(kindModifierItems('liquid coolers').find((i) => i.id === 'present:liquid')?.hard).toBe(true);
  });
});

describe('lineQueries: session 37', () => {
  it('searches motherboards by the sizes their titles name, as no title says "motherboard"', () => {
    expect(lineQueries(['full-size ATX motherboard']).flat()).toEqual(['ATX', 'ITX']);
  });
});
