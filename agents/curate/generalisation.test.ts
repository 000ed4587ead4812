/**
 * Rules found wanting on the held-out style WebMall set (eval/webmall/extra): each case here is
 * written with made-up products, so it tests the rule, not a task's answer.
 */
import { describe, expect, it } from 'vitest';
import { makerItems } from './card-match';
import { compatibilityKeys } from './compatibility-keys';
import { measureFor, modelMatch } from './product-match';
import { sellsKind, titleKinds, withKindWord } from './product-kind';
import { planQueries } from './query-plan';
import { compatibleItems, substituteFloors, substituteItems, substituteSubjects } from './reference';
import { classifyRequest } from './request-shape';
import { requirementItems } from './requirements';

describe('superlatives name what they rank by', () => {
  it('reads "the largest screen" as screen size, not storage', () => {
    const shape = classifyRequest('Find all offers for the Acme tablet with the largest screen.');
    expect(shape.superlative).toEqual({ measure: 'screen-size', direction: 'max' });
    expect(classifyRequest('Find all offers for the largest available Z900 model by Acme.').superlative?.measure).toBe('capacity');
  });
  it('reads "the highest wattage" as power and "the fastest" as speed, and no title must say "fastest"', () => {
    expect(classifyRequest('Find all offers for the PC power supply with the highest wattage available across all shops.').superlative).toEqual({ measure: 'power', direction: 'max' });
    const fastest = classifyRequest('Find all offers for the fastest DDR5 memory kit by Acme.');
    expect(fastest.superlative).toEqual({ measure: 'speed', direction: 'max' });
    expect(fastest.subjects).toEqual(['DDR5 memory kit']);
  });
  it('reads screen inches, clocks, read speeds and watts from titles', () => {
    expect(measureFor('Tablet ACME Pad X9 Ultra 14.6 5G 12GB 256GB Gray', 'screen-size')).toBe(14.6);
    expect(measureFor('Acme 27" Gaming Monitor, 1920 x 1080, 180Hz', 'screen-size')).toBe(27);
    expect(measureFor('Acme Blade 32GB Kit (2 x 16GB), DDR5, 6400MHz (PC5-51200), CL32', 'speed')).toBe(6400);
    expect(measureFor('Acme 1TB M.2 NVMe SSD, PCIe4, R/W 7000/6000 MB/s', 'speed')).toBe(7000);
    expect(measureFor('Acme 850W Gold PSU, Fully Modular', 'power')).toBe(850);
  });
  it('makes an alternative keep the memory clock when the request says "at least the same speed"', () => {
    const ref = { url: 'http://shop/ref', name: 'Acme Blade 32GB Kit (2 x 16GB), DDR5, 6200MHz (PC5-49600), CL36, DIMM Memory', specs: {} };
    expect(substituteFloors(ref as never, 'with at least the same capacity and speed')).toContainEqual({ measure: 'speed', value: 6200 });
  });
  it('takes a speed the shopper states as the floor, not the original\'s ("rated at 6000MHz or faster", session 36)', () => {
    const ref = { url: 'http://shop/ref', name: 'Acme Blade 32GB Kit (2 x 16GB), DDR5, 6200MHz (PC5-49600), CL36, DIMM Memory', specs: {} };
    expect(substituteFloors(ref as never, 'rated at 6000MHz or faster')).not.toContainEqual({ measure: 'speed', value: 6200 });
  });
});

describe('subjects and kinds', () => {
  it('matches a kit named with its module sizes ("16GB (2 x 8GB)") to its title, not to a 32 GB kit', () => {
    const subject = 'Acme Blade 16GB (2 x 8GB) DDR4 3000MHz memory kit';
    expect(modelMatch('Acme Blade 16GB Kit (2 x 8GB), DDR4, 3000MHz (PC4-24000), CL16, DIMM Memory', subject)).toBe('exact');
    expect(modelMatch('Acme Blade 32GB Kit (2 x 16GB), DDR4, 3000MHz (PC4-24000), CL16, DIMM Memory', subject)).toBeUndefined();
  });
  it('searches a two-word kind by the word shops title it with ("power supply" -> "psu")', () => {
    expect(withKindWord('PC power supply')).toBe('pc psu');
    expect(sellsKind('Acme (P10) POE Splitter for Data and Power via Cable & DC Supply', 'power supply')).toBe(false);
  });
  it('searches a keyboard-and-mouse set by its kinds: shops call the package a kit', () => {
    expect(planQueries('basic keyboard and mouse set')[0]).toBe('basic keyboard mouse');
  });
  it('knows a drive by its flash chips and a card reader as no headset', () => {
    expect(titleKinds('Acme 870 Pro 2.5" 4 TB Serial ATA III V-NAND')).toEqual(['ssd']);
    expect(sellsKind('Acme (133-46) External Multi Card Reader, USB Powered', 'Acme headsets')).toBe(false);
  });
});

