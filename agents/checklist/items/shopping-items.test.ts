import { describe, expect, it } from 'vitest';
import { product } from '../fixtures';
import { buildChecklist } from '../build';
import { verifyChecklist } from '../verify';
import type { ChecklistItem } from '../types';
import { VERSION_FLOOR, versionFloorItem } from '../build-shopping';

const like = (text: string): ChecklistItem => ({ kind: 'attribute-present', id: `present:${text}`, label: text, text, hard: false, origin: 'profile' });
const status = (item: ChecklistItem, name: string) => verifyChecklist([item], product({ name }))[0]!.status;

describe('attribute wishes in the spellings shops use', () => {
  it('finds a wish with a version glued on, or split by a hyphen', () => {
    expect(status(like('SATA'), 'Acme 512GB SSD, 2.5", SATA3, R/W 520/450 MB/s')).toBe('pass');
    expect(status(like('wifi'), 'Acme B650M, AM5, Micro ATX, Wi-Fi 6, 2.5G LAN')).toBe('pass');
  });

  it('does not give a wish with its own version to another version', () => {
    expect(status(like('DDR5'), 'Acme 16GB, DDR4, 3200MHz, DIMM Memory')).toBe('unknown');
    expect(status(like('SATA'), 'Acme 1TB NVMe SSD, PCIe4')).toBe('unknown');
  });
});

describe('brand wishes on a listing that shows no brand field', () => {
  const brand = (b: string): ChecklistItem => ({ kind: 'brand-is', id: `brand=${b}`, label: b, brand: b, hard: false, origin: 'profile' });
  it('passes when the name leads with the brand and fails when the name is another maker\'s', () => {
    expect(status(brand('Asus'), 'Asus 27" Gaming Monitor (VG279Q3A), 180Hz')).toBe('pass');
    expect(status(brand('Asus'), 'Asrock 27" Gaming Monitor (PG27FFT1B), 180Hz')).toBe('fail');
  });
  it('does not take a maker the product is made to work with for its own', () => {
    expect(status(brand('Asus'), 'Acme C7 Dual Chamber Case, ATX, 6x ARGB Fans, Asus BTF Compatible')).toBe('fail');
    expect(status(brand('Asus'), 'Acme Mini Fanless Case for ASUS PN52')).toBe('fail');
    expect(status(brand('Asus'), 'Asus TUF Case, ATX, Asus BTF Compatible')).toBe('pass');
  });
});

describe('pack sizes', () => {
  const pack = (op: '=' | '!=', count: number): ChecklistItem => ({ kind: 'pack-size', id: `pack:${op}${count}`, label: 'pack', op, count, hard: true, origin: 'request' });
  it('meets "no two-packs" with a fan sold alone, fails it with a twin pack', () => {
    expect(status(pack('!=', 2), 'Acme Breeze 14cm ARGB Case Fan, Black')).toBe('pass');
    expect(status(pack('!=', 2), 'Acme Breeze 14cm ARGB Case Fans x2, Black')).toBe('fail');
  });
  it('reads "X2" after a word that is no plural as part of a model\'s name, not a pack', () => {
    expect(status(pack('=', 2), 'Acme Dynamic X2 GP-14 14cm Case Fan, Black')).toBe('unknown');
    expect(status(pack('=', 2), 'Acme Breeze 14cm Case Fans X2, Black')).toBe('pass');
  });
  it('counts a memory kit\'s modules as the sticks one offer sells', () => {
    expect(status(pack('=', 1), 'Acme Swift 32GB Memory Kit (4 x 8GB), DDR4, 3600MHz')).toBe('fail');
    expect(status(pack('!=', 2), 'Acme Swift 16GB Kit (2 x 8GB), DDR4')).toBe('fail');
    expect(status(pack('=', 1), 'Acme Swift 8GB, DDR4, 3200MHz, DIMM Memory')).toBe('pass');
  });
});

describe('profile likes for products', () => {
  it('reads "in stock" as the availability check, not as words to find on the page', () => {
    const items = buildChecklist({ text: 'a cable', kind: 'shopping', intents: [], engine: 'rules', notes: [] },
      { likes: ['in stock', 'white'], dislikes: [], brandsLiked: [], brandsAvoided: [], sizes: {} });
    expect(items.map((i) => [i.kind, i.hard])).toEqual([['in-stock', false], ['attribute-present', false]]);
    expect(verifyChecklist(items.slice(0, 1), product({ name: 'Acme Cable', availability: 'OutOfStock' }))[0]!.status).toBe('fail');
  });
});

