import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { compatibleItems, coveredPower, statedFitsFirst, compatibleSubjects, kindWords, sameProductCheaper, sameProductInColour, substituteFloors, substituteItems, substituteSubjects, withoutQuotedProductClause, withoutUncheckedFits, withSameProductStatements } from './reference';
import { classifyRequest } from './request-shape';
import { requirementItems } from './requirements';
import { verifyChecklist } from '../checklist/verify';

describe('what a quoted product is, for finding its alternatives', () => {
  it('takes the kind from the words after the last model number or size', () => {
    expect(kindWords('Corsair 1TB MP600 CORE XT M.2 NVMe SSD, M.2 2280, PCIe4')).toBe('NVMe SSD');
    expect(kindWords('Arctic Liquid Freezer III 360mm Liquid CPU Cooler, P12 PWM PST Fans')).toBe('Liquid CPU Cooler');
  });

  it('searches the product, its maker\'s model line (other tiers), and its kind (as a kind, then its noun alone)', () => {
    const subjects = substituteSubjects(product({ name: 'Corsair 1TB MP600 CORE XT M.2 NVMe SSD, M.2 2280, PCIe4' }));
    expect(subjects).toEqual(['Corsair 1TB MP600 CORE XT M.2 NVMe SSD', 'Corsair mp600', 'nvme ssd', 'ssd']);
  });
});

describe('compatible products from the quoted device', () => {
  const card = product({ name: 'Maker T100 Graphics Card, 4GB DDR6, 4 miniDP 1.4, Low Profile' });

  it('asks for a cable from the device\'s own port when it lacks the connector asked for, with a plug on the far end', () => {
    const items = compatibleItems(card, ['HDMI cable'], 'Find an HDMI cable to connect my monitor to this GPU');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'Mini DisplayPort', hard: true }));
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-absent', text: 'HDMI female', hard: true }));
    expect(compatibleSubjects(card, ['HDMI cable'])).toEqual(['HDMI cable', 'Mini DisplayPort HDMI']);
  });

  it('needs no adapter when the device has the connector', () => {
    const withHdmi = product({ name: 'Maker X70 Graphics Card, 12GB, HDMI, 3 DP' });
    expect(compatibleItems(withHdmi, ['HDMI cable']).some((i) => i.kind === 'attribute-absent')).toBe(false);
  });

  it('makes a describing word for a part the product goes without ("fanless") a spec every pick must state', () => {
    const pc = product({ name: 'Acme Mini PC, Maker QN51 Case, Ryzen 3 5300U, 8GB 3200MHz' });
    const fanless = compatibleItems(pc, ['fanless cases']).find((i) => i.label === 'fanless');
    expect(fanless).toMatchObject({ kind: 'attribute-present', hard: true });
    const verdict = (name: string) => verifyChecklist([fanless!], product({ name, description: 'A case.' }))[0]!.status;
    expect(verdict('Other Turing A50 Compact Fanless Case for Maker QN51')).toBe('pass');
    expect(verdict('Other Vista Gaming Case w/ Glass Window, Micro ATX, 4x ARGB Fans')).toBe('fail');
    expect(compatibleItems(pc, ['protective cases']).some((i) => i.kind === 'attribute-present' && i.hard)).toBe(false);
  });

  it('asks a part to name the quoted product only where no standard (a socket, a connector) says what fits', () => {
    const pc = product({ name: 'Acme Mini PC, Maker QN51 Case, Ryzen 3 5300U, 8GB 3200MHz' });
    expect(compatibleItems(pc, ['cases']).map((i) => i.label)).toContain('Made for QN51');
    const board = product({ name: 'Maker PRIME X670-P, AMD X670, AM5, ATX, 4 DDR5, HDMI, DP' });
    expect(compatibleItems(board, ['CPUs']).some((i) => i.kind === 'compatible-with')).toBe(false);
    expect(compatibleItems(card, ['HDMI cable']).some((i) => i.kind === 'compatible-with')).toBe(false);
  });

  it('makes the colour a hard wish only when the request asks for the same colour', () => {
    const white = product({ name: 'Maker 5000 Gaming Case, E-ATX, White' });
    expect(compatibleItems(white, ['keyboards'], 'keyboards with the same color as this case')[0]).toMatchObject({ text: 'white', hard: true });
    expect(compatibleItems(white, ['keyboards'], 'keyboards for this case')[0]).toMatchObject({ text: 'white', hard: false });
  });
});

describe('the cheapest alternative when the request names no criteria', () => {
  const ref = product({ name: 'Maker Frost 360mm Liquid CPU Cooler, P12 Fans &amp; PWM Pump', price: 109.99 });
  const offer = (name: string, price: number) => ({ offer: { record: product({ name, price }) } });

  it('is the same product sold for less elsewhere, not a cheaper model nor a variant of another colour', () => {
    const same = offer('Maker Frost 360mm Liquid CPU Cooler, P12 Fans & PWM Pump', 71.5);
    const samePrice = offer('Maker Frost 360mm Liquid CPU Cooler, P12 Fans & PWM Pump', 109.99);
    const otherModel = offer('Budget Berg 360mm ARGB Liquid CPU Cooler, 12cm Fans', 65);
    const edition = offer('Maker Frost A-RGB 360mm Liquid CPU Cooler, P12 ARGB Fans, White', 80);
    const otherSize = offer('Maker Frost 360mm Liquid CPU Cooler, P12 Fans & PWM Pump, 240mm', 60);
    expect(sameProductCheaper(ref, [same, samePrice, otherModel, edition, otherSize])).toEqual([same]);
  });

  it('is nothing when no shop sells the same product for less, so other models get compared', () => {
    expect(sameProductCheaper(ref, [offer('Budget Berg 360mm ARGB Liquid CPU Cooler', 65)])).toEqual([]);
  });
});

