import { describe, expect, it } from 'vitest';
import { packCount } from './pack-phrase';
import { boardSizeWishes, lacksParts, refineSubject } from './title-wishes';
import { earlierGenerationWish, plusModelWish, sameLineWish, sameModelWish } from './variant-readings';
import { boardSizesWritten } from './standards';

const met = (r: ReturnType<typeof refineSubject>, title: string) => r.wishes.every((w) => w.met(title));

describe('refineSubject: words that name no product become wishes on the title', () => {
  it('reads "single" as a pack size, not a search word: a 3-pack or an expansion kit is not one fan', () => {
    const r = refineSubject('single 12cm ARGB case fan', '');
    expect(r.subject).toBe('12cm ARGB case fan');
    expect(met(r, 'Acme 12cm P12 PWM ARGB Case Fan, 0-2000 RPM, White')).toBe(true);
    expect(met(r, 'Acme 12cm ARGB Case Fans x3, Rifle Bearing')).toBe(false);
    expect(met(r, 'Acme TF120 ARGB 12cm Case Fans (3 Pack), Hub included')).toBe(false);
    expect(met(r, 'Acme RX120 12cm Case Fan, 8 ARGB LEDs, Black, Single Fan Expansion Kit')).toBe(false);
  });

  it('searches a named product without the kind it restates after a comma, and rules out the named variant', () => {
    const r = refineSubject('black Acme Lens G, the full-size ATX case and not the Lens G Mini', '');
    expect(r.subject).toBe('black Acme Lens G');
    expect(met(r, 'Acme Lens G (Black) Gaming Case w/ Clear Window, ATX')).toBe(true);
    expect(met(r, 'Acme Lens G Mini (Black) Gaming Case, Micro ATX')).toBe(false);
    const mini = refineSubject('Acme Lens G, the Micro ATX case', '');
    expect(mini.subject).toBe('Acme Lens G');
    expect(met(mini, 'Acme Lens G Gaming Case, E-ATX')).toBe(false);
    expect(refineSubject('Acme GR70 gaming case', '').subject).toBe('Acme GR70 gaming case');
  });

  it('reads ", the full white one" as the edition chosen: its words are in the title, not searched', () => {
    const r = refineSubject('the Acme Meshbox case, the full white one', '');
    expect(r.subject).toBe('the Acme Meshbox case');
    // One shop runs two words together; each word still starts a word there.
    expect(met(r, 'Acme Meshbox Full WhiteGaming Case, ATX')).toBe(true);
    expect(met(r, 'Acme Meshbox Black Gaming Case, ATX')).toBe(false);
  });

  it('reads "the version that comes without fans": the title says "No Fans" or names none', () => {
    const r = refineSubject('the Acme Infinity dual-chamber case', 'in the version that comes without fans');
    expect(r.requirements).toBe('');
    expect(met(r, 'Acme Infinity Case, ATX, Dual Chamber, No Fans inc., Mesh Panels')).toBe(true);
    expect(met(r, 'Acme Infinity Case, ATX, Dual Chamber, Mesh Panels')).toBe(true);
    expect(met(r, 'Acme Infinity Case, ATX, Dual Chamber, 6x ARGB Fans inc.')).toBe(false);
    expect(refineSubject('a mouse', 'that comes without cables').wishes).toHaveLength(0);
  });

  it('drops an aside in brackets from the search and rules out by title what it says "not" to', () => {
    const r = refineSubject('Acme C150 RGB 360mm liquid CPU cooler (the plain C150 RGB, not an Glow C150i)', '');
    expect(r.subject).toBe('Acme C150 RGB 360mm liquid CPU cooler');
    expect(met(r, 'Acme C150 RGB 360mm Liquid CPU Cooler, 12cm RGB Fans')).toBe(true);
    expect(met(r, 'Acme Glow C150i ELITE 360mm Liquid CPU Cooler')).toBe(false);
    expect(refineSubject('Acme NV2 SSD (M.2 2280)', '').subject).toBe('Acme NV2 SSD (M.2 2280)');
  });

  it('reads "Galaxy S series" as models whose number starts with S, and searches without the series words', () => {
    const r = refineSubject('Acme Galaxy S series smartphone', '');
    expect(r.subject).toBe('Acme Galaxy smartphone');
    expect(met(r, 'Smartphone ACME Galaxy S23 8/256GB Black')).toBe(true);
    expect(met(r, 'Acme Galaxy S24 Ultra 5G 256GB Titanium Gray')).toBe(true);
    expect(met(r, 'Acme Galaxy A35 5G 256GB')).toBe(false);
    expect(met(r, 'Acme Galaxy Z Flip6 256GB')).toBe(false);
    expect(refineSubject('Acme Watch Series 8', '').subject).toBe('Acme Watch Series 8');
  });

  it('reads ", not the BTF edition" as a variant ruled out by title, not as search words', () => {
    const r = refineSubject('Acme Hyperion GX70 gaming case, not the BTF edition', '');
    expect(r.subject).toBe('Acme Hyperion GX70 gaming case');
    expect(met(r, 'Acme Hyperion GX70 Gaming Case w/ Glass Windows, E-ATX, White')).toBe(true);
    expect(met(r, 'Acme Hyperion GX70 BTF Gaming Case, E-ATX, Black')).toBe(false);
    expect(refineSubject('Acme Vista Z9 camera but not the Pro version', '').subject).toBe('Acme Vista Z9 camera');
    expect(refineSubject('Acme Vista Z9 camera', 'not refurbished').subject).toBe('Acme Vista Z9 camera');
  });

  it('searches "the standard edition and not the White one" as the plain name and rules out titles naming White', () => {
    const r = refineSubject('Acme Vault GX50 case, the standard edition and not the White one', '');
    expect(r.subject).toBe('Acme Vault GX50 case');
    expect(met(r, 'Acme Vault GX50 Gaming Case w/ Window, E-ATX')).toBe(true);
    expect(met(r, 'Acme Vault GX50 White Gaming Case w/ Window, E-ATX')).toBe(false);
  });

  it('does not search "full-size" before a named model, which no title writes', () => {
    expect(refineSubject('full-size Acme Keep 7', '').subject).toBe('Acme Keep 7');
    expect(refineSubject('a full size Acme Keep 7 case', '').subject).toBe('Acme Keep 7 case');
    expect(refineSubject('full-size ATX case', '').subject).toBe('full-size ATX case');
  });

  it('gives "made" back to the purpose clause it opens: "fanless cases made" + "for NUC boards"', () => {
    expect(refineSubject('fanless cases made', 'for Intel NUC boards')).toMatchObject({ subject: 'fanless cases', requirements: 'made for Intel NUC boards' });
    expect(refineSubject('cables specifically designed', 'to fit my desk')).toMatchObject({ subject: 'cables', requirements: 'specifically designed to fit my desk' });
    expect(refineSubject('Maker Handmade', '').subject).toBe('Maker Handmade');
  });

  it('searches a size floor\'s figure as titles write it, for a kind named alone', () => {
    expect(refineSubject('graphics card', 'with at least 16GB of memory').queries).toContain('16GB');
    expect(refineSubject('USB flash drive', 'of 128 GB or more').queries).toContain('128GB');
    expect(refineSubject('Acme Vista Z9 camera', 'with at least 64GB').queries ?? []).toEqual([]);
    expect(refineSubject('graphics card', 'with 16GB of memory').queries ?? []).toEqual([]);
    expect(refineSubject('external drives', 'rated IP55 or better against water and dust').queries).toContain('IP55');
  });

  it('counts packs however shops write them, and leaves a name starting with "One" alone', () => {
    expect(packCount('Acme Fans x3')).toBe(3);
    expect(packCount('Acme Fans, Pack of 5')).toBe(5);
    expect(packCount('Acme Fan, Twin Pack')).toBe(2);
    expect(packCount('Acme 12cm Fan, 1200 RPM')).toBe(1);
    expect(packCount('Acme 1TB NVMe SSD, PCIe 4.0 x4, M.2')).toBe(1);
    expect(refineSubject('One Plus 12', '').subject).toBe('One Plus 12');
    expect(refineSubject('a pair of speakers', '').wishes.map((w) => w.met('Acme Speakers, Pair'))).toEqual([true]);
  });

  it('splits "sold as a kit together with a lens" into the product and a lens its title shows (the word or a focal length)', () => {
    const r = refineSubject('Canon EOS R50 sold as a kit together', 'with a lens');
    expect(r).toMatchObject({ subject: 'Canon EOS R50', requirements: '' });
    expect(met(r, 'Canon EOS R50 with RF-S 18-45mm')).toBe(true);
    expect(met(r, 'Canon EOS R50 With RF-S 18-45 f/4.5-6.3 Lens - Black')).toBe(true);
    expect(met(r, 'Canon EOS R50 Mirrorless Vlogging Camera (Body Only/Black), RF Mount, 24.2 MP')).toBe(false);
    expect(met(r, 'Canon EOS R50, 35mm Full-Frame Sensor, No Lens')).toBe(false);
  });

  it('splits "sold as a kit with the RF 24-105mm f/4L lens": the product, a lens its title shows, the lens\'s model words still checked', () => {
    const r = refineSubject('Canon EOS R5 sold as a kit', 'with the RF 24-105mm f/4L lens');
    expect(r).toMatchObject({ subject: 'Canon EOS R5', requirements: 'RF 24-105mm f/4L' });
    expect(met(r, 'Canon EOS R5, RF 24-105mm f/4L IS USM')).toBe(true);
    expect(met(r, 'Canon EOS R5 Mirrorless Camera (Body Only)')).toBe(false);
  });

  it('reads "in the Dark TG version" as a variant its title names; "the plain version" names none', () => {
    const r = refineSubject('Fractal Design Meshify C case', 'in the Dark TG version');
    expect(r.requirements).toBe('');
    expect(met(r, 'Fractal Design Meshify C (Dark TG) Gaming Case w/ Dark Tint Glass Window, ATX')).toBe(true);
    expect(met(r, 'Fractal Design Meshify C (White TG) Gaming Case w/ Clear Glass Window, ATX')).toBe(false);
    expect(refineSubject('Fractal Design Meshify C case', 'in the plain version').wishes).toEqual([]);
  });

  it('reads a variant from the brackets where the title names its variant there, not from words elsewhere', () => {
    const r = refineSubject('Fractal Design Torrent', 'in the White Clear TG edition');
    expect(met(r, 'Fractal Design Torrent (White Clear TG) Gaming Case w/ Clear Glass Windows, E-ATX')).toBe(true);
    // "Clear" of "Clear Glass Window" does not make the White RGB TG edition the White Clear TG one.
    expect(met(r, 'Fractal Design Torrent (White RGB TG) Gaming Case w/ Clear Glass Window, E-ATX')).toBe(false);
  });

  it('keeps a spec after "with" as a requirement: only a part of another kind is an included part', () => {
    expect(refineSubject('laptop', 'with 16GB of RAM and a 512GB SSD')).toMatchObject({ subject: 'laptop', requirements: 'with 16GB of RAM and a 512GB SSD', wishes: [] });
    expect(refineSubject('PC case', 'with a glass side panel').wishes).toEqual([]);
    const pc = refineSubject('gaming PC', 'with a monitor');
    expect(met(pc, 'Acme Gaming PC with 27" Monitor')).toBe(true);
    expect(met(pc, 'Acme Gaming PC, RTX 4070, 32GB')).toBe(false);
  });

  it('reads "ready to use, with memory and storage already installed" as a complete system: no barebone, no "No RAM"', () => {
    const r = refineSubject('mini PC', 'that is ready to use out of the box, with memory and storage already installed');
    expect(r).toMatchObject({ subject: 'mini PC', requirements: '' });
    expect(r.wishes.map((w) => w.label)).toEqual(['Ready to use: memory and storage installed, not a barebone']);
    expect(met(r, 'Lenovo ThinkCentre M60E Tiny SFF PC, i3-1005G1, 8GB, 256GB SSD, No Optical, Wi-Fi, Windows 11 Pro')).toBe(true);
    expect(met(r, 'Asrock DeskMeet X300 Barebone PC, Mini ITX, AM4')).toBe(false);
    expect(met(r, 'Acme Mini PC, i3, DDR5 SO-DIMM, 2.5"/M.2 - No CPU, RAM, Storage or O/S')).toBe(false);
  });

  it('asks only for the parts named when the request does not say ready to use', () => {
    expect(lacksParts('Acme Mini PC, 8GB, 256GB SSD, No Operating System', ['memory', 'storage'])).toBe(false);
    expect(lacksParts('Acme Mini PC, 8GB, 256GB SSD, No Operating System', ['memory', 'storage', 'os'])).toBe(true);
    expect(lacksParts('Acme Mini PC Kit, RAM not included', ['memory'])).toBe(true);
  });
});