describe('floors on a scale of versions ("CAT6 or higher")', () => {
  const floor = (text: string) => versionFloorItem(VERSION_FLOOR.exec(text)!);

  it('reads "X or higher/newer" and "at least X" over a family, and leaves plain quantities to measures', () => {
    expect(floor('Ethernet patch cables of category CAT6 or higher')).toMatchObject({ kind: 'version-at-least', family: 'CAT', min: '6', hard: true });
    expect(floor('an adapter with at least Bluetooth 5.0')).toMatchObject({ family: 'Bluetooth', min: '5.0' });
    expect(VERSION_FLOOR.exec('a laptop with at least 16GB or more')).toBeNull();
    expect(floor('shoes in size 10 or above')).toBeUndefined();
  });

  it('passes higher grades as shops write them and fails lower ones', () => {
    const item = floor('CAT6 or higher')!;
    const verdict = (name: string) => verifyChecklist([item], product({ name, description: '<p>A patch cable.</p>' }))[0]!.status;
    expect(verdict('Hama CAT6a Patch Cable, S/FTP Shielded, 3 Metres')).toBe('pass');
    expect(verdict('Maker Cat 6a Patch Cable, 2m')).toBe('pass');
    expect(verdict('Maker Cat.7 Network Cable, 5m')).toBe('pass');
    expect(verdict('Sandberg CAT6 UTP Patch Cable, 5 Metre')).toBe('pass');
    expect(verdict('Maker Category 6 Patch Lead')).toBe('pass');
    expect(verdict('Maker CAT5e Patch Cable, 10m')).toBe('fail');
    expect(verdict('Hama High Speed HDMI Cable, 3 Metres')).toBe('fail');
  });

  it('reads a model code as no version ("USB-BT500" is not Bluetooth 500)', () => {
    const item = floor('Bluetooth 5.3 or newer')!;
    expect(verifyChecklist([item], product({ name: 'Asus (USB-BT500) USB Micro Bluetooth 5.0 Adapter' }))[0]!.status).toBe('fail');
  });
});

describe('IP ratings: two grades in one code, dust then water', () => {
  const item = versionFloorItem(VERSION_FLOOR.exec('drives rated IP55 or better against water and dust')!)!;
  const verdict = (name: string) => verifyChecklist([item], product({ name, description: '<p>A drive.</p>' }))[0]!.status;

  it('passes a rating at least as good in both grades, and fails one short in either', () => {
    expect(item).toMatchObject({ kind: 'version-at-least', family: 'IP', min: '55' });
    expect(verdict('Maker XS2 1TB Pocket SSD, IP55 Water & Dust Resistant')).toBe('pass');
    expect(verdict('Maker 2TB Rugged External Hard Drive, IP68 Water/Dust Proof')).toBe('pass');
    expect(verdict('Maker Drive Caddy, IP54 Water, Dust & Shock Proof')).toBe('fail');
    // 64 is more than 55, but its water grade (4) is below 5.
    expect(verdict('Maker Outdoor Drive, IP64')).toBe('fail');
    // "X": not tested for dust.
    expect(verdict('Maker Waterproof Drive, IPX7')).toBe('fail');
    expect(verdict('Maker Portable Hard Drive, 2TB, USB 3.0')).toBe('fail');
  });
});

describe('measures compared as numbers across units', () => {
  const size = (unit: string, value: number): ChecklistItem => ({ kind: 'measure', id: `measure:${unit}=${value}`, label: `${value} ${unit}`, unit, op: '=', value, hard: true, origin: 'request' });
  const status = (item: ChecklistItem, name: string) => verifyChecklist([item], product({ name }))[0]!.status;

  it('finds a 12 cm size in a title that writes 120mm, and any of the sizes a title gives', () => {
    expect(status(size('cm', 12), 'Maker Pure Wings 120mm PWM Fan')).toBe('pass');
    expect(status(size('mm', 120), 'Maker P12 12cm Case Fan')).toBe('pass');
    expect(status(size('cm', 12), 'Maker 14cm Case Fan, 12cm Adapter')).toBe('pass');
    expect(status(size('cm', 12), 'Maker 140mm Case Fan')).toBe('fail');
  });
});