describe('what an alternative must keep', () => {
  const monitor = product({ name: 'Maker 27" STRIX Gaming Monitor (XG27), IPS, 2560 x 1440, 1ms, 170Hz, VESA' });

  it('searches the kind as the title words it, without line names or sizes', () => {
    expect(kindWords(monitor.name!)).toBe('Gaming Monitor');
    expect(kindWords('Maker Fury 32GB, DDR5, 5600MHz, CL40, DIMM Memory')).toBe('DIMM Memory');
    expect(kindWords('Maker Ryzen 5 5600 CPU with Stealth Cooler, AM4')).toBe('CPU');
  });

  it('keeps every performance figure when the request names no criteria, only the named ones otherwise', () => {
    expect(substituteFloors(monitor, '')).toEqual([{ measure: 'refresh-rate', value: 170 }, { measure: 'resolution', value: 2560 * 1440 }]);
    expect(substituteFloors(monitor, 'with at least the same refresh rate')).toEqual([{ measure: 'refresh-rate', value: 170 }]);
    expect(substituteFloors(monitor, 'with only a slight loss in performance')).toEqual([]);
  });

  it('keeps a drive\'s write speed, not its read speed, when the request names writing', () => {
    const ssd = product({ name: 'Maker 2TB MP600 PRO XT M.2 NVMe SSD, M.2 2280, PCIe4, R/W 7100/6800 MB/s' });
    expect(substituteFloors(ssd, 'with at least the same capacity and write speed')).toEqual([{ measure: 'write-speed', value: 6800 }]);
    expect(substituteFloors(ssd, 'with at least the same read and write speed')).toEqual([{ measure: 'write-speed', value: 6800 }, { measure: 'speed', value: 7100 }]);
    expect(substituteFloors(ssd, 'with at least the same speed')).toEqual([{ measure: 'speed', value: 7100 }]);
  });

  it('keeps the memory generation and form of the original memory', () => {
    const items = substituteItems(product({ name: 'Maker Fury 32GB, DDR5, 5600MHz, CL40, DIMM Memory' }), classifyRequest('Find the cheapest alternative for this RAM: http://shop.test/p/'));
    expect(items.map((i) => i.id)).toEqual(expect.arrayContaining(['present:ddr5', 'absent:sodimm', 'measure:gb=32']));
  });

  it('keeps the original\'s size as a number, so a fan written "12cm" finds one written "120mm" and not a 14cm one', () => {
    const fan = product({ name: 'Maker P12 Slim 12cm PWM Case Fan, Black, 300-2100 RPM' });
    const items = substituteItems(fan, classifyRequest('Find the cheapest alternative for this item: http://shop.test/p/'));
    const size = (name: string) => verifyChecklist(items.filter((i) => i.kind === 'measure'), product({ name }))[0]!.status;
    expect(size('Other Brand 120mm PWM Case Fan, 2000 RPM')).toBe('pass');
    expect(size('Maker P12 Slim 12cm PWM Case Fan, Black, 300-2100 RPM')).toBe('pass');
    expect(size('Other Brand 14cm PWM Case Fan, 1700 RPM')).toBe('fail');
  });

  it('reads "at least the same TDP" as a floor at the figure the quoted page gives beside TDP, not as the word', () => {
    const cooler = product({ name: 'Maker Frost H4 Heatsink & Fan, 12cm PWM Fan', description: '<p>A tower cooler with a 12cm fan and a TDP of up to 185W.</p>' });
    const shape = classifyRequest('Find the cheapest alternative with at least the same TDP rating for this CPU cooler: http://shop.test/p/');
    const floor = substituteItems(cooler, shape).find((i) => i.kind === 'measure');
    expect(floor).toMatchObject({ unit: 'w', op: '>=', value: 185, near: 'tdp', hard: true });
    const verdict = (name: string) => verifyChecklist([floor!], product({ name }))[0]!.status;
    expect(verdict('Vida Tower Heatsink & Fan, 2000RPM Fan, 6 Heatpipes, 220W TDP')).toBe('pass');
    expect(verdict('Budget Heatsink and Fan, Intel 1200, Ultra Quiet Fan, 73W TDP')).toBe('fail');
    expect(verdict('Maker 1200W PSU, 135mm Fan')).toBe('unknown');
  });

  it('reads "at least the same wattage" as the title\'s watts when no figure stands beside the word', () => {
    const psu = product({ name: 'Maker 850W Gold PSU, Fully Modular' });
    const floor = substituteItems(psu, classifyRequest('Find the cheapest alternative with at least the same wattage for this power supply: http://shop.test/p/')).find((i) => i.kind === 'measure');
    expect(floor).toMatchObject({ unit: 'w', op: '>=', value: 850 });
    expect(verifyChecklist([floor!], product({ name: 'Other 750W Bronze PSU' }))[0]!.status).toBe('fail');
    expect(verifyChecklist([floor!], product({ name: 'Other 1000W Platinum PSU' }))[0]!.status).toBe('pass');
  });

  it('reads "at least as many cores" as a floor at the original\'s core count, words ("Quad Core") counting as numbers', () => {
    const cpu = product({ name: 'Maker Core i5-12500 CPU, 1700, 3.0 GHz (4.6 Turbo), 6-Core, 65W, 18MB Cache' });
    const items = substituteItems(cpu, classifyRequest('Find the cheapest alternative for this CPU that uses the same socket and has at least as many cores: http://shop.test/p/'));
    const verdicts = (name: string) => verifyChecklist(items, product({ name, description: 'A processor.' })).map((v) => v.status);
    expect(items.map((i) => i.label)).toEqual(['Socket 1700, like Maker Core i5-12500 CPU', 'At least 6 cores, like the original']);
    expect(verdicts('Maker Core i5-13600K CPU, 1700, 3.5 GHz (5.3 Turbo), 14-Core, 125W')).toEqual(['pass', 'pass']);
    expect(verdicts('Maker Core i3-12100 CPU, 1700, 3.3 GHz (4.3 Turbo), Quad Core, 60W')).toEqual(['pass', 'fail']);
    expect(verdicts('Other Ryzen 7 7700X CPU, AM5, 8-Core, 105W')).toEqual(['fail', 'pass']);
  });

  it('reads "the same wattage" as the original\'s own figure, neither more nor less', () => {
    const psu = product({ name: 'Maker 850W Gold PSU, Fully Modular' });
    const same = substituteItems(psu, classifyRequest('Find the cheapest alternative with the same wattage for this power supply: http://shop.test/p/')).find((i) => i.kind === 'measure');
    expect(same).toMatchObject({ unit: 'w', op: '=', value: 850 });
    expect(verifyChecklist([same!], product({ name: 'Other 850W Bronze PSU' }))[0]!.status).toBe('pass');
    expect(verifyChecklist([same!], product({ name: 'Other 1000W Platinum PSU' }))[0]!.status).toBe('fail');
  });

  it('takes the first of two joined kinds as the product ("Heatsink & Fan" is a cooler with its fan)', () => {
    expect(kindWords('Maker F4 Tower Cooler & Fan, Intel & AMD Sockets, 12cm PWM Fan, 185W TDP')).toBe('Tower Cooler');
    expect(kindWords('Maker HDMI & DisplayPort Cable, 2m')).toBe('Cable');
  });
});

