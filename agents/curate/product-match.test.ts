import { describe, expect, it } from 'vitest';
import { hasExtraDesignator, looseModelTerms, matchesSubject, matchesSubjectFoundBy, measureFor, modelKey, modelMatch, wordsNamedInTitles } from './product-match';

describe('matchesSubject: sibling models are not the product asked for', () => {
  it.each([
    ['Asrock B550M PHANTOM GAMING 4, AMD B550, AM4, Micro ATX', 'Asrock B550 PHANTOM GAMING 4'],
    ['Asus PRIME B650M-A WIFI II, AMD B650, AM5, Micro ATX', 'Asus PRIME B650-A WIFI II'],
    ['AMD Ryzen 9 5900XT - 3.3 GHz - 16 Cores', 'AMD Ryzen 9 5900X'],
  ])('"%s" is a sibling of "%s"', (title, subject) => {
    expect(matchesSubject(title, subject)).toBe(false);
  });

  it.each([
    ['Asrock B550 PHANTOM GAMING 4, AMD B550, AM4, ATX, 4 DDR4', 'Asrock B550 PHANTOM GAMING 4'],
    ['Samsung GALAXY A25 5G A256B Dual-SIM 128GB blue', 'Samsung Galaxy A25'],
    ['Asus PRIME B650-A WIFI II, AMD B650M chipset family', 'Asus PRIME B650-A WIFI II'],
    ['Maker QuietComfort Ultra Wireless Headphones with Noise Cancellation, Black', 'Maker QuietComfort Ultra Headphones'],
    ['Smartphone SAMSUNG Galaxy S24+ 5G 12/256GB Purple (Cobalt Violet) SM-S926BZVDEUE', 'Samsung Galaxy S24 Plus'],
  ])('"%s" is "%s"', (title, subject) => {
    expect(matchesSubject(title, subject)).toBe(true);
  });
});

describe('modelMatch: a named model whatever words around its model number a shop leaves out', () => {
  it.each([
    ['EOS R5 Mark II Body'],
    ['Canon EOS R5 II'],
    ['Canon EOS R5 Mark II Full Frame sans miroir caméra'],
    ['Canon EOS R5 Mark II Mirrorless Camera Body, 45MP'],
  ])('"%s" is the Canon EOS R5 Mark II camera body', (title) => {
    expect(modelMatch(title, 'Canon EOS R5 Mark II camera body')).toBe('exact');
  });

  it('still tells the model from its siblings and other models', () => {
    expect(modelMatch('Canon EOS R50 Mirrorless Camera', 'Canon EOS R5 Mark II camera body')).toBeUndefined();
    expect(modelMatch('Nikon Z6 II Body', 'Canon EOS R5 Mark II camera body')).toBeUndefined();
    expect([...looseModelTerms('Canon EOS R5 Mark II camera body')].sort()).toEqual(['body', 'camera', 'canon', 'mark']);
    expect(looseModelTerms('long hdmi cable').size).toBe(0);
  });
});

describe('matchesSubjectFoundBy: best-fit cards found by a full shop search', () => {
  it('does not need the category noun in the title when the shop matched it in the description', () => {
    expect(matchesSubjectFoundBy('Asrock W790 WS, Workstation, Intel W790, 8 DDR5', 'Asrock motherboards', 'Asrock motherboard')).toBe(true);
    expect(matchesSubject('Asrock W790 WS, Workstation, Intel W790, 8 DDR5', 'Asrock motherboards')).toBe(false);
  });

  it('still needs the words the query left out, and the kind where this shop writes it in titles', () => {
    expect(matchesSubjectFoundBy('Maker Z9, Workstation', 'Asrock motherboards', 'motherboard')).toBe(false);
    const titles = ['Maker A15 Smartphone 128GB', 'Smartphone Maker A25', 'Hama USB-C Cable, 1.5 Metre', 'Hama Lightning Cable'];
    const named = wordsNamedInTitles(titles, ['smartphone']);
    expect(named.has('smartphone')).toBe(true);
    expect(matchesSubjectFoundBy('Hama USB-C Cable, 1.5 Metre', 'smartphone', 'smartphone', named)).toBe(false);
    expect(matchesSubjectFoundBy('Smartphone Maker A25', 'smartphone', 'smartphone', named)).toBe(true);
  });
});