describe('superlative words read as options', () => {
  it('makes no wish of "recent Bluetooth version": the newest version is ranked, no page says "recent"', () => {
    const items = buildChecklist({ text: 'the adapter with the most recent Bluetooth version', kind: 'shopping', engine: 'rules', notes: [], intents: [
      { domain: 'shopping', category: 'option', role: 'wanted', name: 'variation', text: 'recent Bluetooth version', value: 'recent bluetooth', source: 'rules' },
      { domain: 'shopping', category: 'option', role: 'wanted', name: 'colour', text: 'white', value: 'white', source: 'rules' },
    ] }, undefined);
    expect(items.map((i) => i.label)).toEqual(['Colour: white']);
  });
});

describe('measure: a jack size is no length', () => {
  const atMostOneMetre: ChecklistItem = { kind: 'measure', id: 'measure:m<=1', label: 'At most 1 m', unit: 'm', op: '<=', value: 1, hard: true, origin: 'request' };

  it('reads no cable length from "3.5 mm jacks", but a wish in mm still reads them', () => {
    const box = product({ name: 'Maker 4K30 Capture Box, USB-C', description: '<p>Two 3.5 mm jacks for audio in and out.</p>' });
    expect(verifyChecklist([atMostOneMetre], box)[0]!.status).toBe('unknown');
    expect(verifyChecklist([atMostOneMetre], product({ name: 'Maker 3.5mm Jack Cable, 0.5m' }))[0]!.status).toBe('pass');
    const jack: ChecklistItem = { ...atMostOneMetre, id: 'measure:mm=3.5', unit: 'mm', op: '=', value: 3.5 };
    expect(verifyChecklist([jack], box)[0]!.status).toBe('pass');
  });
});

describe('a screen size in inches', () => {
  const size: ChecklistItem = { kind: 'option', id: 'option:size=12.4inch', label: '12.4-inch size', name: 'size', value: '12.4inch', hard: true, origin: 'request' };
  const verdict = (over: Parameters<typeof product>[0]) => verifyChecklist([size], product(over))[0]!.status;

  it('is met by the bare figure a title writes ("Tab S9 FE+ 12.4 5G") or the unit a page writes', () => {
    expect(verdict({ name: 'Tablet Maker Tab S9 FE+ 12.4 5G 12GB' })).toBe('pass');
    expect(verdict({ name: 'Tablet Maker Tab', description: '<p>A 12,4" display.</p>' })).toBe('pass');
  });

  it('is not met by another figure holding its digits, and stays open on a card that says nothing', () => {
    expect(verdict({ name: 'Tablet Maker Tab 112.4 edition', description: '<p>Slim.</p>' })).toBe('fail');
    expect(verdict({ name: 'Tablet Maker Tab A9 8.7 LTE' })).toBe('unknown');
  });
});

describe('words close together', () => {
  it('do not meet a model whose tier sits between them ("4070 SUPER" is no "4070 Ti SUPER")', () => {
    const item: ChecklistItem = { kind: 'attribute-present', id: 'present:4070 super', label: '4070 SUPER', text: '4070 SUPER', hard: true, origin: 'request' };
    const read = (name: string) => verifyChecklist([item], product({ name, description: '<p>Triple fan.</p>' }))[0]!.status;
    expect(read('Maker RTX 4070 Ti SUPER, 16GB')).toBe('fail');
    expect(read('Maker RTX 4070 OC SUPER, 12GB')).toBe('pass');
  });
});

describe('option wishes whose words a title writes its own way', () => {
  const version: ChecklistItem = { kind: 'option', id: 'option:version', label: 'Version: 80mm pwm', name: 'Version', value: '80mm pwm', hard: false, origin: 'request' };
  it('meets "the 80mm PWM version" by a title with "PWM" and "8cm", not by the 12cm one', () => {
    expect(status(version, 'Acme Pure Gale 2 PWM 8cm Case Fan, Rifle Bearing')).toBe('pass');
    expect(status(version, 'Acme Pure Gale 2 PWM 12cm Case Fan, Rifle Bearing')).not.toBe('pass');
    expect(status(version, 'Acme Pure Gale 2 8cm Case Fan, 3-pin')).not.toBe('pass');
  });
});

describe('spellings and the usual value of a wish', () => {
  it('meets "aluminium" by "Aluminum" and "grey" by "Gray"', () => {
    expect(status(like('aluminium'), 'Acme Watch 41mm Starlight Aluminum Case')).toBe('pass');
    expect(status(like('grey'), 'Acme Desk Mat, Gray')).toBe('pass');
  });

  it('reads a phone\'s "8/256GB" as 8 GB of memory and 256 GB of storage', () => {
    expect(status(like('8GB'), 'Smartphone Acme Nova S23 8/256GB Black')).toBe('pass');
    expect(status(like('256GB'), 'Smartphone Acme Nova S23 8/256GB Black')).toBe('pass');
  });
});