describe('the quoted device\'s video ports, read from the one connector table', () => {
  it('bridges from a Micro HDMI port, which no HDMI cable plugs into', () => {
    const camera = product({ name: 'Maker Z5 Camera, 4K, Micro HDMI, USB-C' });
    const items = compatibleItems(camera, ['HDMI cable'], 'Find an HDMI cable to connect my monitor to this camera');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'Micro HDMI', hard: true }));
    expect(compatibleSubjects(camera, ['HDMI cable'])).toEqual(['HDMI cable', 'Micro HDMI HDMI']);
  });

  it('reads a hyphenated "Mini-DP" output as Mini DisplayPort', () => {
    const card = product({ name: 'Maker T200 Graphics Card, 2GB, 2x Mini-DP, DVI' });
    expect(compatibleItems(card, ['HDMI cable'])).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'Mini DisplayPort' }));
  });
});

describe('compatible products: what the quoted product does, and what one shop states of a product another sells', () => {
  it('asks nothing of a case from a clause saying what the quoted cable adds to it', () => {
    const shape = withoutQuotedProductClause(classifyRequest('Find all offers for cases that this cable adds a front USB-C port to: http://shop.test/product/model-e-cable/ .'));
    expect(shape.requirements).toBe('');
    const kept = withoutQuotedProductClause(classifyRequest('Find all offers for cases with a glass window for this board: http://shop.test/product/board/'));
    expect(kept.requirements).toBe(classifyRequest('Find all offers for cases with a glass window for this board: http://shop.test/product/board/').requirements);
  });

  it('passes a spec for a shop\'s listing that leaves it out when another shop\'s page for the same product states it', () => {
    const items = [{ kind: 'attribute-present' as const, id: 'present:eeb', label: 'Takes an EEB board', text: 'EEB', hard: true, origin: 'request' as const }];
    const offer = (url: string, name: string, description: string) => {
      const record = product({ url, name, description });
      return { offer: { record }, verdicts: verifyChecklist(items, record) };
    };
    const [stated, silent, other] = withSameProductStatements([
      offer('http://a.test/xl', 'Maker Vista 2 XL (Black TG) Gaming Case, E-ATX', 'Supports SSI-EEB boards.'),
      offer('http://b.test/xl', 'Maker Vista 2 XL (Black TG) Gaming Case, E-ATX, USB-C', 'Up to E-ATX.'),
      offer('http://b.test/v2', 'Maker Vista 2 (Black TG) Gaming Case, E-ATX', 'Up to E-ATX.'),
    ]);
    expect(stated!.verdicts[0]!.status).toBe('pass');
    expect(silent!.verdicts[0]!.status).toBe('pass');
    expect(other!.verdicts[0]!.status).toBe('fail');
  });
});

