import { describe, expect, it } from 'vitest';
import { isKindOnly, kindModifierItems, sellsKind, subjectKind, titleKinds, withKindWord, withoutImpliedWords } from './product-kind';
import { planQueries } from './query-plan';
import { classifyRequest } from './request-shape';

describe('titleKinds: what a listing sells is the head noun of its name', () => {
  it('reads a prebuilt PC that names its case as a PC, not a case', () => {
    expect(titleKinds('Acme MATX Tower PC, Maker Core 1100 Case, 16GB 3200MHz, 1TB SSD')).toEqual(['pc']);
    expect(sellsKind('Acme MATX Tower PC, Maker Core 1100 Case, 16GB 3200MHz', 'pc case')).toBe(false);
    expect(sellsKind('Maker Pure 500 Gaming Case with Window, ATX, 2 x Fans', 'pc case')).toBe(true);
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
    expect(planQueries('long hdmi cable')).toEqual(['long hdmi cable', 'hdmi cable', 'cable']);
    expect(planQueries('Hama High Speed HDMI Cable')[1]).toBe('Hama High Speed HDMI');
  });

  it('turns the describing words into soft wishes', () => {
    expect(kindModifierItems('gaming headset').map((i) => [i.kind, i.id, i.hard])).toEqual([['attribute-present', 'present:gaming', false]]);
    expect(kindModifierItems('pc case')).toEqual([]);
  });

  it('checks the spec words of a kind (a count with its noun, an acronym, "gigabit"), and ranks by the describing ones', () => {
    expect(kindModifierItems('8-port gigabit network switch').map((i) => [i.label, i.hard])).toEqual([['8 port', true], ['gigabit', true], ['network', false]]);
    expect(kindModifierItems('12cm ARGB case fan').map((i) => [i.label, i.hard])).toEqual([['Size 12cm', true], ['argb', true]]);
    expect(kindModifierItems('mini PC')[0]).toMatchObject({ hard: true, anyOf: expect.arrayContaining(['tiny', 'SFF']) });
    expect(kindModifierItems('long hdmi cable').map((i) => i.hard)).toEqual([false, false]);
  });

  it('makes a size in the kind a hard measure and leaves it out of the searches, which shops write as 27"', () => {
    expect(kindModifierItems('27 inch gaming monitors').map((i) => [i.kind, i.hard])).toEqual([['measure', true], ['attribute-present', false]]);
    expect(kindModifierItems('27 inch gaming monitors')[0]).toMatchObject({ unit: 'in', op: '=', value: 27 });
    expect(planQueries('27 inch gaming monitors')).toEqual(['gaming monitor', 'monitor']);
  });
});