describe('names a title carries (session 28)', () => {
  const absentInTitle = (text: string): ChecklistItem => ({ kind: 'attribute-absent', id: `absent:${text}`, label: `Not ${text}`, text, inTitle: true, hard: true, origin: 'request' });
  const status = (item: ChecklistItem, name: string) => verifyChecklist([item], product({ name, description: 'A product.' }))[0]!.status;

  it('reads "White TG" refused as no part of a two-tone "Black/White TG" edition', () => {
    expect(status(absentInTitle('White TG'), 'Fractal Design Define 7 (Black/White TG) Gaming Case')).toBe('pass');
    expect(status(absentInTitle('White TG'), 'Fractal Design Define 7 (White TG) Gaming Case')).toBe('fail');
  });

  it('reads ATX refused as no part of "Micro ATX" or "E-ATX"', () => {
    expect(status(absentInTitle('ATX'), 'Corsair 2500D Airflow Case, Micro ATX, No Fans Inc.')).toBe('pass');
    expect(status(absentInTitle('ATX'), 'Corsair 3500X Case, E-ATX')).toBe('pass');
    expect(status(absentInTitle('ATX'), 'Corsair 4000D Case, ATX')).toBe('fail');
  });

  it('meets "SATA" with "SATAIII" and "SATA3"', () => {
    const sata: ChecklistItem = { kind: 'attribute-present', id: 'present:sata', label: 'SATA', text: 'SATA', hard: true, origin: 'request' };
    expect(status(sata, 'Samsung SSD 870 EVO 1TB SATAIII 2.5')).toBe('pass');
    expect(status(sata, 'Team MS30 M.2 SATA3 SSD')).toBe('pass');
  });
});

describe('a board size named on its own', () => {
  it('does not take "M-ATX" or "Micro ATX" for ATX, and still finds ATX said alone', () => {
    expect(status(like('ATX'), 'GIGABYTE 1700 B760M H DDR4 M-ATX')).not.toBe('pass');
    expect(status(like('ATX'), 'Acme B650M, AM5, Micro ATX, Wi-Fi 6')).not.toBe('pass');
    expect(status(like('ATX'), 'Acme Z790 Pro, LGA1700, ATX, DDR5')).toBe('pass');
  });
});

describe('a board size named on its own, beside a larger one', () => {
  it('still finds ATX in an E-ATX title: a case made for the larger board holds the smaller', () => {
    expect(status(like('ATX'), 'Acme Big Tower Case, E-ATX, Glass Window')).toBe('pass');
  });
});

describe('a capacity asked of a kit (session 34)', () => {
  it('is the kit\'s own figure, not a module\'s: "16GB" is no "32GB Kit (2 x 16GB)"', () => {
    const item: ChecklistItem = { kind: 'measure', id: 'measure:gb=16', label: '16GB', unit: 'gb', op: '=', value: 16, hard: true, origin: 'request' };
    expect(status(item, 'Acme Vengeance 32GB Memory Kit (2 x 16GB), DDR4, 3600MHz')).toBe('fail');
    expect(status(item, 'Acme Spectrix 16GB Kit (2 x 8GB), DDR4, 3200MHz')).toBe('pass');
    expect(status(item, 'Acme Shadow 16GB, DDR4, 3200MHz')).toBe('pass');
  });
});

describe('session 35: words between a maker and its line, and a maker\'s short name', () => {
  const present = (text: string): ChecklistItem => ({ kind: 'attribute-present', id: `present:${text}`, label: text, text, hard: true, origin: 'request' });
  it('finds "Acme Dual" in "Acme RTX4070 SUPER DUAL OC": a tier word qualifies the model number, not the line', () => {
    expect(status(present('Acme Dual'), 'Acme RTX4070 SUPER DUAL OC, 12GB')).toBe('pass');
    expect(verifyChecklist([present('4070 SUPER')], product({ name: 'Acme RTX 4070 Ti SUPER, 16GB', description: 'A graphics card.' }))[0]!.status).toBe('fail');
  });

  it('reads "WD" in a title as Western Digital', () => {
    const wd: ChecklistItem = { kind: 'brand-is', id: 'brand=Western Digital', label: 'Brand Western Digital', brand: 'Western Digital', hard: true, origin: 'request' };
    expect(status(wd, 'WD Elements SE 1TB Pocket Size External SSD')).toBe('pass');
    expect(status(wd, 'Acme SE880 1TB Pocket Size External SSD')).toBe('fail');
  });
});