describe('compatible offers that nothing checked against the quoted product', () => {
  const quoted = product({ name: 'Maker Widget 3000, Black' });
  const offers = Array.from({ length: 40 }, (_, i) => `offer ${i}`);
  const soft = [{ kind: 'attribute-present' as const, id: 'present:black', label: 'black like Maker Widget 3000', text: 'black', hard: false, origin: 'request' as const }];

  it('withholds every offer of the kind, with a note saying what to add, rather than list them all', () => {
    const { picks, note } = withoutUncheckedFits(offers, soft, 0, quoted);
    expect(picks).toEqual([]);
    expect(note).toMatch(/Maker Widget 3000.*40 offers/);
  });

  it('keeps the offers when a key checked them, a title wish narrowed them, or they are few', () => {
    expect(withoutUncheckedFits(offers, [{ ...soft[0]!, hard: true }], 0, quoted).picks).toHaveLength(40);
    expect(withoutUncheckedFits(offers, soft, 1, quoted).picks).toHaveLength(40);
    expect(withoutUncheckedFits(offers.slice(0, 3), soft, 0, quoted)).toEqual({ picks: offers.slice(0, 3) });
  });
});

describe('compatible products: a maker named before the kind', () => {
  const cpu = product({ name: 'Intel Processor 300 CPU, 1700, Up to 3.9 GHz, Dual Core' });
  const verdict = (items: ReturnType<typeof compatibleItems>, name: string) => verifyChecklist(items.filter((i) => i.id.startsWith('maker:')), product({ name, description: 'A board.' })).map((v) => v.status);

  it('asks "Asrock ATX motherboards" for a quoted CPU to be made by Asrock, the standard no part of the maker', () => {
    const items = compatibleItems(cpu, ['Asrock ATX motherboards']);
    expect(items).toContainEqual(expect.objectContaining({ label: 'Made by Asrock', hard: true }));
    expect(verdict(items, 'Asrock Z790 PG RIPTIDE, Intel Z790, 1700, ATX, 4 DDR5')).toEqual(['pass']);
    expect(verdict(items, 'Asus PRIME Z790-P WIFI, Intel Z790, 1700, ATX, 4 DDR5')).toEqual(['fail']);
  });

  it('asks no maker of a kind named by standards alone, nor of words naming the quoted device ("Apple Watch bands")', () => {
    expect(compatibleItems(cpu, ['ATX motherboards']).some((i) => i.id.startsWith('maker:'))).toBe(false);
    expect(compatibleItems(cpu, ['Micro ATX motherboards']).some((i) => i.id.startsWith('maker:'))).toBe(false);
    const watch = product({ name: 'Apple Watch Series 8 GPS 41mm Midnight Aluminium Case' });
    expect(compatibleItems(watch, ['Apple Watch bands']).some((i) => i.id.startsWith('maker:'))).toBe(false);
  });
});

describe('a port the request names for a compatible part', () => {
  const cpu = product({ name: 'Maker Ryzen 5 4600G CPU, AM4, 6-Core, Radeon Graphics' });
  const ports = (items: ReturnType<typeof compatibleItems>, name: string) => verifyChecklist(items.filter((i) => i.id === 'present:displayport'), product({ name, description: 'A board.' })).map((v) => v.status);

  it('asks a board "with DisplayPort" to show it, written "DP" or in full, and leaves out one with HDMI only', () => {
    const items = compatibleItems(cpu, ['Maker ATX motherboards'], 'The board needs a DisplayPort output. Find Maker ATX motherboards with DisplayPort that this processor fits: http://shop.test/p/maker-hdmi-dp/ .');
    expect(items.filter((i) => i.id === 'present:displayport')).toEqual([expect.objectContaining({ label: 'Has DisplayPort', hard: true })]);
    expect(ports(items, 'Maker B550 Board, AM4, ATX, 4 DDR4, HDMI, DP')).toEqual(['pass']);
    expect(ports(items, 'Maker X570 Board, AM4, ATX, 4 DDR4, HDMI')).toEqual(['fail']);
  });

  it('reads no port from the quoted page\'s address, nor asks a cable for its ends', () => {
    expect(compatibleItems(cpu, ['Maker ATX motherboards'], 'Find Maker ATX motherboards that fit: http://shop.test/p/board-hdmi-dp/').some((i) => i.id === 'present:displayport')).toBe(false);
    const card = product({ name: 'Maker RTX 4060 Graphics Card, HDMI, 3 DP' });
    expect(compatibleItems(card, ['DisplayPort cable'], 'Find a DisplayPort cable with DisplayPort on both ends for this card').some((i) => i.id === 'present:displayport')).toBe(false);
  });
});