describe('modelKey: one model across shops, whatever colours and part codes', () => {
  it('groups shop titles of one model and keeps tiers apart', () => {
    expect(modelKey('Samsung GALAXY A25 5G A256B Dual-SIM 128GB blue')).toBe(modelKey('Smartphone SAMSUNG Galaxy A25 5G 6/128GB Yellow SM-A256BZYDEUE'));
    expect(modelKey('Smartphone SAMSUNG Galaxy S24+ 5G 12/256GB Purple')).toBe('s24 plus');
    expect(modelKey('Smartphone SAMSUNG Galaxy S24 Ultra 5G 12/256GB')).toBe('s24 ultra');
  });
});

describe('hasExtraDesignator: a named model, not its sibling edition', () => {
  it('flags a capitalised line word the request does not name, not ordinary words or part codes', () => {
    expect(hasExtraDesignator('Maker DUAL RTX4070 SUPER EVO OC, PCIe4, 12GB, White', 'Maker DUAL RTX4070 SUPER OC White')).toBe(true);
    expect(hasExtraDesignator('Maker DUAL RTX4070 SUPER OC White, PCIe4, 12GB', 'Maker DUAL RTX4070 SUPER OC White')).toBe(false);
    expect(hasExtraDesignator('Smartphone SAMSUNG Galaxy S24+ 5G 12/256GB Purple (Cobalt Violet) SM-S926BZVDEUE', 'Samsung Galaxy S24 Plus')).toBe(false);
    expect(hasExtraDesignator('Maker ROG STRIX Case, ATX', 'gaming cases')).toBe(false);
  });
});

describe('modelMatch: a named product without a model number', () => {
  it('meets the subject\'s kind words by the title\'s kind ("SSD Caddy" for "SSD Enclosure", "Memory Pen" for "Flash Drive")', () => {
    expect(modelMatch('Asus ROG STRIX ARION M.2 NVMe SSD Caddy, USB 3.2 Gen2 Type-C', 'Asus ROG Strix Arion M.2 NVMe SSD Enclosure')).toBe('exact');
    expect(modelMatch('Kingston 64GB USB 3.2 Gen1 Memory Pen, DataTraveler Kyson', 'Kingston DataTraveler Kyson 64GB USB Flash Drive')).toBe('exact');
    // The line words still decide: another maker's caddy is not the Arion.
    expect(modelMatch('Icy Box M.2 NVMe SSD Caddy, USB 3.2 Gen2 Type-C', 'Asus ROG Strix Arion M.2 NVMe SSD Enclosure')).toBeUndefined();
  });

  it('reads a capitalised word added straight after the line name as a sibling edition ("ARION LITE")', () => {
    expect(modelMatch('Asus ROG STRIX ARION LITE M.2 NVMe SSD Caddy, USB 3.2 Gen2 Type-C', 'Asus ROG Strix Arion M.2 NVMe SSD Enclosure')).toBe('sibling');
    expect(hasExtraDesignator('Spire DisplayPort Cable, Male to Male, 2 Metres', 'Spire DisplayPort Cable')).toBe(false);
  });
});

describe('matchesSubjectFoundBy: a kind the shop names in its titles is met by the title\'s kind', () => {
  it('takes an "SSD Caddy" where the shop titles most of its enclosures "Enclosure"', () => {
    const named = wordsNamedInTitles(['Icy Box M.2 NVMe SSD Enclosure', 'Asus ROG STRIX ARION M.2 NVMe SSD Caddy'], ['enclosures']);
    expect(named.has('enclosure')).toBe(true);
    expect(matchesSubjectFoundBy('Asus ROG STRIX ARION M.2 NVMe SSD Caddy, USB 3.2 Gen2 Type-C', 'enclosures', 'enclosure', named)).toBe(true);
    expect(matchesSubjectFoundBy('Samsung 990 PRO M.2 NVMe SSD', 'enclosures', 'enclosure', named)).toBe(false);
  });
});