describe('refineSubject: a connecting clause names the ends, not colours or devices', () => {
  it('turns "connects the headphone jack ... to the red and white inputs" into 3.5 mm and RCA ends, with no words left to require', () => {
    const r = refineSubject('cable', 'that connects the headphone jack of my phone to the red and white audio inputs of my amplifier');
    expect(r.subject).toBe('cable');
    expect(r.requirements).toBe('');
    expect(met(r, 'Acme 3.5mm Jack Plug to 2x RCA Plugs Converter Cable, Stereo, 1.5m')).toBe(true);
    expect(met(r, 'Acme Red and White Braided HDMI Cable, 2m')).toBe(false);
  });
});

describe('refineSubject: what follows a connecting clause is still required', () => {
  it('keeps "with gold-plated plugs" after the ends of "connects my laptop\'s HDMI port to the projector\'s VGA input"', () => {
    const r = refineSubject('adapter', "that connects my laptop's HDMI port to the projector's VGA input with gold-plated plugs");
    expect(r.requirements).toBe('with gold-plated plugs');
    expect(met(r, 'Acme HDMI Male to VGA Female Converter Cable, 25cm')).toBe(true);
  });
});

describe('refineSubject: products of other kinds that come in the box', () => {
  const request = 'I can use for office work straight out of the box, with Windows installed and a keyboard and mouse included';

  it('asks a desktop PC "with Windows installed and a keyboard and mouse included" to show both in its title ("KB & Mouse")', () => {
    const r = refineSubject('desktop PC', request);
    expect(r.subject).toBe('desktop PC');
    expect(r.requirements).toBe('I can use for office work');
    expect(met(r, 'Acme MATX Tower PC, i5-12400, 16GB, 512GB SSD, No Optical, KB & Mouse, Windows 11 Pro')).toBe(true);
    expect(met(r, 'Acme Tiny SFF PC, i3-1005G1, 8GB, 256GB SSD, No Optical, Wi-Fi, Windows 11 Pro')).toBe(false);
    expect(met(r, 'Acme MATX Tower PC, Ryzen 5 5600G, 16GB, 1TB SSD, No Optical, KB & Mouse, No Operating System')).toBe(false);
  });

  it('does not read a size in KB as a keyboard', () => {
    const r = refineSubject('desktop PC', 'with a keyboard included');
    expect(met(r, 'Acme Tower PC, 512 KB Cache, 16GB, 512GB SSD')).toBe(false);
  });
});