describe('an alternative from the maker the request names', () => {
  const cooler = product({ name: 'Maker ROG 360 ARGB Liquid CPU Cooler, 360mm, 3 x ARGB PWM Fans' });
  const maker = (text: string) => substituteItems(cooler, classifyRequest(text)).filter((i) => i.id === 'maker:maker');

  it('keeps "another Maker 360mm cooler" to that maker, so a cheaper cooler of another make is left out', () => {
    const items = maker('Find the cheapest alternative for this liquid cooler; I want another Maker 360mm cooler with ARGB fans: http://shop.test/p/');
    expect(items).toEqual([expect.objectContaining({ label: 'Made by Maker', hard: true })]);
    const verdict = (name: string) => verifyChecklist(items, product({ name, description: 'A cooler.' }))[0]!.status;
    expect(verdict('Maker TUF 360 ARGB Liquid CPU Cooler, 360mm Radiator')).toBe('pass');
    expect(verdict('Other Iceburg 360mm ARGB Liquid CPU Cooler')).toBe('fail');
  });

  it('asks no maker when the request names none, or refuses it', () => {
    expect(maker('Find the cheapest alternative for this liquid cooler: http://shop.test/p/')).toEqual([]);
    expect(maker('Find the cheapest alternative for this liquid cooler; a 360mm cooler, but not from Maker: http://shop.test/p/')).toEqual([]);
  });
});

describe('an alternative\'s size where the request allows another, and figures of other parts', () => {
  it('makes the original\'s radiator size a ceiling where "a smaller radiator is fine"', () => {
    const cooler = product({ name: 'Arctic Liquid Freezer II ARGB 360mm Liquid CPU Cooler, PWM Fans & PWM Controlled Pump' });
    const text = 'Find the cheapest alternative from the same series for this cooler: http://shop.test/p/ . A smaller radiator is fine.';
    const items = substituteItems(cooler, classifyRequest(text), text);
    expect(items).toContainEqual(expect.objectContaining({ kind: 'measure', unit: 'mm', op: '<=', value: 360 }));
    expect(substituteItems(cooler, classifyRequest('Find the cheapest alternative for this cooler: http://shop.test/p/ .'))).toContainEqual(expect.objectContaining({ kind: 'measure', unit: 'mm', op: '=', value: 360 }));
  });

  it('keeps no case\'s room for another part ("315mm GPU Support") as the size an alternative must share', () => {
    const pc = product({ name: 'Fractal Design Meshify C Mini (Dark TG) Gaming Case w/ Dark Glass Window, Micro ATX, 2 Fans, 315mm GPU Support' });
    expect(substituteItems(pc, classifyRequest('Find the cheapest alternative for this case: http://shop.test/p/ .')).some((i) => i.kind === 'measure' && i.unit === 'mm')).toBe(false);
  });
});

describe('compatible parts: the model the quoted product comes with, and a size that says what fits', () => {
  const cooler = product({ name: 'Be Quiet! Pure Loop 2 120mm Liquid CPU Cooler, 1x Pure Wings 3 PWM Fans, ARGB Cooling Block' });

  it('requires the included part\'s model of "a second fan of the same model that it comes with"', () => {
    const items = compatibleItems(cooler, ['second fan'], 'Find all offers for a second fan of the same model that it comes with.');
    expect(items).toContainEqual(expect.objectContaining({ text: 'Pure Wings 3 PWM', hard: true }));
    expect(items.some((i) => /1x/.test(i.label))).toBe(false);
    expect(compatibleItems(cooler, ['second fan'], 'Find all offers for a second fan.').some((i) => i.label.includes('Pure Wings'))).toBe(false);
  });

  it('asks no "made for" statement of fans asked in a size, which is what fits a case', () => {
    const pc = product({ name: 'Corsair iCUE 5000T RGB Gaming Case w/ Glass Window, E-ATX, 3 RGB Fans' });
    expect(compatibleItems(pc, ['three Corsair RGB 12cm fan']).some((i) => i.kind === 'compatible-with')).toBe(false);
    expect(compatibleItems(pc, ['Corsair RGB fan']).some((i) => i.kind === 'compatible-with')).toBe(true);
  });
});

describe('statedFitsFirst: picks that say they are made for the quoted product', () => {
  const pick = (name: string) => ({ offer: { record: product({ name }) } });
  const pop = product({ name: 'Fractal Design Pop Air RGB (Magenta Core TG) Gaming Case w/ Clear Glass Window, ATX' });

  it('keeps the cable made for the quoted case over any USB-C cable', () => {
    const made = pick('Fractal Design USB-C 10Gpbs Model D Cable for Fractal Pop & Focus 2 Cases Only, 650mm');
    const any = pick('Hama USB-C to USB-C Quick Charging Cable, USB 2.0, 1.5 Metre, White');
    expect(statedFitsFirst([any, made], pop)).toEqual([made]);
  });

  it('keeps every pick where none says it is made for the quoted product', () => {
    const picks = [pick('Hama USB-C to USB-C Cable, 1.5 Metre'), pick('USB-C Cable for Fractal Meshify Lite Cases Only')];
    expect(statedFitsFirst(picks, pop)).toEqual(picks);
  });
});