describe('modelMatch: a product named with its kind in other words than the shop\'s', () => {
  it('takes a "Heatsink & Fan" for the "CPU air cooler" of the same maker and model', () => {
    expect(modelMatch('Maker Q115 Twin Tower Heatsink & Fan, Intel/AMD, 2x 14cm PWM Fans, 270W TDP', 'Maker Q115 CPU air cooler')).toBe('exact');
    expect(modelMatch('Maker Q116 Twin Tower Heatsink & Fan, Intel/AMD', 'Maker Q115 CPU air cooler')).toBeUndefined();
  });

  it('does not take a line word that only names a part the title lists ("..., Pure Wings 2 Fan") for the product\'s line', () => {
    const subject = 'Be Quiet! Pure Rock LP CPU cooler';
    expect(modelMatch('Be Quiet! BK034 Pure Rock LP Heatsink & Fan, Intel & AMD Sockets, 92mm PWM Fan, Low Profile', subject)).toBe('exact');
    expect(modelMatch('Be Quiet! BK002 Shadow Rock LP Heatsink & Fan, Intel & AMD Sockets, Pure Wings 2 Fan, Low Profile', subject)).toBeUndefined();
    // A line the shop writes in a later segment of its own still names the product.
    expect(modelMatch('Kingston 64GB USB 3.2 Gen1 Memory Pen, DataTraveler Kyson, Metal Capless Design', 'Kingston DataTraveler Kyson 64GB USB Flash Drive')).toBe('exact');
  });
});

describe('measureFor: a drive\'s read and write speeds', () => {
  it('reads "R/W a/b MB/s" as read a and write b, and a written write speed', () => {
    expect(measureFor('Maker 2TB KC3000 M.2 NVMe SSD, R/W 7000/6500 MB/s', 'write-speed')).toBe(6500);
    expect(measureFor('Maker 2TB KC3000 M.2 NVMe SSD, R/W 7000/6500 MB/s', 'read-speed')).toBe(7000);
    expect(measureFor('Maker 1TB SSD, Read 3500 MB/s, Write 3000 MB/s', 'write-speed')).toBe(3000);
    expect(measureFor('Maker 1TB SSD, up to 3500 MB/s', 'write-speed')).toBeUndefined();
  });
});

describe('model numbers written with or without a space', () => {
  it('finds every offer of a card asked for as "RTX 4080 SUPER" whose shop writes "RTX4080 SUPER" and leaves out "GeForce"', () => {
    expect(modelMatch('Maker ROG STRIX RTX4080 SUPER, PCIe4, 16GB DDR6X, 2 HDMI, 3 DP', 'Maker ROG Strix GeForce RTX 4080 SUPER graphics card')).toBe('exact');
    expect(modelMatch('Maker ROG STRIX RTX 4080 SUPER OC, 16GB', 'Maker ROG Strix RTX4080 SUPER')).toBe('sibling');
  });

  it('reads a lone capital after the model number as another model ("EOS R5 C" is no "EOS R5")', () => {
    expect(modelMatch('Maker EOS R5 C Mirrorless Cinema Camera Body Only', 'Maker EOS R5 mirrorless camera body')).toBe('sibling');
    expect(modelMatch('Maker EOS R5 Mirrorless Camera Body', 'Maker EOS R5 mirrorless camera body')).toBe('exact');
  });

  it('joins no maker\'s word to a size ("Team 256GB MS30" is still the MS30 256GB)', () => {
    expect(modelMatch('Team 256GB MS30 M.2 SATA SSD, M.2 2280, SATA3', 'Team MS30 256GB M.2 SATA SSD')).toBe('exact');
  });

  it('finds a fan titled in capitals whose size follows a tier word ("VENTO PRO 120" is the "Vento Pro 120")', () => {
    expect(modelMatch('Maker XPG VENTO PRO 120 12cm PWM Case Fan, 900-2150 RPM, Dual Bearings', 'Maker XPG Vento Pro 120 case fan')).toBe('exact');
  });

  it('reads capitals after the model\'s size as specs, not an edition ("MX500 2TB 2.5\" SATA 3D NAND SSD" is the MX500)', () => {
    expect(modelMatch('Acme MX500 2TB 2.5" SATA 3D NAND SSD', 'Acme MX500 SSD')).toBe('exact');
    expect(modelMatch('Acme MX500 PRO 2TB 2.5" SATA SSD', 'Acme MX500 SSD')).toBe('sibling');
  });

  it('still tells a sibling card apart when the request writes the model spaced', () => {
    expect(modelMatch('Maker ROG STRIX RTX4070 SUPER, 12GB', 'Maker ROG Strix RTX 4080 SUPER')).toBeUndefined();
  });
});