describe('lacksParts: a negation reaches over a list of parts, not over the specs after it', () => {
  it('reads "No Optical, KB & Mouse, Windows 11 Pro" as lacking only the optical drive', () => {
    expect(lacksParts('Acme Tower PC, 16GB, 512GB SSD, No Optical, KB & Mouse, Windows 11 Pro', ['os'])).toBe(false);
    expect(lacksParts('Acme Tower PC, 16GB, 1TB SSD, No Optical, KB & Mouse, No Operating System', ['os'])).toBe(true);
    expect(lacksParts('Acme Mini PC, DDR5 SO-DIMM - No CPU, RAM, Storage or O/S', ['os'])).toBe(true);
  });
});

describe('refineSubject: a look is stated on the page by the thing it looks like', () => {
  it('reads "shaped like a games console" as a page that says "console", no search or title words', () => {
    const r = refineSubject('PC cases', 'shaped like a games console');
    expect(r).toMatchObject({ subject: 'PC cases', requirements: '', wishes: [] });
    expect(r.items).toMatchObject([{ kind: 'attribute-present', text: 'console', hard: true }]);
    // The front's material is the case's own, stated as the pair ("Mesh/Wood Front").
    expect(refineSubject('PC case', 'that looks like a retro radio with a wooden front').items).toMatchObject([{ text: 'radio' }, { text: 'wood front' }]);
  });
});