describe('a product another shop names in its own words; processors a quoted cooler can cool', () => {
  it('takes the same maker, model number and specs under another name as the same product, not another model', () => {
    const ref = product({ name: 'Acme A115 High-Performance Heatsink & Fan, Intel/AMD, 2x AF140 ELITE PWM Fans, 270W TDP', price: 109.99 });
    const offer = (name: string, price: number) => ({ offer: { record: product({ name, price }) } });
    const renamed = offer('Acme A115 Twin Tower Heatsink & Fan, Intel/AMD, 2x AF140 ELITE PWM Fans, 270W TDP', 89.99);
    const otherModel = offer('Acme A105 Twin Tower Heatsink & Fan, Intel/AMD, 2x AF140 ELITE PWM Fans, 270W TDP', 69.99);
    const otherSpecs = offer('Acme A115 Twin Tower Heatsink & Fan, Intel/AMD, 1x AF140 ELITE PWM Fan, 200W TDP', 59.99);
    expect(sameProductCheaper(ref, [renamed, otherModel, otherSpecs])).toEqual([renamed]);
  });

  it('caps the processors\' watts at the TDP a quoted cooler is rated for, when the request asks what it can cool', () => {
    const cooler = product({ name: 'Acme Alpine 17 Compact Heatsink & Fan, Intel 1700, Fluid Dynamic Bearing, 95W TDP' });
    const items = compatibleItems(cooler, ['processors'], 'Find all offers for processors it can cool, with a TDP no higher than it is rated for.');
    const cap = items.filter((i) => i.kind === 'measure');
    expect(cap).toEqual([expect.objectContaining({ unit: 'w', op: '<=', value: 95, hard: true })]);
    expect(verifyChecklist(cap, product({ name: 'Intel Core i3-12100 CPU, 1700, 3.3 GHz (4.3 Turbo), Quad Core, 60W, 12MB Cache' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(cap, product({ name: 'Intel Core i7-13700K CPU, 1700, 3.4 GHz (5.4 Turbo), 16-Core, 125W (253W Turbo)' }))[0]!.status).toBe('fail');
    // Fans for the cooler have no such cap; nor do processors when only the socket is asked.
    expect(compatibleItems(cooler, ['processors'], 'Find all offers for processors that fit this cooler.').some((i) => i.kind === 'measure')).toBe(false);
  });
});

describe('compatible fans of the size the quoted case states for its fans', () => {
  it('reads "replace them with fans of the same size" as the 180 mm of the case\'s front fans', () => {
    const torrent = product({ name: 'Acme Torrent Gaming Case, E-ATX, 5 Fans, Fan Hub', description: 'Open grille and 180 mm front fans optimized for maximum air intake.' });
    const items = compatibleItems(torrent, ['fans'], 'One of the front fans of this case rattles and I want to replace them with fans of the same size.').filter((i) => i.kind === 'measure');
    expect(items).toEqual([expect.objectContaining({ unit: 'mm', op: '=', value: 180 })]);
    expect(verifyChecklist(items, product({ name: 'Acme Dynamic X2 GP-18 PWM 18cm Case Fan' }))[0]!.status).toBe('pass');
    expect(verifyChecklist(items, product({ name: 'Acme P14 PWM 14cm Case Fan' }))[0]!.status).toBe('fail');
  });
});

describe('substituteItems: a figure the request says or frees', () => {
  it('drops the original\'s size where the request names its own ("with a 360mm radiator") or frees it ("whatever its storage")', () => {
    const cooler = product({ name: 'Maker Liquid Freezer III A-RGB 420mm Liquid CPU Cooler, Black' });
    const said = substituteItems(cooler, classifyRequest('My case tops out at 360mm: http://shop.test/p/ . Find the cheapest alternative that is the same Maker Liquid Freezer III A-RGB with a 360mm radiator.'));
    expect(said.filter((i) => i.kind === 'measure' && i.unit === 'mm')).toEqual([]);
    const phone = product({ name: 'Maker GALAXY S24+ 5G 256GB Cobalt Violet Smartphone' });
    const freed = substituteItems(phone, classifyRequest('Too big: http://shop.test/p/ . Find the cheapest alternative that is the standard Galaxy S24 in the same Cobalt Violet, whatever its storage.'));
    expect(freed.filter((i) => i.kind === 'measure')).toEqual([]);
  });
});

describe('substituteItems: blind29 readings', () => {
  it('reads "a longer antenna cable instead" of a 1.5 m one as longer than it, with the same plugs', () => {
    const lead = product({ name: 'Maker Antenna Cable, Coax Male to Coax Female, 90dB, 1.5 Metre' });
    const text = 'This aerial lead is only 1.5 metres and my TV stands further than that: http://shop.test/p/ . Find the cheapest longer antenna cable instead.';
    const items = substituteItems(lead, classifyRequest(text), text);
    expect(items.map((i) => i.label)).toEqual(['More than 1.5 m, unlike the original', 'Coax plug, like the original']);
    const statuses = (name: string) => verifyChecklist(items, product({ name, description: 'A cable.' })).map((v) => v.status);
    expect(statuses('Maker 3-Part Antenna Connection Kit - 5 Metre Antenna Cable + 2x Coax Adapters')).toEqual(['pass', 'pass']);
    expect(statuses('Maker DisplayPort Cable, Male to Male, 2 Metres')).toEqual(['pass', 'fail']);
    expect(statuses('Maker Antenna Cable, Coax Male to Coax Female, 1 Metre')).toEqual(['fail', 'pass']);
  });

  it('reads "the same model with the smaller SSD" of a laptop as no bound on the laptop\'s own first figure (its memory)', () => {
    const laptop = product({ name: 'Maker Laptop 4, 13.5" Touchscreen, i5-1145G7, 16GB, 512GB SSD, Windows 10 Pro' });
    const text = 'I will never fill 512GB: http://shop.test/p/ . Find the cheapest alternative that is the same Core i5 model with the smaller SSD.';
    expect(substituteItems(laptop, classifyRequest(text), text).filter((i) => i.kind === 'measure' && (i.op === '<' || i.op === '>'))).toEqual([]);
  });
});

describe('alternatives to a board titled by its model and specs alone', () => {
  const board = product({ name: 'Acme X570 TAICHI STORM, AMD X570, AM4, ATX, 4 DDR4, HDMI, AX Wi-Fi, 2.5GB LAN, PCIe4', description: 'A board.' });
  it('searches the kind its specs show ("motherboard"), not its last name words', () => {
    expect(substituteSubjects(board)).toContain('motherboard');
    expect(substituteSubjects(board)).not.toContain('taichi storm');
  });

  it('keeps no network speed ("2.5GB LAN") as a capacity the alternative must share', () => {
    const items = substituteItems(board, classifyRequest('Find the cheapest alternative that is still a full-size ATX board for AM4 with Wi-Fi: http://a.test/p/'), 'Find the cheapest alternative that is still a full-size ATX board for AM4 with Wi-Fi');
    expect(items.map((i) => i.label).join(' | ')).not.toMatch(/GB/);
  });
});

describe('substituteSubjects: the model without its edition (session 23)', () => {
  it('searches the quoted model without the edition in brackets, so its other editions are found', () => {
    expect(substituteSubjects(product({ name: 'Vexa Design Pop Air (Black Solid) Gaming Case, ATX, 3 Fans' }))).toContain('Vexa Design Pop Air Gaming Case');
  });
});

describe('the same product however a shop writes its pack (session 23)', () => {
  it('takes "Case Fans (2 Pack)" and "Case Fans x2" of one model for one product, and "exactly this pack again" as asking only less money', async () => {
    const { isSameProduct, asksOnlyLessMoney } = await import('./reference');
    expect(isSameProduct(product({ name: 'Acme LINK RX140 RGB 14cm PWM Case Fans (2 Pack), 8 ARGB LEDs, Black' }), product({ name: 'Acme LINK RX140 RGB 14cm PWM Case Fans x2, 8 ARGB LEDs, Black' }))).toBe(true);
    expect(isSameProduct(product({ name: 'Acme LINK RX140 RGB 14cm PWM Case Fans (2 Pack), Black' }), product({ name: 'Acme LINK RX140 RGB 14cm PWM Case Fans (3 Pack), Black' }))).toBe(false);
    expect(asksOnlyLessMoney('exactly this pack again', 'I want exactly this pack again, from a shop that asks less.')).toBe(true);
  });
});

describe('the quoted product in another colour (round 50)', () => {
  const ref = product({ name: 'Acme C8 Gaming Case w/ Glass Side, E-ATX, Dual Chamber, White', price: 120 });
  const offer = (name: string, price: number) => ({ offer: { record: product({ name, price }) } });
  const black = offer('Acme C8 Gaming Case w/ Glass Side, E-ATX, Dual Chamber, Black', 125);
  const blackMesh = offer('Acme C8 Gaming Case, E-ATX, Quasi Mesh, Black', 90);
  const white = offer('Acme C8 Gaming Case w/ Glass Side, E-ATX, Dual Chamber, White', 110);

  it('is that product\'s offers in the colour asked for ("in black would do"), whatever their price, its mesh edition not', () => {
    expect(sameProductInColour(ref, [black, blackMesh, white], 'The very same Acme C8 in black would do.')).toEqual([black]);
    expect(sameProductInColour(ref, [black, white], 'I would like this Acme C8 in black instead of white.')).toEqual([black]);
    expect(sameProductInColour(ref, [black, white], 'Find the cheapest alternative.')).toEqual([]);
  });

  it('takes another colour said to be fine too as the same product sold for less', () => {
    const cheaperBlack = offer('Acme C8 Gaming Case w/ Glass Side, E-ATX, Dual Chamber, Black', 99);
    expect(sameProductCheaper(ref, [cheaperBlack, white], 'Black would honestly be fine too; I just want it for less.')).toEqual([cheaperBlack, white]);
    expect(sameProductCheaper(ref, [cheaperBlack, white])).toEqual([white]);
  });
});


describe('quoted products read for session 28 requests', () => {
  it('rates a cooler for a quoted processor\'s TDP, read from its spec table, when the request asks for as much heat', () => {
    const cpu = product({ name: 'AMD Ryzen 7 5800X 8C/16T AM4 CPU', description: 'Speedn4.7GHznnnTDPn105WnnnMemory TypenDDR4' });
    const items = compatibleItems(cpu, ['coolers'], 'I want an air cooler rated for at least as much heat as this processor puts out.');
    expect(items).toContainEqual(expect.objectContaining({ kind: 'measure', unit: 'w', op: '>=', value: 105, near: 'tdp' }));
    expect(compatibleItems(cpu, ['coolers'], 'Find all offers for coolers that fit it.').some((i) => i.kind === 'measure' && i.near === 'tdp')).toBe(false);
  });

  it('reads no length from a drive\'s IOPS ("1M/1M IOPS")', () => {
    const drive = product({ name: 'Kingston 4TB KC3000 M.2 NVMe SSD, M.2 2280, PCIe4, R/W 7000/7000 MB/s, 1M/1M IOPS' });
    const items = substituteItems(drive, classifyRequest('http://shop.test/p/ is too expensive. Find the cheapest alternative.'));
    expect(items.some((i) => i.kind === 'measure' && i.unit === 'm')).toBe(false);
  });
});

describe('substituteItems: an alternative for another platform (session 32)', () => {
  it('drops the original\'s Intel socket when the alternative must fit AMD, and keeps it otherwise', () => {
    const cooler = product({ name: 'Acme AK-CCE Ultra Quiet Heatsink and Fan, Intel 115x & 1200 Sockets, 73W TDP' });
    const amd = classifyRequest('http://shop.test/p/ This cooler only fits Intel sockets. I need an air cooler whose listing says it fits AMD sockets. Find the cheapest alternative.');
    expect(substituteItems(cooler, amd).map((i) => i.id)).not.toContain('present:1200');
    const same = classifyRequest('http://shop.test/p/ It is too loud. Find the cheapest alternative.');
    expect(substituteItems(cooler, same).map((i) => i.id)).toContain('present:1200');
  });
});

describe('coveredPower: a cooler rated for what the quoted processor draws', () => {
  const cpu = product({ name: 'Acme Core i7-12700KF CPU, 1700, 3.6 GHz (5.0 Turbo), 12-Core, 125W (190W Turbo), No Graphics' });
  it('reads "the TDP has to cover the processor\'s turbo power" as at least its turbo watts, and its base figure otherwise', () => {
    expect(coveredPower(cpu, 'The cooler\'s rated TDP has to cover the processor\'s turbo power figure, not just its base wattage.')).toEqual([{ measure: 'power', value: 190 }]);
    expect(coveredPower(cpu, 'Its TDP must at least match the processor\'s rating.')).toEqual([{ measure: 'power', value: 125 }]);
    expect(coveredPower(cpu, 'An air cooler made by Acme.')).toEqual([]);
  });
});

describe('the quoted product in either of two colours (session 34)', () => {
  const ref = product({ name: 'Acme 500D RGB Gaming Case, E-ATX, Black', price: 235 });
  const offer = (name: string) => ({ offer: { record: product({ name }) } });
  it('is its offers in its own colour and in the other one said ("in black or in white")', () => {
    const black = offer('Acme 500D RGB Gaming Case, E-ATX, Black');
    const white = offer('Acme 500D RGB Gaming Case, E-ATX, White');
    const other = offer('Acme 400D Gaming Case, ATX, White');
    expect(sameProductInColour(ref, [black, white, other], 'I\'d take the very same Acme 500D RGB in black or in white if it\'s cheaper elsewhere.')).toEqual([white, black]);
  });

  it('lends a size one shop\'s page states to the same product at a shop whose page leaves it out', () => {
    const items = requirementItems('2.5-inch SATA SSD', 'ssd').filter((i) => i.kind === 'option');
    const offerOf = (url: string, description: string) => {
      const record = product({ url, name: '2TB Acme MX50 SSD', description });
      return { offer: { record }, verdicts: verifyChecklist(items, record) };
    };
    const [stated, silent] = withSameProductStatements([offerOf('http://a.test/mx', 'A 2.5-inch SATA drive.'), offerOf('http://b.test/mx', 'Fast and reliable.')]);
    expect(stated!.verdicts[0]!.status).toBe('pass');
    expect(silent!.verdicts[0]!.status).toBe('pass');
  });
});

describe('substituteItems: session 37', () => {
  it('keeps the quoted board\'s socket, unless the shopper is open to either platform', () => {
    const board = product({ name: 'Vexor X670E STEEL, AMD X670, AM5, ATX, 4 DDR5, Wi-Fi 6E' });
    const url = 'http://127.0.0.1:9/product/vexor-x670e/';
    const socketOf = (text: string) => substituteItems(board, classifyRequest(text)).filter((i) => i.id === 'present:am5');
    expect(socketOf(`${url} is more than I want to spend. I'd like a full-size ATX board with Wi-Fi. What's the cheapest alternative?`)).toHaveLength(1);
    expect(socketOf(`${url} is more than I want to spend. I'd like a full-size ATX board with Wi-Fi, but I'm open to Intel as well as AMD. What's the cheapest alternative?`)).toHaveLength(0);
  });
});

describe('withSameProductStatements: session 37', () => {
  it('borrows no title words: two kits under one name, one titled "AMD Optimised", are two kits', () => {
    const items = [{ kind: 'attribute-present' as const, id: 'present:amd optimised', label: 'AMD Optimised', text: 'AMD Optimised', hard: true, origin: 'request' as const }];
    const offer = (url: string, name: string) => {
      const record = product({ url, name, description: 'DDR5 memory kit.' });
      return { offer: { record }, verdicts: verifyChecklist(items, record) };
    };
    const [, xmp] = withSameProductStatements([
      offer('http://a.test/amd', 'Vexor 32GB Kit (2 x 16GB), DDR5, 5200MHz, CL40, AMD Optimised, PMIC, DIMM Memory'),
      offer('http://b.test/xmp', 'Vexor 32GB Kit (2 x 16GB), DDR5, 5200MHz, CL40, XMP 3.0, PMIC, DIMM Memory'),
    ]);
    expect(xmp!.verdicts[0]!.status).toBe('fail');
  });
});
