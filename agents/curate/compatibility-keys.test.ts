import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { verifyChecklist } from '../checklist/verify';
import { boardSizeOf, caseForBoardWish, compatibilityKeys, socketOf, statedSocketItems } from './compatibility-keys';
import type { ChecklistItem } from '../checklist/types';
import { fitsBesideQuoted } from './card-match';

const board = product({ name: 'Maker PRIME X670-P, AMD X670, AM5, ATX, 4 DDR5, HDMI, DP, 2.5G LAN' });
const statuses = (items: ReturnType<typeof compatibilityKeys>['items'], name: string) =>
  verifyChecklist(items, product({ name, description: 'A part.' })).map((v) => v.status);

describe('compatibilityKeys: what a part must share with the quoted one', () => {
  it('reads sockets as shops write them', () => {
    expect(socketOf('AMD Ryzen 7 7700X, without cooler (AM5)')).toBe('AM5');
    expect(socketOf('Maker Core i5-12400 CPU, 1700, 2.5 GHz')).toBe('1700');
    expect(socketOf('Maker Z790 board, LGA1700, ATX')).toBe('1700');
    expect(socketOf('Maker 16GB DDR5 DIMM Memory')).toBeUndefined();
  });

  it('asks CPUs for a board to share its socket, and searches the socket itself', () => {
    const keys = compatibilityKeys(board, ['CPUs']);
    expect(keys.queries).toEqual(['AM5']);
    expect(statuses(keys.items, 'AMD Ryzen 7 7700X, without cooler (AM5)')).toEqual(['pass']);
    expect(statuses(keys.items, 'AMD Ryzen 5 5600 CPU, AM4, 3.5GHz')).toEqual(['fail']);
  });

  it('asks memory for a desktop board to share its DDR generation, full size and unbuffered', () => {
    const keys = compatibilityKeys(board, ['RAM']);
    expect(statuses(keys.items, 'Maker Fury 16GB, DDR5, 5600MHz, DIMM Memory')).toEqual(['pass', 'pass', 'pass']);
    expect(statuses(keys.items, 'Maker Fury 16GB, DDR4, 3200MHz, DIMM Memory')).toContain('fail');
    expect(statuses(keys.items, 'Maker Premier 16GB, DDR5, 4800MHz, SODIMM Memory')).toContain('fail');
    expect(statuses(keys.items, 'Maker Renegade Pro 128GB Kit, DDR5, ECC, RDIMM Memory')).toContain('fail');
  });

  it('asks memory for a board whose page says it takes registered modules to be registered: a desktop kit\'s "ECC" is no RDIMM', () => {
    const workstation = product({ name: 'Maker PRO WS W790E, Workstation, Intel W790, LGA4677, EEB, 8 DDR5', description: '<p>Supports up to 2TB of ECC R-DIMM DDR5 memory.</p>' });
    const keys = compatibilityKeys(workstation, ['memory']);
    expect(statuses(keys.items, 'Maker Renegade Pro 128GB Kit (8 x 16GB), DDR5, 6800MT/s, ECC, RDIMM Server-Class Memory')).toEqual(['pass', 'pass', 'pass']);
    expect(statuses(keys.items, 'Maker Beast 16GB, DDR5, 5600MHz, CL40, ECC, XMP 3.0, PMIC, DIMM Memory')).toContain('fail');
    expect(statuses(keys.items, 'Maker Server Premier 16GB, DDR4, 2666MT/s, ECC Registered, DIMM Server-Class Memory')).toContain('fail');
  });

  it('leaves a workstation board that also takes unbuffered modules open to them', () => {
    const both = product({ name: 'Maker W680 ACE, Workstation, Intel W680, LGA1700, ATX, 4 DDR5', description: 'Supports ECC and non-ECC unbuffered DDR5 memory.' });
    expect(statuses(compatibilityKeys(both, ['memory']).items, 'Maker Beast 16GB, DDR5, 5600MHz, DIMM Memory')).not.toContain('fail');
  });

  it('asks nothing of a kind no key applies to', () => {
    expect(compatibilityKeys(board, ['HDMI cable']).items).toEqual([]);
  });
});