describe('requirements the checklist must carry', () => {
  it('requires the maker named before a described kind when no brand was read', () => {
    expect(makerItems(['Hush! liquid CPU cooler'], [])).toMatchObject([{ kind: 'attribute-present', text: 'Hush!', hard: true }]);
    expect(makerItems(['Hush! liquid CPU cooler'], [{ kind: 'brand-is', id: 'b', label: 'Brand Hush', brand: 'Hush', hard: true, origin: 'request' }])).toEqual([]);
  });
  it('keeps "USB" of "with a USB connection" as a property to check', () => {
    expect(requirementItems('with a USB connection')).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'USB', hard: true }));
  });
});

describe('compatible parts and alternatives', () => {
  const record = (name: string) => ({ url: 'http://shop/p', name, specs: {} }) as never;
  it('reads a workstation board\'s socket (sWRX8), not its chipset (WRX80), and knows the board by that chipset', () => {
    const keys = compatibilityKeys(record('Acme PRO WS WRX80E-SAGE, Workstation, AMD WRX80, sWRX8, EATX, 8 DDR4'), ['processors']);
    expect(keys.items).toMatchObject([{ text: 'WRX8', anyOf: ['sWRX8'] }]);
    expect(keys.queries).toEqual(['WRX8']);
    expect(titleKinds('Acme PRO WS WRX80E-SAGE, Workstation, AMD WRX80, sWRX8, EATX, 8 DDR4')).toEqual(['motherboard']);
  });
  it('asks a band for a watch to fit the watch\'s case size', () => {
    expect(compatibleItems(record('Acme Watch Series 3 (GPS, 41mm) - Green with Sport Strap'), ['watch bands'])).toContainEqual(expect.objectContaining({ text: '41mm', hard: true }));
    // A protective case fits one case size too.
    expect(compatibleItems(record('Acme Watch Series 8 GPS 45mm Graphite Case with Sport Band'), ['protective cases'])).toContainEqual(expect.objectContaining({ text: '45mm', hard: true }));
  });
  it('reads "Watch Strap Acme Watch Series 9" as a strap made for a watch', () => {
    expect(titleKinds('Leather Watch Strap Acme Watch Series 9, 8, 41mm (Pink)')).toEqual(['strap']);
    expect(titleKinds('Cooler Master Hyper 212 CPU Cooler')).toEqual(['cooler']);
  });
  it('searches an alternative by its kind noun too, and relaxes the kind from the front', () => {
    expect(substituteSubjects(record('Acme 27" Frameless Eye Care Gaming Monitor (VA100), IPS, 1920 x 1080, 100Hz'))).toEqual(expect.arrayContaining(['care gaming monitor', 'monitor']));
    expect(planQueries('care gaming monitor')).toEqual(['care gaming monitor', 'gaming monitor', 'monitor']);
  });
  it('keeps only the figures the request names: "same resolution and refresh rate" sets no screen-size floor', () => {
    const monitor = record('Acme 27" Gaming Monitor, IPS, 1920 x 1080, 100Hz');
    const items = substituteItems(monitor, classifyRequest('Find the cheapest alternative with at least the same resolution and refresh rate for this monitor: http://shop/p .'));
    expect(items.filter((i) => i.kind === 'measure')).toEqual([]);
    const kit = record('Acme Blade 32GB Kit (2 x 16GB), DDR5, 6200MHz');
    expect(substituteItems(kit, classifyRequest('Find the cheapest alternative with at least the same capacity and speed for this kit: http://shop/p .'))).toContainEqual(expect.objectContaining({ kind: 'measure', unit: 'gb', value: 32 }));
  });
  it('does not search "CPUs" again as "cpu"', () => {
    expect(withKindWord('CPUs')).toBeUndefined();
  });
  it('asks photo editing for a screen sold for colour work', () => {
    expect(requirementItems('suited to professional, colour-accurate photo editing')).toContainEqual(expect.objectContaining({ id: 'present:professional', hard: true }));
  });
});

describe('classifyRequest: kinds asked with an article, replacements without a quoted product', () => {
  it('reads "a <thing>" without a model number as a kind, "an <model>" still as the model', () => {
    expect(classifyRequest('Find the cheapest offer for a DisplayPort to HDMI adapter.').mode).toBe('fit');
    expect(classifyRequest('Find the cheapest offer for an Asus PRIME B650-A WIFI II.').mode).toBe('offers');
    expect(classifyRequest('Find all offers for the Spire DisplayPort Cable, Male to Male, 2 Metres.').mode).toBe('offers');
  });

  it('reads "a replacement laptop charger" as a kind of charger, a replacement for a quoted product as a substitute', () => {
    const shape = classifyRequest('Find the cheapest offer for a replacement laptop charger that fits most laptops.');
    expect(shape.mode).toBe('fit');
    expect(shape.subjects).toEqual(['laptop charger']);
    expect(classifyRequest('Find a replacement for this item: http://shop.test/product/x/').mode).toBe('substitute');
  });
});