describe('modelMatch: a word describing the kind after the model', () => {
  it('matches "Canon EOS R5 C cinema camera body" with titles that leave "cinema" out, not another model', () => {
    expect(modelMatch('Canon EOS R5 C (body only)', 'Canon EOS R5 C cinema camera body')).toBe('exact');
    expect(modelMatch('Canon EOS R5 C Mirrorless Cinema Camera Body Only', 'Canon EOS R5 C cinema camera body')).toBe('exact');
    expect(modelMatch('Canon EOS R6 Body', 'Canon EOS R5 C cinema camera body')).toBeUndefined();
    // A kit with a lens is no body alone.
    expect(modelMatch('Canon EOS R5, RF 24-105mm f/4L IS USM', 'Canon EOS R5 mirrorless camera body')).toBeUndefined();
  });
});

describe('matchesSubjectFoundBy: a standard with its generation glued on', () => {
  it('takes "SATA3" in a title as the "SATA" a shop\'s other titles name', () => {
    const title = 'Samsung 4TB 870 EVO SSD, 2.5", SATA3, V-NAND, R/W, 560/530 MB/s';
    expect(matchesSubjectFoundBy(title, '2.5-inch SATA SSD', 'SATA SSD', new Set(['sata']))).toBe(true);
    expect(matchesSubjectFoundBy('Kingston 1TB NV2 M.2 NVMe SSD, PCIe4', '2.5-inch SATA SSD', 'SATA SSD', new Set(['sata']))).toBe(false);
    expect(wordsNamedInTitles(['Acme 1TB SSD, SATA3', 'Acme 2TB SSD, SATA III'], ['SATA SSD']).has('sata')).toBe(true);
  });
});

describe('matchesSubjectFoundBy: a word the title writes in two', () => {
  it('takes "Ultra-wide" as the "ultrawide" asked', () => {
    expect(matchesSubjectFoundBy('Asus 34" ROG STRIX UWQHD Ultra-wide Curved Gaming Monitor (XG349C)', 'Asus ultrawide monitors', 'asus')).toBe(true);
    expect(matchesSubjectFoundBy('Asus 27" ROG STRIX Gaming Monitor', 'Asus ultrawide monitors', 'asus')).toBe(false);
  });
});

describe('modelMatch: a size given bare', () => {
  it('reads "A-RGB 280" as the 280mm cooler, not a sibling model "280MM" nor a series "RGB280"', () => {
    const title = 'Acme Liquid Freezer III A-RGB 280mm Liquid CPU Cooler, P14 PWM PST ARGB Fans, Black';
    expect(modelMatch(title, 'black Acme Liquid Freezer III A-RGB 280')).toBeDefined();
    expect(modelMatch('Acme Liquid Freezer III A-RGB 360mm Liquid CPU Cooler, Black', 'black Acme Liquid Freezer III A-RGB 280')).toBeUndefined();
  });
});

describe('modelMatch: a power supply titled as a PSU', () => {
  it('keeps "Akasa 4-pin to 8-pin ATX PSU Adapter Cable" for "the Akasa 4-pin to 8-pin ATX power supply adapter cable"', () => {
    expect(modelMatch('Acme 4-pin to 8-pin ATX PSU Adapter Cable, Black Mesh Sleeve', 'Acme 4-pin to 8-pin ATX power supply adapter cable')).toBeDefined();
  });
});