describe('compatibilityKeys: drives in enclosures, display adapters for a card\'s outputs', () => {
  it('asks an enclosure for the quoted drive\'s form factor and interface: an M.2 NVMe SSD fits no 2.5" SATA caddy', () => {
    const ssd = product({ name: 'Maker 1TB Gamma M.2 NVMe Gen4 SSD, M.2 2280, PCIe 4.0' });
    const { items } = compatibilityKeys(ssd, ['enclosures']);
    expect(statuses(items, 'Maker M.2 NVMe SSD Caddy, USB 3.2 Gen2 Type-C')).toEqual(['pass', 'pass']);
    expect(statuses(items, 'Maker 2.5" SATA Drive Caddy, USB 3.2 Gen1')).toContain('fail');
  });

  it('asks an adapter for one of the card\'s outputs and the port the request names, and searches each bridge', () => {
    const card = product({ name: 'Maker GT1030, 2GB DDR4, PCIe3, DVI, HDMI, Low Profile' });
    const keys = compatibilityKeys(card, ['adapters'], 'Find adapters that connect this graphics card to a monitor that only has a VGA input: http://shop.test/product/gt1030-dvi-hdmi/');
    expect(keys.queries).toEqual(['DVI to VGA', 'HDMI to VGA']);
    expect(statuses(keys.items, 'Maker HDMI Male to VGA Female Converter Cable')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker DisplayPort Male to VGA Female Converter Cable')).toContain('fail');
  });

  it('asks monitors for a quoted video adapter to have its far end as an input, and searches that input', () => {
    const adapter = product({ name: 'Maker DisplayPort Male to VGA Female Converter Cable, 20cm, Black' });
    const keys = compatibilityKeys(adapter, ['monitors'], 'Find all offers for monitors that I can connect to my computer through this adapter: http://shop.test/product/dp-vga/ .');
    expect(keys.queries).toContain('VGA monitor');
    expect(statuses(keys.items, 'Maker 23.8" IPS Monitor, 1920 x 1080, 75Hz, VGA, HDMI, DP')).toEqual(['pass']);
    expect(statuses(keys.items, 'Maker 27" IPS Monitor, 2560 x 1440, 165Hz, HDMI, DP')).not.toEqual(['pass']);
  });

  it('asks cables for a quoted network switch to be network cables: an HDMI cable "with Ethernet" is none', () => {
    const sw = product({ name: 'Maker (LS1008G) 8-Port Gigabit Unmanaged Desktop Switch, Plastic Case' });
    const keys = compatibilityKeys(sw, ['network cables'], 'Find all offers for network cables to wire my computers to this switch.');
    expect(keys.queries).toContain('patch cable');
    expect(statuses(keys.items, 'Maker CAT6 UTP Patch Cable, 5 Metre, White')).toEqual(['pass']);
    expect(statuses(keys.items, 'Maker High Speed HDMI Cable, Ultra-HD 4K, Ethernet, 5 Metre')).not.toEqual(['pass']);
  });

  it('bridges from a mini or micro HDMI output too, so a small board\'s adapter is not turned down for its plug', () => {
    const board = product({ name: 'Maker Pi-like Board, 4GB, 2x Micro HDMI, USB 3.0' });
    const keys = compatibilityKeys(board, ['adapters'], 'Find adapters that connect this board to a monitor that only has a VGA input: http://shop.test/product/pi-board/');
    expect(keys.queries).toEqual(['Micro HDMI to VGA']);
    expect(statuses(keys.items, 'Maker Micro HDMI Male to VGA Female Adapter')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker HDMI Male to VGA Female Converter Cable')).toContain('fail');
  });

  it('leaves a subject that names its connector ("HDMI cable") to the cable bridge', () => {
    const card = product({ name: 'Maker T1000 Graphics Card, 4GB, 4 miniDP 1.4' });
    expect(compatibilityKeys(card, ['HDMI cable'], 'Find an HDMI cable for this GPU').items).toEqual([]);
  });
});

describe('compatibilityKeys: boards for a small case, memory for a DDR3 board, cables for a USB-C laptop', () => {
  const thinCase = product({ name: 'Maker Euler Thin Mini ITX Case for Intel LGA1700, Fanless, Aluminium' });

  it('reads the largest board form factor a title names, a Thin Mini ITX as no Mini ITX', () => {
    expect(boardSizeOf('Maker Euler Thin Mini ITX Case for Intel LGA1700')).toBe(boardSizeOf('Maker H610T, 1700, Thin Mini ITX'));
    expect(boardSizeOf('Maker B760I, 1700, Mini ITX')).toBeGreaterThan(boardSizeOf('Maker H610T, 1700, Thin Mini ITX')!);
    expect(boardSizeOf('Maker B760M, 1700, M-ATX')).toBe(boardSizeOf('Maker Case, Micro ATX'));
    expect(boardSizeOf('Maker Z790 TAICHI, 1700, EATX')).toBeGreaterThan(boardSizeOf('Maker Z790-P, 1700, ATX')!);
    expect(boardSizeOf('Maker 16GB DDR5 DIMM Memory')).toBeUndefined();
  });

  it('asks boards for a Thin Mini ITX case to share its socket and be Thin Mini ITX: a standard Mini ITX or ATX board does not fit', () => {
    const { items } = compatibilityKeys(thinCase, ['motherboards']);
    expect(statuses(items, 'Maker PRO H610T D4, Intel H610, 1700, Thin Mini ITX, 2 DDR4 SO-DIMM, 19v DC in')).toEqual(['pass', 'pass']);
    expect(statuses(items, 'Maker B760I PRO, Intel B760, 1700, Mini ITX, 2 DDR5')).toContain('fail');
    expect(statuses(items, 'Maker Z790-P WIFI, Intel Z790, 1700, ATX, 4 DDR5')).toContain('fail');
  });

  it('takes boards of a Micro ATX case\'s size and smaller, and asks nothing of boards for an ATX case', () => {
    const { items } = compatibilityKeys(product({ name: 'Maker VSK3000 Micro ATX Case, No PSU' }), ['motherboards']);
    expect(statuses(items, 'Maker B660M PRO, Intel B660, 1700, Micro ATX, 4 DDR4')).toEqual(['pass']);
    expect(statuses(items, 'Maker B760I, Intel B760, 1700, Mini ITX, 2 DDR5')).toEqual(['pass']);
    expect(statuses(items, 'Maker Z790-P, Intel Z790, 1700, ATX, 4 DDR5')).toEqual(['fail']);
    expect(compatibilityKeys(product({ name: 'Maker Pop Air ATX Gaming Case' }), ['motherboards']).items).toEqual([]);
  });

  it('lets low-voltage DDR3L modules into a DDR3 board\'s SO-DIMM slots, and no DDR4', () => {
    const { items } = compatibilityKeys(product({ name: 'Maker J3355B-ITX, Intel Dual-Core J3355, Mini ITX, DDR3 SODIMM, VGA, HDMI' }), ['memory modules']);
    expect(statuses(items, 'Maker 8GB, DDR3L, 1600MHz, CL11, SODIMM Memory *Low Voltage 1.35V*')).toEqual(['pass', 'pass', 'pass']);
    expect(statuses(items, 'Maker 8GB, DDR4, 3200MHz, SODIMM Memory')).toContain('fail');
  });

  it('bridges a laptop that names only USB-C to the HDMI input the request names', () => {
    const laptop = product({ name: 'Maker Laptop 4, 13.5" Touchscreen, Ryzen 5 4680U, 8GB, 256GB SSD, USB-C, Windows 10 Pro' });
    const keys = compatibilityKeys(laptop, ['cables'], 'Find all offers for cables that connect this laptop to the HDMI input of my TV: http://shop.test/product/laptop-4/');
    expect(keys.queries).toEqual(['USB-C to HDMI']);
    expect(statuses(keys.items, 'Maker USB-C Male to HDMI Male Cable, Ultra-HD 4K, 1.5 Metre')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker DisplayPort Male to HDMI Female Converter Cable')).toContain('fail');
    expect(statuses(keys.items, 'Maker High Speed HDMI Cable, 3 Metres')).toContain('fail');
  });
});

describe('compatibilityKeys: cases for a board larger than ATX, adapters for a headset\'s plug', () => {
  const eeb = product({ name: 'Maker WS C621E, Workstation, Intel C621, S 3647, EEB, Dual Scalable Xeon, 12 DDR4' });

  it('asks a case for an EEB board to state EEB support: an E-ATX case that does not say so may lack its holes', () => {
    const keys = compatibilityKeys(eeb, ['cases']);
    expect(statuses(keys.items, 'Maker Vista 2 XL Gaming Case, E-ATX, supports SSI-EEB')).toEqual(['pass']);
    expect(statuses(keys.items, 'Maker Vista 2 Gaming Case, E-ATX')).toEqual(['fail']);
  });

  it('asks a case for an E-ATX board to state E-ATX or larger, and nothing of one for an ATX board', () => {
    const keys = compatibilityKeys(product({ name: 'Maker Z790 TAICHI, 1700, EATX, 4 DDR5' }), ['cases']);
    expect(statuses(keys.items, 'Maker Vista 2 Gaming Case, E-ATX')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker Vista Gaming Case, ATX')).toContain('fail');
    expect(compatibilityKeys(board, ['cases']).items).toEqual([]);
    expect(compatibilityKeys(board, ['cases']).wishes).toEqual([]);
  });

  it('leaves a case titled for Micro ATX or smaller boards unread for a board larger than ATX', () => {
    const [wish] = compatibilityKeys(eeb, ['cases']).wishes!;
    expect(wish!.met('Maker Core 1100 Case, Micro ATX, 1 Fan')).toBe(false);
    expect(wish!.met('Maker Vista Gaming Case, ATX')).toBe(true);
    expect(wish!.met('Maker Tower Gaming Case w/ Glass Window')).toBe(true);
  });

  it('asks an adapter for a headset to take its 3.5mm plug and go into the Lightning port the request names, and searches that port', () => {
    const headset = product({ name: 'Maker (825-26) Headset, 3.5mm Jack, Foldable, Black' });
    const keys = compatibilityKeys(headset, ['adapters'], 'Find adapters that let me plug this headset into my iPhone\'s Lightning port: http://shop.test/product/825-26-headset-3-5mm-jack/');
    expect(keys.queries).toEqual(['Lightning', 'Lightning 3.5mm']);
    expect(statuses(keys.items, 'Maker Lightning Male to 3.5mm Jack Female Cable')).toEqual(['pass', 'pass']);
    expect(statuses(keys.items, 'Maker USB-C Male to 3.5mm Jack Female Adapter')).toContain('fail');
    expect(statuses(keys.items, 'Maker USB-A to Lightning Cable, 1 Metre')).toContain('fail');
  });
});

describe('a device powered over its network cable', () => {
  it('asks a switch for it to send power down the cable (PoE), and searches PoE switches', () => {
    const ap = product({ name: 'Maker (AP200) Dual Band Ceiling Mount Access Point, 5 Pack, PoE, GB LAN' });
    const keys = compatibilityKeys(ap, ['network switches'], 'Find all offers for network switches that can power these access points through their network cables');
    expect(keys.queries).toContain('PoE switch');
    expect(statuses(keys.items, 'Maker 8-Port Gigabit PoE+ Switch')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker 8-Port Gigabit Unmanaged Desktop Switch, Plastic Case')).toContain('fail');
  });
});

describe('cables that charge a phone', () => {
  it('are the charger\'s plug to the phone\'s port ("USB-C to USB-C"), not a USB-C to Lightning cable, and need not name the phone', () => {
    const phone = product({ name: 'Maker Galaxy S24 5G 128GB Violet Android Smartphone' });
    const keys = compatibilityKeys(phone, ['cables'], 'Find all offers for cables that charge this phone from my USB-C charger: http://shop.test/product/phone/');
    expect(keys.items.map((i) => i.label)).toEqual(["USB-C to USB-C: the charger's plug and the phone's port"]);
    const read = (name: string) => statuses(keys.items, name);
    expect(read('Maker USB-C to USB-C Quick Charging Cable, 1.5 Metre')).not.toContain('fail');
    expect(read('Maker Charging/Data USB-C to Lightning Cable, 1.5 Metre')).toContain('fail');
    expect(fitsBesideQuoted('Maker USB-C to USB-C Quick Charging Cable, 1.5 Metre', 'cables', phone.name!)).toBe(true);
  });

  it('take Lightning for an iPhone before the 15', () => {
    const phone = product({ name: 'Apple iPhone 13 128GB Midnight Smartphone' });
    const keys = compatibilityKeys(phone, ['cables'], 'cables that charge this phone from my USB-C charger');
    expect(read(keys, 'Maker USB-C to Lightning Cable, 1 Metre')).not.toContain('fail');
  });
});

function read(keys: ReturnType<typeof compatibilityKeys>, name: string) {
  return statuses(keys.items, name);
}

describe('compatibilityKeys: boards of the size asked, for a quoted CPU', () => {
  const cpu = product({ name: 'AMD Ryzen 7 5800X 8C/16T AM4 CPU' });
  const titleOk = (keys: ReturnType<typeof compatibilityKeys>, title: string) => (keys.wishes ?? []).every((w) => w.met(title));

  it('asks "ATX motherboards" to be ATX by their titles: no Micro ATX, Mini ITX or E-ATX board, a title naming no size left to its page', () => {
    const keys = compatibilityKeys(cpu, ['ATX motherboards']);
    expect(titleOk(keys, 'Maker X570 TAICHI, AMD X570, AM4, ATX, 4 DDR4, AX Wi-Fi')).toBe(true);
    expect(titleOk(keys, 'Maker AM4 B550 ELITE AX V2')).toBe(true);
    expect(titleOk(keys, 'Maker A520M PRO4, AMD A520, AM4, Micro ATX, 2 DDR4')).toBe(false);
    expect(titleOk(keys, 'Maker AM4 B550M ELITE M-ATX')).toBe(false);
    expect(titleOk(keys, 'Maker STRIX B550-I GAMING, AMD B550, AM4')).toBe(false);
    expect(titleOk(keys, 'Maker X570 CREATOR, AMD X570, AM4, EATX')).toBe(false);
  });

  it('asks nothing of the size when the request names none, and holds a named Micro ATX board to its size too', () => {
    expect(compatibilityKeys(cpu, ['motherboards']).wishes).toEqual([]);
    expect(titleOk(compatibilityKeys(cpu, ['Micro ATX motherboards']), 'Maker B760M MORTAR WIFI II')).toBe(true);
    expect(titleOk(compatibilityKeys(cpu, ['Micro ATX motherboards']), 'Maker Z790-P, Intel Z790, 1700, ATX')).toBe(false);
  });
});

describe('statedSocketItems: a socket the request names binds a part that mounts on it', () => {
  const check = (item: ChecklistItem, name: string) => verifyChecklist([item], product({ name, description: 'A part.' }))[0]!.status;

  it('requires an old PC\'s LGA775 of a cooler in any spelling pages use ("Intel 1200/115X/775")', () => {
    const [item] = statedSocketItems('I am reviving an old Core 2 Duo computer with an LGA775 socket and its CPU fan has died. Find all offers for a cooler that will fit it.', ['cooler']);
    expect(item).toMatchObject({ hard: true, label: 'Fits socket LGA775' });
    expect(check(item!, 'Acme Ultra Quiet Heatsink and Fan, Intel 1200/115X/775, 73W TDP')).toBe('pass');
    expect(check(item!, 'Acme Compact Heatsink & Fan, Intel 1700, 95W TDP')).toBe('fail');
  });

  it('reads the socket from the sentence before the request, never from a quoted product\'s address or a fan speed', () => {
    const text = 'I am building an AMD AM5 computer around this memory: http://a.test/product/kit-lga1700-ready/ . Find all offers for Asus ROG Strix motherboards that can take it.';
    expect(statedSocketItems(text, ['Asus ROG Strix motherboards']).map((i) => i.label)).toEqual(['Fits socket AM5']);
    expect(statedSocketItems('a cooler spinning at up to 1700 RPM', ['cooler'])).toEqual([]);
    expect(statedSocketItems('Find all offers for ASUS PRIME motherboards with AMD sockets older than AM5.', ['ASUS PRIME motherboards'])).toEqual([]);
  });

  it('leaves the socket to the other readings for a part that does not mount on one', () => {
    expect(statedSocketItems('a case for my LGA775 computer', ['case'])).toEqual([]);
  });
});

describe('caseForBoardWish: a case must hold the board the request names', () => {
  it('leaves out a Micro ATX case for "a full-size ATX motherboard"; a case naming no size stays open', () => {
    const wish = caseForBoardWish('white case', 'with fans that light up, for a full-size ATX motherboard')!;
    expect(wish.label).toBe('A case for ATX boards or larger');
    expect(wish.met('Acme CX500M RGB Gaming Case w/ Glass Side & Front, Micro ATX, 3x RGB Fans, White')).toBe(false);
    expect(wish.met('Acme Vetro White ARGB Gaming Case w/ Glass Front & Side, ATX, 3x ARGB Fans')).toBe(true);
    expect(wish.met('Acme Showcase Gaming Case, White')).toBe(true);
    expect(caseForBoardWish('cooler', 'for a full-size ATX motherboard')).toBeUndefined();
  });
});

describe('statedSocketItems: the platform of "an Intel computer"', () => {
  it('asks a board for an Intel computer to be an Intel board, when no socket is named', () => {
    const text = 'I am moving to an Intel computer and want to keep this memory kit: http://a.test/product/kit/ . Find all offers for AORUS motherboards that can take it.';
    const items = statedSocketItems(text, ['AORUS motherboards']);
    expect(items.map((i) => i.label)).toEqual(['For an Intel computer']);
    const check = (name: string) => verifyChecklist(items, product({ name, description: 'A board.' }))[0]!.status;
    expect(check('GIGABYTE Z790 AORUS ELITE AX, Intel Z790, 1700, ATX')).toBe('pass');
    expect(check('AORUS AM4 B550M AORUS ELITE M-ATX, AMD B550')).toBe('fail');
  });
});

describe('statedSocketItems: a chipset or a platform said of the computer', () => {
  it('reads "my old Intel X299 workstation" as LGA2066 and "a small AMD office computer" as AMD', () => {
    expect(statedSocketItems('I want to upgrade the processor of my old Intel X299 workstation. Find all offers for a CPU that fits its socket.', ['CPU']).map((i) => i.label)).toEqual(['Fits socket LGA2066']);
    expect(statedSocketItems('My Z890 build needs a quieter cooler. Find all offers for one.', ['cooler']).map((i) => i.label)).toEqual(['Fits socket LGA1851']);
    expect(statedSocketItems('I want to build a small AMD office computer in this case. Find all offers for Gigabyte boards.', ['Gigabyte motherboards']).map((i) => i.label)).toEqual(['For an AMD computer']);
    // A board named by its chipset is the board asked for, not a computer it goes in.
    expect(statedSocketItems('Find all offers for the Acme PRO WS WRX80E-SAGE SE WIFI workstation motherboard.', ['Acme PRO WS WRX80E-SAGE SE WIFI workstation motherboard'])).toEqual([]);
  });
});

describe('compatibilityKeys: a drive\'s caddy, from its page where its title says nothing', () => {
  it('asks a caddy to take a SATA drive when the quoted SSD\'s specs say "2.5in (7mm) sata"', () => {
    const ssd = product({ name: '500GB Crucial MX500 SSD', description: 'Device type: 2.5in (7mm) sata 6gb/s solid-state drive' });
    const items = compatibilityKeys(ssd, ['caddy']).items;
    expect(items).toContainEqual(expect.objectContaining({ text: 'SATA' }));
    expect(items.some((i) => 'text' in i && i.text === 'M.2')).toBe(false);
  });
});

describe('statedSocketItems: a desktop processor named by its model', () => {
  it('says the socket a board must have ("Core i5-8400" is LGA1151, "i5-12400" LGA1700, "Ryzen 5 5600X" AM4), never of a laptop chip', () => {
    expect(statedSocketItems('its Intel Core i5-8400 and its DDR4 memory are fine. Find all offers for a board he can move them onto.', ['motherboard']).map((i) => i.label)).toEqual(['Fits socket LGA1151']);
    expect(statedSocketItems('My new PC pairs a Core i5-12400 with old sticks. Find a motherboard that suits it.', ['motherboard']).map((i) => i.label)).toEqual(['Fits socket LGA1700']);
    expect(statedSocketItems('a cooler for my Ryzen 5 5600X', ['cooler']).map((i) => i.label)).toEqual(['Fits socket AM4']);
    expect(statedSocketItems('a cooler for the i5-1235U in my laptop', ['cooler'])).toEqual([]);
    expect(statedSocketItems('I am building around a Core Ultra 7 265K. Find a motherboard for it.', ['motherboard']).map((i) => i.label)).toEqual(['Fits socket LGA1851']);
    expect(statedSocketItems('a cooler for the Core Ultra 7 155H in my mini PC', ['cooler'])).toEqual([]);
    expect(statedSocketItems('Find all offers for the Intel Core i5-12400', ['Intel Core i5-12400 CPU'])).toEqual([]);
  });
});

describe('statedSocketItems: a chipset named in a board name with a dot', () => {
  it('reads "its Asrock H510M-H2/M.2 SE motherboard" as LGA1200 for a processor', () => {
    expect(statedSocketItems('A surge killed the processor, but its Maker H510M-H2/M.2 SE motherboard still works. Find the cheapest offer for a processor I can put on that board.', ['processor']).map((i) => i.label))
      .toEqual(['Fits socket LGA1200']);
  });
});

describe('statedSocketItems: a barebone PC', () => {
  it('takes the socket the shopper\'s processor needs, as its board is in the box', () => {
    expect(statedSocketItems('I have a spare Ryzen processor from an AM4 machine. Find all offers for a barebone PC.', ['barebone pc']).map((i) => i.label)).toEqual(['Fits socket AM4']);
  });
});

describe('statedSocketItems: blind31 readings', () => {
  it('reads "12th-gen Intel processors" as LGA1700, and an Intel platform met by a board titled by its socket and chipset', () => {
    expect(statedSocketItems('The new PCs get 12th-gen Intel processors. Find the cheapest offer for a board.', ['motherboard']).map((i) => i.label)).toEqual(['Fits socket LGA1700']);
    const [platform] = statedSocketItems('The kit is moving to my new Intel machine. Find all offers for TUF Gaming motherboards.', ['TUF Gaming motherboards']);
    expect(platform).toMatchObject({ label: 'For an Intel computer' });
    expect(statuses([platform!], 'ASUS 1700 TUF GAMING B760M-PLUS WIFI D4')).toEqual(['pass']);
    expect(statuses([platform!], 'Asus TUF GAMING B650M-PLUS, AMD B650, AM5, Micro ATX')).toEqual(['fail']);
  });
});

describe('statedSocketItems: a generation named by its code name', () => {
  it('reads "Intel\'s coming Arrow Lake processors" as LGA1851, met by a page promising Arrow Lake, and searched by that name', () => {
    const [socket] = statedSocketItems('I plan to move to Intel\'s coming Arrow Lake processors later, so the tower air cooler should fit them.', ['tower air cooler']);
    expect(socket).toMatchObject({ label: 'Fits socket LGA1851', searchedBy: 'arrow lake' });
    const status = (description: string) => verifyChecklist([socket!], product({ name: 'Acme Freezer 40 Heatsink & Fan, Intel & AMD', description }))[0]!.status;
    expect(status('Guaranteed compatibility for upcoming Intel Arrow Lake processors.')).toBe('pass');
    expect(status('Fits Intel 1700 and AMD AM5.')).toBe('fail');
  });
});

describe('compatibilityKeys: fans for a hub that comes with the quoted product (round 50)', () => {
  it('asks fans that plug into an "iCUE LINK Hub" to be of that system, by the name their titles carry', () => {
    const cooler = product({ name: 'Acme iCUE LINK H150x 360mm RGB Liquid CPU Cooler, QX120 RGB Fans, iCUE LINK Hub Included, Black' });
    const keys = compatibilityKeys(cooler, ['single fans'], 'The hub that comes with this cooler still has free ports. Find all offers for single fans that plug into it.');
    expect(statuses(keys.items, 'Acme iCUE LINK RX120 RGB 12cm PWM Case Fan, Black, Single Fan Expansion Kit')).toEqual(['pass']);
    expect(statuses(keys.items, 'Zeta P12 12cm PWM Case Fan, Black')).toEqual(['fail']);
    expect(compatibilityKeys(cooler, ['thermal paste'], 'Find thermal paste for it.').items).toEqual([]);
  });
});

describe('compatibilityKeys: memory for a board or computer whose title names no DDR generation (session 27)', () => {
  it('asks memory for an AM5 board titled without its generation for DDR5, as every AM5 board takes', () => {
    const keys = compatibilityKeys(product({ name: 'Maker AM5 PRO B650M-P M-ATX' }), ['memory kit']);
    expect(statuses(keys.items, 'Maker Vengeance RGB 32GB Kit (2 x 16GB), DDR5, 6000MHz, DIMM Memory')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker Vengeance RGB Pro 32GB Kit (2 x 16GB), DDR4, 3600MHz, DIMM Memory')).toContain('fail');
  });

  it('reads a small PC\'s page saying "two DDR4 SODIMM (2666MHz) memory slots": DDR4 laptop-size modules, no desktop DIMM', () => {
    const pc = product({ name: 'Maker ThinkBox Tiny SFF PC, i3-1005G1, 8GB, 256GB SSD, Wi-Fi', description: '<p>With up to 10th Gen processors and up to two DDR4 SODIMM (2666MHz) memory slots.</p>' });
    const keys = compatibilityKeys(pc, ['memory module']);
    expect(statuses(keys.items, 'Maker 8GB, DDR4, 2666MHz, CL19, SODIMM Memory')).not.toContain('fail');
    expect(statuses(keys.items, 'Maker 8GB, DDR4, 3200MHz, CL22, DIMM Memory')).toContain('fail');
    expect(statuses(keys.items, 'Maker 8GB, DDR3L, 1600MHz, SODIMM Memory')).toContain('fail');
  });
});

describe('a cooler for a quoted processor (session 28)', () => {
  it('meets the socket with "Intel & AMD Sockets" in its title, as coolers name their brackets', () => {
    const { items } = compatibilityKeys(product({ name: 'AMD Ryzen 7 5800X 8C/16T AM4 CPU' }), ['coolers']);
    const cooler = product({ name: 'Be Quiet! Shadow Rock LP Heatsink & Fan, Intel & AMD Sockets, 130W TDP', description: 'A low cooler.' });
    expect(verifyChecklist(items, cooler).map((v) => v.status)).toEqual(['pass']);
    const boardItems = compatibilityKeys(product({ name: 'AMD Ryzen 7 5800X 8C/16T AM4 CPU' }), ['motherboards']).items;
    expect(verifyChecklist(boardItems, product({ name: 'Acme B650 Board, AMD Sockets', description: 'A board.' })).map((v) => v.status)).toEqual(['fail']);
  });
});

describe('a cooler for a quoted LGA1700 board (session 32)', () => {
  it('meets Intel\'s current socket with a page saying it supports Intel and AMD sockets, but not an older Intel socket so', () => {
    const cooler = product({ name: 'Acme LC II 360 ARGB Liquid CPU Cooler, 360mm Radiator', description: 'It supports Intel and AMD sockets.' });
    const for1700 = compatibilityKeys(product({ name: 'Acme PRIME H610M-E, Intel H610, 1700, Micro ATX' }), ['coolers']).items;
    expect(verifyChecklist(for1700, cooler).map((v) => v.status)).toEqual(['pass']);
    const for1151 = compatibilityKeys(product({ name: 'Acme H310M, Intel H310, 1151, Micro ATX' }), ['coolers']).items;
    expect(verifyChecklist(for1151, cooler).map((v) => v.status)).toEqual(['fail']);
  });
});