describe('refineSubject: a quality said by its effect is a checklist item, and its words are no requirement left', () => {
  it('turns "stays completely silent even under full load, for the PC in my studio" into a fanless item and a fanless search, with no PC to fit', () => {
    const r = refineSubject('graphics card', 'that stays completely silent even under full load, for the PC in my recording studio');
    expect(r.subject).toBe('graphics card');
    expect(r.requirements).toBe('');
    expect(r.items.map((i) => i.id)).toEqual(['quality:fanless']);
    expect(r.queries).toEqual(['fanless']);
  });
});

describe('refineSubject: an edition in brackets is shown right after the model\'s name', () => {
  const titles = {
    wanted: 'Acme Vortex 2 (Black TG) Gaming Case w/ Dark Tint Glass Window, E-ATX, 3 Fans',
    lite: 'Acme Vortex 2 Lite (Black TG) Gaming Case w/ Light Tint Glass Window, E-ATX',
    mini: 'Acme Vortex 2 Mini (Black TG) Gaming Case w/ Dark Glass Window, Micro ATX',
    solid: 'Acme Vortex 2 (Black Solid) Gaming Case, E-ATX, 3 Fans',
    white: 'Acme Vortex 2 (White TG) Gaming Case w/ Clear Glass Window, E-ATX',
  };
  const kept = (r: ReturnType<typeof refineSubject>) => Object.entries(titles).filter(([, t]) => met(r, t)).map(([k]) => k);

  it('takes "(Black TG)" at the end of the request as the edition: other editions and other models of the line are out', () => {
    const r = refineSubject('Acme Vortex 2 case', 'with the dark tinted glass side panel (Black TG)');
    expect(r).toMatchObject({ subject: 'Acme Vortex 2 case', requirements: 'with the dark tinted glass side panel' });
    expect(kept(r)).toEqual(['wanted']);
  });

  it('takes the edition from the subject too, which is then no search word', () => {
    const r = refineSubject('Acme Vortex 2 (Black TG) case', '');
    expect(r.subject).toBe('Acme Vortex 2 case');
    expect(kept(r)).toEqual(['wanted']);
    expect(kept(refineSubject('Acme Vortex 2 gaming case', 'in black with tinted glass (Black TG)'))).toEqual(['wanted']);
  });

  it('reads no edition in a spelled-out acronym, a pack, a standard or a kind named alone', () => {
    const editions = (subject: string, requirements: string) => refineSubject(subject, requirements).wishes.filter((w) => w.id.startsWith('edition:'));
    expect(editions('Acme switch', 'with Power over Ethernet (PoE)')).toEqual([]);
    expect(editions('Acme RX140 fans (2 Pack)', '')).toEqual([]);
    expect(editions('Acme Vengeance 32GB DDR5 kit (2x16GB)', '')).toEqual([]);
    expect(editions('Acme charger', 'with a cable (USB-C)')).toEqual([]);
    expect(editions('case', 'with a window (Black TG)')).toEqual([]);
    expect(editions('Acme G Pro X Superlight mouse (White)', '')).toEqual([]);
  });
});

describe('refineSubject: a named product\'s capacity is met however the title writes it', () => {
  it('turns "the 4TB Acme 870 EVO SSD" into the model and a 4 TB wish that "4 TB" and "4000 GB" meet', () => {
    const r = refineSubject('4TB Acme 870 EVO SSD', '');
    expect(r.subject).toBe('Acme 870 EVO SSD');
    expect(met(r, 'Acme 870 EVO 2.5" 4000 GB SATA III V-NAND')).toBe(true);
    expect(met(r, 'Acme 870 EVO 2.5" 4 TB Serial ATA III V-NAND')).toBe(true);
    expect(met(r, 'SSD Acme 870 EVO, 4TB, SATA III')).toBe(true);
    expect(met(r, 'Acme 870 EVO 2TB SSD Drive')).toBe(false);
    expect(met(r, 'Acme 870 EVO SSD')).toBe(false);
  });

  it('leaves a kind named with a size, and a kit with two capacities, as they are', () => {
    expect(refineSubject('4TB SSD', '')).toMatchObject({ subject: '4TB SSD', wishes: [] });
    expect(refineSubject('Acme Vengeance 16GB (2x8GB) DDR4 kit', '').wishes).toEqual([]);
    expect(refineSubject('Acme Galaxy S24 (256GB)', '').subject).toBe('Acme Galaxy S24');
  });
});

describe('refineSubject: a chip code in the clause is searched with the maker', () => {
  it('searches "Acme Z790" for "Acme motherboards with the Z790 chipset", the code alone for a kind, never a socket', () => {
    expect(refineSubject('Acme motherboards', 'with the Z790 chipset that take DDR4 memory').queries).toEqual(['Acme Z790']);
    expect(refineSubject('motherboards', 'with the B650 chipset').queries).toEqual(['B650']);
    expect(refineSubject('motherboards', 'for LGA1700').queries ?? []).toEqual([]);
  });
});