describe('modelMatch: a model named by a word and a bare number ("Intel Processor 300")', () => {
  it('takes the title with that number, its kind word after it no edition, and no other processor of the maker', () => {
    expect(modelMatch('Acme Processor 300 CPU, 1700, Up to 3.9 GHz, Dual Core, 46W', 'Acme Processor 300')).toBe('exact');
    expect(modelMatch('Acme Core i3-12100 CPU, 1700, 3.3 GHz (4.3 Turbo), Quad Core, 60W', 'Acme Processor 300')).toBeUndefined();
  });
});

describe('modelMatch: a series code and a lettered model number', () => {
  it('reads "RTX A400" as the "RTXA400" a title writes, and the maker opening the title as no edition', () => {
    expect(modelMatch('ACME RTXA400 Professional Graphics Card, 4GB DDR6', 'RTX A400')).toBe('exact');
    expect(modelMatch('ACME RTXA1000 Professional Graphics Card, 8GB DDR6', 'RTX A400')).toBeUndefined();
  });
});

describe('model names shops write their own way (session 28)', () => {
  it('matches "Samsung SSD 870 EVO ... SATAIII" for the "Samsung 870 EVO SATA SSD": a kind\'s acronym is no series, a standard\'s generation may run on', () => {
    const title = 'Samsung SSD 870 EVO Series 1TB SATAIII 2.5\'\', r560MB/s, w530MB/s, 6.8mm, Basic Pack';
    expect(modelMatch(title, 'Samsung 870 EVO')).toBe('exact');
    expect(modelMatch(title, 'Samsung 870 EVO SATA SSD')).toBe('exact');
    expect(modelMatch(title, 'Samsung 870 QVO')).toBeUndefined();
  });
});

describe('matchesSubject: a size written in the other metric unit', () => {
  it('finds "80mm" in a title that writes "8cm", and not in one of another size', () => {
    expect(matchesSubject('Acme BL037 Pure Wings 2 PWM 8cm Case Fan, Rifle Bearing', 'Pure Wings 2 80mm')).toBe(true);
    expect(matchesSubject('Acme BL039 Pure Wings 2 PWM 12cm Case Fan, Rifle Bearing', 'Pure Wings 2 80mm')).toBe(false);
  });
});

describe('modelMatch: a product named only after "for" (session 32)', () => {
  it('is what the titled product is made for, not it', async () => {
    const { modelMatch } = await import('./product-match');
    expect(modelMatch('Acme Design USB-C 10Gbps Model E Cable for Acme Meshify Lite Cases Only, 1000mm', 'Acme Meshify C')).toBeUndefined();
    expect(modelMatch('Acme Design Meshify C (Dark TG) Gaming Case w/ Dark Tint Glass Window, ATX', 'Acme Meshify C')).toBeDefined();
  });
});

describe('modelMatch: session 33', () => {
  it('takes a model number a title names only in a part it comes with as that part\'s, not this product\'s', () => {
    expect(modelMatch('Acme Freezer III 280mm Liquid CPU Cooler, P14 PWM PST ARGB Fans & ARGB Pump, Black', 'P14 PWM PST')).toBeUndefined();
    expect(modelMatch('Acme P14 14cm PWM PST Case Fan for Continuous Operation, Black, 200-1700 RPM', 'black P14 PWM PST')).toBe('exact');
  });

  it('takes a material right after the model number as another edition ("C8 Aluminium"), a design word as the same model', () => {
    expect(modelMatch('Acme C8 Aluminium Gaming Case w/ Glass Side, E-ATX, White', 'Acme C8')).toBe('sibling');
    expect(modelMatch('Acme A115 Twin Tower Heatsink & Fan, 2x AF140 Fans, 270W TDP', 'Acme A115 CPU air cooler')).toBe('exact');
  });

  it('takes a spec after a size the subject names as no edition ("870 EVO Series 1TB SATAIII")', () => {
    expect(hasExtraDesignator('Acme SSD 870 EVO Series 1TB SATAIII 2.5\'\', r560MB/s', 'Acme 870 EVO SSDs 1TB')).toBe(false);
  });
});