describe('refineSubject: a model ruled out by its tier words', () => {
  it('keeps "RTX4070 Ti" cards and drops "RTX4070 Ti SUPER" ones for "with the RTX 4070 Ti chip, not the RTX 4070 Ti SUPER"', () => {
    const r = refineSubject('graphics cards', 'with the RTX 4070 Ti chip, not the RTX 4070 Ti SUPER');
    expect(r.requirements).toBe('with the RTX 4070 Ti chip');
    expect(met(r, 'Acme TUF GAMING RTX4070 Ti OC, PCIe4, 12GB DDR6X, 2 HDMI, 3 DP')).toBe(true);
    expect(met(r, 'Acme ProArt RTX4070 Ti, PCIe4, 12GB DDR6X, HDMI, 3 DP')).toBe(true);
    expect(met(r, 'Acme TUF GAMING RTX4070 Ti SUPER OC, PCIe4, 16GB DDR6X')).toBe(false);
    expect(met(r, 'Acme Dual RTX 4070 Ti SUPER, 16GB')).toBe(false);
  });

  it('searches the chip code however the request spaces it', () => {
    expect(refineSubject('graphics cards', 'with the RTX 4070 Ti chip').queries).toEqual(['RTX4070']);
  });
});

describe('refineSubject: a board size the subject names is the product\'s own, by its title', () => {
  it('keeps Mini ITX cases and drops ATX and Micro ATX ones whose pages say they take Mini ITX boards', () => {
    const r = refineSubject('Mini ITX case', '');
    expect(met(r, 'Acme Define 7 Nano (Black Solid) Gaming Case, Mini ITX, 2 Fans')).toBe(true);
    expect(met(r, 'Acme Ridge SFF Console-Type Case, ITX, Requires SFX PSU')).toBe(true);
    expect(met(r, 'Acme Nano Case, Black')).toBe(true);
    expect(met(r, 'Acme Focus 2 (Black TG) Gaming Case, ATX, 2 Fans')).toBe(false);
    expect(met(r, 'Acme Pop Mini Silent Gaming Case, Micro ATX, 3 Fans')).toBe(false);
  });

  it('asks nothing of the title for plain ATX, which larger cases take too', () => {
    expect(refineSubject('ATX case', '').wishes).toEqual([]);
  });

  it('reads each size by its most specific name', () => {
    expect(boardSizesWritten('Acme Pop XL Silent, E-ATX, 4 Fans')).toEqual(['E-ATX']);
    expect(boardSizesWritten('Acme B650M-PLUS WIFI, AM5, DDR5')).toEqual(['Micro ATX']);
    expect(boardSizesWritten('Acme Case, Thin Mini-ITX')).toEqual(['Thin Mini ITX']);
  });
});

describe('refineSubject: only a model is ruled out as one', () => {
  it('leaves "not over 1000W" to the checklist: "over" is no series code', () => {
    const r = refineSubject('power supply', 'not over 1000W');
    expect(r.wishes).toEqual([]);
    expect(r.requirements).toBe('not over 1000W');
  });
});

describe('sameLineWish: "from the same X model" keeps the line', () => {
  it('asks every word of the line named, in any order', () => {
    const wish = sameLineWish('Find the cheapest alternative from the same Pop Silent model for this case.')!;
    expect(wish.met('Fractal Design Pop Silent (Black TG) Gaming Case w/ Clear Glass Window, ATX')).toBe(true);
    expect(wish.met('Vida Apollo Black ARGB Gaming Case w/ Glass Window, ATX')).toBe(false);
    expect(sameLineWish('Find the cheapest alternative from the same Arctic Liquid Freezer II ARGB series.')!.met('Arctic Liquid Freezer II 280 ARGB 280mm Liquid CPU Cooler')).toBe(true);
    expect(sameLineWish('Find the cheapest alternative for this case.')).toBeUndefined();
    const edition = sameLineWish('Find all offers for the gaming mouse from the same Aim Lab edition to go with it.')!;
    expect(edition.met('Maker ROG Harpe Ace Aim Lab Edition Gaming Mouse, Wireless')).toBe(true);
    expect(edition.met('Maker U2000 Wired Keyboard and Mouse Desktop Kit')).toBe(false);
  });
});

describe('refineSubject: the plain model kept over a variant, a pack chosen after the name', () => {
  it('rules the AX variant out for "the plain one rather than the AX version"', () => {
    const r = refineSubject('AORUS B550 ELITE V2 motherboard', 'the plain one rather than the AX version');
    expect(r.requirements).toBe('');
    expect(met(r, 'AORUS AM4 B550 AORUS ELITE V2')).toBe(true);
    expect(met(r, 'AORUS AM4 B550 AORUS ELITE AX V2')).toBe(false);
  });

  it('reads "in the pack of three" as a three-pack of the named fans', () => {
    const r = refineSubject('Fractal Design Prisma AL-14 14cm ARGB fans', 'in the pack of three');
    expect(r.requirements).toBe('');
    expect(met(r, 'Fractal Design Prisma AL-14/PWM 14cm ARGB Case Fans (3 Pack), Black')).toBe(true);
    expect(met(r, 'Fractal Design Prisma AL-14/PWM 14cm ARGB Case Fans x3, Black')).toBe(true);
    expect(met(r, 'Fractal Design Prisma AL-14 14cm ARGB PWM Case Fan, Black')).toBe(false);
  });
});

describe('refineSubject: several variants ruled out, one fan at a time, a box of three', () => {
  it('rules out each variant of "rather than the Aluminium or ARGB edition", a trailing comma or not', () => {
    const r = refineSubject('white Antec C8 case', 'the plain one rather than the Aluminium or ARGB edition,');
    expect(r.wishes.map((w) => w.label)).toEqual(['Not the Aluminium edition', 'Not the ARGB edition']);
    expect(met(r, 'Antec C8 Gaming Case w/ Glass Side & Front, E-ATX, White')).toBe(true);
    expect(met(r, 'Antec C8 ARGB Gaming Case w/ Glass Side & Front, E-ATX, 3x ARGB Fans, White')).toBe(false);
    expect(met(r, 'Antec C8 Aluminium Gaming Case, E-ATX, White')).toBe(false);
  });

  it('reads "sold one fan at a time" as single fans, wherever the clause says it', () => {
    const r = refineSubject('12cm ARGB case fans', 'made by Fractal Design, sold one fan at a time');
    expect(r.requirements).toBe('made by Fractal Design');
    expect(met(r, 'Fractal Design Prisma AL-12/PWM 12cm ARGB Case Fan, Black')).toBe(true);
    expect(met(r, 'Fractal Design Prisma AL-12 12cm ARGB Case Fans (3 Pack), Black')).toBe(false);
  });

  it('reads "three matching ... fans sold together in one box" as a three-pack, no word of it searched', () => {
    const r = refineSubject('three matching 12cm ARGB fans sold together', 'in one box');
    expect(r.subject).toBe('12cm ARGB fans');
    expect(r.requirements).toBe('');
    expect(met(r, 'Asus TUF Gaming TF120 ARGB 12cm PWM Case Fans (3 Pack)')).toBe(true);
  });
});

describe('refineSubject: a part the shopper will not buy separately', () => {
  it('requires a lens of a camera bought "without buying a lens separately"', () => {
    const r = refineSubject('Canon camera', 'I can start shooting with the day it arrives, without buying a lens separately');
    expect(r.wishes.map((w) => w.id)).toContain('includes:lens');
    expect(met(r, 'Canon EOS R50 with RF-S 18-45mm')).toBe(true);
    expect(met(r, 'Canon EOS R50 Mirrorless Camera Body')).toBe(false);
  });
});

describe('refineSubject: the plain version without a feature, a part it comes with', () => {
  it('rules out the Wi-Fi edition for "the plain version without Wi-Fi", however the title writes it', () => {
    const r = refineSubject('Asus Prime Z790-P motherboard', 'the plain version without Wi-Fi');
    expect(met(r, 'ASUS 1700 PRIME Z790-P')).toBe(true);
    expect(met(r, 'Asus PRIME Z790-P WIFI, Intel Z790, 1700, ATX')).toBe(false);
  });

  it('requires a cooler of a processor "that comes with a CPU cooler"', () => {
    const r = refineSubject('six-core AMD processor', 'that comes with a CPU cooler');
    expect(r.requirements).toBe('');
    expect(met(r, 'AMD Ryzen 5 5600 CPU with Wraith Stealth Cooler, AM4, 6-Core')).toBe(true);
    expect(met(r, 'AMD Ryzen 5 4600G CPU, AM4, 3.7GHz, 6-Core, 65W')).toBe(false);
    // A part described by more than its kind ("ARGB fans") is left to the requirement readings.
    expect(refineSubject('Arctic air CPU coolers', 'that come with ARGB fans').requirements).toBe('that come with ARGB fans');
  });
});

describe('sameModelWish: "the same case ... in white" keeps the quoted model', () => {
  it('asks the quoted model number with its tier words; "the same size" is no model', () => {
    const wish = sameModelWish('Find the cheapest alternative that is the same case, with its three ARGB fans, in white.', 'Maker 3500X ARGB Gaming Case w/ Glass Side, E-ATX, Black')!;
    expect(wish.met('Maker 3500X ARGB Gaming Case w/ Glass Side, E-ATX, White')).toBe(true);
    expect(wish.met('Maker 5000X RGB Gaming Case, E-ATX, White')).toBe(false);
    expect(sameModelWish('Find the cheapest alternative that is the same size.', 'Maker 3500X ARGB Gaming Case')).toBeUndefined();
  });
});

describe('sameModelWish without a model number, and the standard ATX size (blind23)', () => {
  it('keeps the quoted line written together when it has no model number', () => {
    const wish = sameModelWish('Find the cheapest alternative that is the same case with a glass side panel.', 'Maker Design Pop Air (Black Solid) Gaming Case, ATX, 3 Fans')!;
    expect(wish.met('Maker Design Pop Air (Black TG) Gaming Case w/ Clear Glass Window, ATX')).toBe(true);
    expect(wish.met('Maker Apollo Black ARGB Gaming Case w/ Glass Window, ATX')).toBe(false);
  });

  it('reads "the standard ATX size" as ATX and no smaller board', () => {
    const [wish] = boardSizeWishes('in the standard ATX size that it fits');
    expect(wish!.met('Maker PRIME X670-P WIFI, AMD X670, AM5, ATX, 4 DDR5')).toBe(true);
    expect(wish!.met('Maker TUF GAMING A620M-PLUS, AMD A620, AM5, Micro ATX, 4 DDR5')).toBe(false);
    expect(boardSizeWishes('an ATX board')).toEqual([]);
  });
});

describe('refineSubject: a computer that arrives fully built', () => {
  it('needs its parts but not an operating system: "fully built" says assembled, not set up', () => {
    const r = refineSubject('desktop tower', 'that arrives fully built with an AMD processor inside');
    expect(met(r, 'Spire MATX Tower PC, Ryzen 5 5600G, 16GB 3200MHz, 1TB SSD, No Optical, No Operating System')).toBe(true);
    expect(met(r, 'Maker Tower Barebone PC, No CPU, RAM or Storage')).toBe(false);
    expect(met(refineSubject('mini PC', 'that is ready to use'), 'Spire Mini PC, Ryzen 3, 8GB, 256GB SSD, No Operating System')).toBe(false);
  });
});

describe('sameLineWish: "the same Vida Vetro case in black"', () => {
  it('keeps the product named after "the same" by its maker and line', () => {
    const wish = sameLineWish('Find the cheapest alternative that is the same Maker Vetro case in black.')!;
    expect(wish.met('Maker Vetro Black ARGB Gaming Case w/ Glass Front & Side, ATX')).toBe(true);
    expect(wish.met('Other Vetra Black Case Fan, 12cm')).toBe(false);
    expect(sameLineWish('Find the cheapest alternative from the same Maker fans as mine.')).toBeUndefined();
  });
});

describe('earlierGenerationWish and plusModelWish: "a Plus model of an earlier Galaxy S generation"', () => {
  it('keeps titles of the quoted series with a lower number, and with "+" or "Plus"', () => {
    const text = 'Find the cheapest alternative that is a Plus model of an earlier Galaxy S generation.';
    const earlier = earlierGenerationWish(text, 'Maker GALAXY S24+ 5G S926B DS 256GB Amber Yellow')!;
    const plus = plusModelWish(text)!;
    expect([earlier.met('Smartphone MAKER Galaxy S23+ 8/256GB Green'), plus.met('Smartphone MAKER Galaxy S23+ 8/256GB Green')]).toEqual([true, true]);
    expect(earlier.met('Maker GALAXY S24 5G S921B DS 128GB')).toBe(false);
    expect(plus.met('Smartphone MAKER Galaxy S22 5G 8GB+128GB Black')).toBe(false);
    expect(earlierGenerationWish('Find the cheapest alternative for this phone.', 'Maker GALAXY S24+ 5G')).toBeUndefined();
  });
});

describe('refineSubject: a clause of three parts', () => {
  it('keeps the third part after the plug ("plugs into USB, has ... and has its controls on the cable")', () => {
    const r = refineSubject('headset', 'that plugs into USB, has its microphone on a boom arm and has its controls on the cable');
    expect(r.items.map((i) => i.label)).toEqual(expect.arrayContaining(['Its microphone on an arm: a boom mic', 'Controls on the cable: in-line controls']));
  });
});

describe('sameModelWish: the quoted line named after "the same" (blind29)', () => {
  it('keeps "the same Corsair Vengeance LPX 32GB ... kit" and no other kit', () => {
    const wish = sameModelWish('Find the cheapest alternative, the same Maker Vengeance LPX 32GB (2 x 16GB) DDR4 kit but rated for 3200MHz.', 'Maker Vengeance LPX 32GB Kit (2 x 16GB), DDR4, 3000MHz, CL16')!;
    expect(wish.met('Maker Vengeance LPX 32GB Kit (2 x 16GB), DDR4, 3200MHz, CL16')).toBe(true);
    expect(wish.met('Other 8GB, DDR4, 3200MHz, CL22, DIMM Memory')).toBe(false);
    expect(sameModelWish('Find the cheapest alternative from the same Maker Liquid Freezer II ARGB series for this cooler.', 'Maker Liquid Freezer II ARGB 360mm Liquid CPU Cooler')).toBeUndefined();
  });
});

describe('refineSubject: session 18 title wishes', () => {
  it('reads "an ordinary HDMI plug at each end" as a plain HDMI cable: no Mini HDMI, USB-C or socket end', () => {
    const r = refineSubject('Acme HDMI cable', 'no longer than two metres, with an ordinary HDMI plug at each end to go with it');
    expect(r.requirements).not.toMatch(/each end/);
    expect(met(r, 'Acme High-Speed HDMI Cable w/ Rotatable Plugs - Male to Male, 1.5 Metre')).toBe(true);
    expect(met(r, 'Acme HDMI Male to HDMI Type-C Mini Male Cable, 10cm')).toBe(false);
    expect(met(r, 'Acme USB-C Male to HDMI Male Cable, 1.5 Metre')).toBe(false);
    expect(met(r, 'Acme HDMI Type-D Micro Male to HDMI Female Cable')).toBe(false);
  });

  it('reads "should arrive without any" as sold without the parts named before it', () => {
    const r = refineSubject('case', 'I have a drawer full of good fans from my last build, so the new case should arrive without any');
    expect(met(r, 'Acme Boxy White Case, ATX, Mesh Panels, No Fans inc.')).toBe(true);
    expect(met(r, 'Acme Tower Case, ATX, 3x ARGB Fans')).toBe(false);
  });

  it('leaves a part named by its model ("a Glow Node PRO controller in the box") to the requirements, not to any controller', () => {
    const r = refineSubject('white Acme case', 'whose RGB fans come with a Glow Node PRO controller in the box');
    expect(r.wishes).toEqual([]);
    expect(r.requirements).toMatch(/Glow Node PRO/);
  });
});

describe('refineSubject: "not the bigger S23+"', () => {
  it('rules out the Plus model by its "+" and keeps the plain one', () => {
    const r = refineSubject('Nova S23', 'with 8GB of memory and 256GB of storage, the ordinary one and not the bigger S23+');
    expect(met(r, 'Smartphone ACME Nova S23 8/256GB Black')).toBe(true);
    expect(met(r, 'Smartphone ACME Nova S23+ 8/256GB Green')).toBe(false);
  });
});

describe('refineSubject: session 18, second round', () => {
  it('reads "together in one multi-unit box" as an offer of several, however many', () => {
    const r = refineSubject('access points together', 'in one multi-unit box than one at a time');
    expect(r.subject).toBe('access points');
    expect(met(r, 'Acme EAP610 Ceiling Access Point, Wi-Fi 6, 3 Pack')).toBe(true);
    expect(met(r, 'Acme EAP610 Ceiling Access Point, Wi-Fi 6')).toBe(false);
  });

  it('reads "to look like a mirror when the lights are on" as a mirror, not "mirror when the"', () => {
    const r = refineSubject('cooler', 'I would love the block sitting on it to look like a mirror when the lights are on');
    expect(r.items.map((i) => i.label)).toEqual([expect.stringMatching(/mirror: its page says "mirror"$/)]);
  });
});

describe('sameModelWish: "the same board with Wi-Fi built in"', () => {
  it('reads "the same board" as the quoted model, whatever capitalised word follows', () => {
    const w = sameModelWish('Find the cheapest alternative that is the same board with Wi-Fi built in.', 'Acme PRIME X670-P, AMD X670, AM5, ATX, 4 DDR5')!;
    expect(w.met('Acme PRIME X670-P WIFI, AMD X670, AM5, ATX, 4 DDR5, Wi-Fi 6')).toBe(true);
    expect(w.met('Acme PRIME B650M-A WIFI II, AMD B650, AM5, Micro ATX')).toBe(false);
  });
});

describe('sameModelWish and refineSubject: session 19', () => {
  it('lets "the same X but sold with ..." be another edition of it ("GT502 Plus")', () => {
    const w = sameModelWish('Find the cheapest alternative that is the same Acme TUF Gaming GT502 but sold with ARGB fans.', 'Acme TUF Gaming GT502 Case w/ Glass Window, ATX, Black')!;
    expect(w.met('Acme TUF Gaming GT502 Plus Case w/ Glass Windows, ATX, 4x ARGB Fans')).toBe(true);
    expect(w.met('Acme TUF Gaming GT301 Case, ATX')).toBe(false);
  });

  it('keeps "sold without fans" a wish, but not "versions sold without fans do not count"', () => {
    expect(refineSubject('GameMax cases', 'that come sold without fans').wishes.map((w) => w.id)).toContain('without:fan');
    expect(refineSubject('GameMax cases', 'versions sold without fans do not count').wishes.map((w) => w.id)).not.toContain('without:fan');
  });
});

describe('session 20 (round 37): packs of named products, looks, and another edition of the same line', () => {
  it('reads "two Acme iCUE LINK RX140" as a pack of two of that product (a name whose second word opens in lower case)', () => {
    const r = refineSubject('two Acme iCUE LINK RX140', '');
    expect(r.subject).toBe('Acme iCUE LINK RX140');
    expect(met(r, 'Acme iCUE LINK RX140 14cm PWM Case Fans x2, Hub Included')).toBe(true);
    expect(met(r, 'Acme iCUE LINK RX140 14cm PWM Case Fan, Single')).toBe(false);
  });

  it('reads "look like office equipment" by the word that says the look ("office"), not the generic "equipment"', () => {
    const r = refineSubject('case', 'should look like office equipment');
    expect(r.items).toContainEqual(expect.objectContaining({ kind: 'attribute-present', text: 'office', label: 'Looks like office equipment: its page says "office"' }));
  });

  it('lets "the Micro ATX version of the same Meshify C" be the line\'s smaller edition', () => {
    const wish = sameModelWish('Find the cheapest alternative that is the Micro ATX version of the same Acme Mesh C.', 'Acme Mesh C (Dark TG) Gaming Case w/ Glass Window, ATX')!;
    expect(wish.met('Acme Mesh C Mini (Dark TG) Gaming Case w/ Glass Window, Micro ATX')).toBe(true);
    expect(sameModelWish('Find the cheapest alternative that is the same Acme Mesh C in white.', 'Acme Mesh C (Dark TG) Gaming Case w/ Glass Window, ATX')!.met('Acme Mesh C Mini Gaming Case, Micro ATX')).toBe(false);
  });
});

describe('sameModelWish: "it has to stay the ...", "the very same ..." (session 23)', () => {
  it('keeps the quoted model named after "has to stay the" or "the very same", a mixed-case word in its name', () => {
    const quoted = 'Acme iCUE 5000X RGB Gaming Case w/ 4x Tempered Glass Panels, E-ATX, Black';
    const wish = sameModelWish('It has to stay the Acme iCUE 5000X RGB with its four glass panels; the colour is open.', quoted)!;
    expect(wish.met('Acme iCUE 5000X RGB Gaming Case w/ 4x Tempered Glass Panels, E-ATX, White')).toBe(true);
    expect(wish.met('Vexa Apollo Black ARGB Gaming Case w/ Glass Window, ATX')).toBe(false);
    expect(sameModelWish('I would take the very same Acme 6500X RGB in white as well.', 'Acme 6500X RGB Dual Chamber Case, ATX, Black')).toBeDefined();
  });
});

describe('single-fan kits asked for (session 28)', () => {
  it('takes a "Single Fan Expansion Kit" where the request asks for single-fan kits, and not otherwise', () => {
    const asked = refineSubject('single iCUE LINK fan', 'bought one at a time as single-fan kits').wishes.find((w) => w.id === 'pack:1')!;
    expect(asked.met('Corsair iCUE LINK RX120 RGB 12cm PWM Case Fan, Black, Single Fan Expansion Kit')).toBe(true);
    const plain = refineSubject('single iCUE LINK fan', '').wishes.find((w) => w.id === 'pack:1')!;
    expect(plain.met('Corsair iCUE LINK RX120 RGB 12cm PWM Case Fan, Black, Single Fan Expansion Kit')).toBe(false);
  });
});
