import { describe, expect, it } from 'vitest';
import { choosesAmongListed, listedProducts, listedVersions, pointsAtListed, versionsAfterName } from './listed-products';
import { classifyRequest } from './request-shape';

describe('products a lead-in lists, pointed back at as "both" or "these two"', () => {
  it('reads each listed item by its name and a size said of it, not by the words that describe it', () => {
    expect(listedProducts('For the media PC I need two Acme parts: the Shadow Rock LP low-profile CPU cooler and the Pure Wings 2 80mm PWM fan for the back. ')?.names)
      .toEqual(['Shadow Rock LP', 'Pure Wings 2 80mm PWM']);
    expect(listedProducts('Upgrade in one go: the Acme Pure Loop 2 all-in-one with the 120mm radiator, plus an Acme Vento Pro 120 fan for the intake.')?.names)
      .toEqual(['Acme Pure Loop 2 120mm', 'Acme Vento Pro 120']);
    // A version in brackets is part of the name; a word that only describes ("big") is not.
    expect(listedProducts('Two Acme towers made my shortlist: the Define R6 (Black Solid) and the big Define XL R2 (Black Pearl).')?.names)
      .toEqual(['Define R6 Black Solid', 'Define XL R2 Black Pearl']);
  });

  it('keeps what the words before the colon say of every item only when they state a figure', () => {
    expect(listedProducts('Two kits on my shortlist, both 32GB (2 x 16GB) of DDR5-6000: the Acme Fury RGB and the white Acme Vengeance RGB.'))
      .toEqual({ names: ['Acme Fury RGB', 'white Acme Vengeance RGB'], saidOfAll: '32GB (2 x 16GB) of DDR5-6000' });
    expect(listedProducts('Two parts are settled: the Acme R5 5600 processor and the Acme B550 Pro board.')?.saidOfAll).toBe('');
  });

  it('finds no list where an item opens with no name', () => {
    expect(listedProducts('The twins each get one: one in the orange version and one in the magenta version.')).toBeUndefined();
    expect(listedProducts('I want a quiet case and a white fan.')).toBeUndefined();
  });

  it('tells a pointer at several things from a two-pack', () => {
    expect(['both products', 'both of them', 'these two products', 'those two versions', 'either of them', 'these items'].every(pointsAtListed)).toBe(true);
    expect(pointsAtListed('the two-pack')).toBe(false);
    expect(choosesAmongListed('Whichever of the two I can get for less wins.')).toBe(true);
    expect(choosesAmongListed('What is the cheapest offer across both?')).toBe(true);
    expect(choosesAmongListed('A cable with USB-C on both ends.')).toBe(false);
  });

  it('reads the versions a sentence lists, by the words that tell them apart', () => {
    expect(listedVersions('The twins each get an Acme Pop Air RGB: one in the Orange Core TG version and one in the Magenta Core TG version.')).toEqual(['Orange Core TG', 'Magenta Core TG']);
    expect(listedVersions('We want it once as the plain black version and once as the white FX RGB edition.')).toEqual(['black', 'white FX RGB']);
    expect(listedVersions('The black one is nice.')).toBeUndefined();
  });
});

describe('classifyRequest: several products or versions asked for together (session 31)', () => {
  it('asks for each listed product when the asking sentence points back at them', () => {
    const shape = classifyRequest('For the slim PC I need two Acme parts: the Shadow Rock LP low-profile CPU cooler and the Pure Wings 2 80mm PWM fan for the back. Find all offers for these two products and add each of them to the cart.');
    expect(shape.subjects).toEqual(['Shadow Rock LP', 'Pure Wings 2 80mm PWM']);
    expect(shape.mode).toBe('offers');
  });

  it('asks for either of two named products when the cheaper one wins', () => {
    const shape = classifyRequest('It is between two Acme boards for my rig: the ROG Maximus Z790 Apex and the ROG Maximus Z790 Formula. Either one would do, so whichever of the two I can get for less wins. What is the cheapest offer across both?');
    expect(shape.subjects).toEqual(['ROG Maximus Z790 Apex', 'ROG Maximus Z790 Formula']);
    expect(shape.cheapest).toBe(true);
  });

  it('asks for each version of one product, with nothing one version says asked of the other', () => {
    const shape = classifyRequest('We want the Acme Shadow Base 800 for both PCs, once as the plain black version and once as the white FX RGB edition. Find all offers for these two cases and add each of them to the cart.');
    expect(shape.subjects).toEqual(['Acme Shadow Base 800 black', 'Acme Shadow Base 800 white FX RGB']);
    expect(shape.requirements).toBe('');
  });

  it('leaves both versions open when the shopper cannot decide between them', () => {
    const shape = classifyRequest('Acme Shadow Base 800: I can\'t decide between the plain black one and the FX edition with the ARGB strips, so I want to see both side by side. Find every offer for the Shadow Base 800, either version.');
    expect(shape.requirements).not.toMatch(/FX|ARGB|black/);
  });
});

describe('listedProducts and listedVersions: session 33', () => {
  it('reads "the case is the plain Acme C8 in white" as the Acme C8 in white, and a colour and its finish before a name', () => {
    expect(listedProducts('Two parts decided: the case is the plain Acme C8 in white, and the cooler is the Acme Vortex 360 with the spiral pump head.')?.names).toEqual(['white Acme C8', 'Acme Vortex 360']);
    expect(listedProducts('Both versions: the black P14 PWM PST made for continuous operation and the white/transparent P14 PWM.')?.names).toEqual(['black P14 PWM PST', 'white/transparent P14 PWM']);
  });

  it('reads "the 1TB model ... and the small 250GB one" as two versions told by size', () => {
    expect(listedVersions('Acme 870 drives for the office: the 1TB model for my PC and the small 250GB one for the front desk.')).toEqual(['1TB', '250GB']);
  });
});

describe('listedProducts and listedVersions: session 34', () => {
  it('ends a name at a comma, reads a maker\'s possessive and "their", and a box of three as no part of the name', () => {
    expect(listedProducts('Two things: the Acme VA24, the 23.8-inch monitor with the USB hub, and the Acme U20 keyboard and mouse set.')?.names).toEqual(['Acme VA24', 'Acme U20']);
    expect(listedProducts('Down to two drives: Acme\'s MP60 CORE 2TB and Bolt\'s 115S 2TB.')?.names).toEqual(['Acme MP60 CORE 2TB', 'Bolt 115S 2TB']);
    expect(listedProducts('Quiet: be quiet!\'s Dark Peak 2 CPU cooler, plus their Light Rings 120mm ARGB fans.')?.names).toEqual(['be quiet! Dark Peak 2', 'be quiet! Light Rings 120mm ARGB']);
    expect(listedProducts('Two items: the white Acme 40D case, and one extra box of three white Acme AF12 fans.')?.names).toEqual(['white Acme 40D', 'white Acme AF12']);
  });

  it('makes a one-word name a name by the maker said before the list ("every case Acme sells under that name: the FLUX ...")', () => {
    expect(listedProducts('I\'d like to see every case Acme sells under that name: the FLUX with the wood front as well as the DF80 FLUX.')?.names).toEqual(['Acme FLUX', 'DF80 FLUX']);
    expect(pointsAtListed('all')).toBe(true);
    expect(pointsAtListed('either of the two')).toBe(true);
  });

  it('reads "one in Mystic Red and one in Petrol Blue" and "the 360mm V150 or the 420mm V170" as two versions', () => {
    expect(listedVersions('The twins each get an Acme Focus case: one in Mystic Red and one in Petrol Blue.')).toEqual(['Mystic Red', 'Petrol Blue']);
    expect(listedVersions('Whether I end up with the 360mm V150 or the 420mm V170 depends on the prices.')).toEqual(['V150 360mm', 'V170 420mm']);
    expect(choosesAmongListed('Find whichever offer of these two costs the least.')).toBe(true);
  });
});

describe('listed products: session 35', () => {
  it('reads the things weighed after "Can\'t decide between" as the list, and "either case" as pointing at it', () => {
    expect(listedProducts('Can\'t decide between Acme\'s Vortex 4000D RGB AIRFLOW and the Vortex 4000X RGB, both in white.')?.names).toEqual(['Acme Vortex 4000D RGB AIRFLOW', 'Vortex 4000X RGB']);
    expect(pointsAtListed('either case')).toBe(true);
    expect(pointsAtListed('either way')).toBe(false);
  });

  it('reads lower-case words before a name as describing it ("the low-profile Shadow Rock LP"), a colour before it as its version', () => {
    expect(listedProducts('I need two Acme coolers: the low-profile Shadow Rock LP and the top-flow Shadow Rock TF2.')?.names).toEqual(['Shadow Rock LP', 'Shadow Rock TF2']);
    expect(listedProducts('Two items: the white Acme Vortex 4000D case, and the black Acme Vortex 5000X case.')?.names).toEqual(['white Acme Vortex 4000D', 'black Acme Vortex 5000X']);
  });

  it('reads a colour said before the list of all its items, not that of the build they go in', () => {
    expect(listedProducts('One of Acme\'s white towers with fans inside: the Vortex 5000D or the Vortex 5000X, whichever costs less.', { either: true })?.saidOfAll).toMatch(/white towers/);
    expect(listedProducts('White Acme build, two parts decided: the Acme C8 and the Acme Vortex 360.')?.saidOfAll).toBe('');
  });

  it('reads "whichever costs less" and "whichever I can get for less" as one of those named, and a product\'s two versions after its name', () => {
    expect(choosesAmongListed('the X or the Y, whichever costs less.')).toBe(true);
    expect(choosesAmongListed('the X or the Y, whichever I can get for less.')).toBe(true);
    expect(versionsAfterName('Looking for an Acme RTX 3050, the DUAL V2 or the StormX, whichever I can get for less.')?.names).toEqual(['Acme RTX 3050 DUAL V2', 'Acme RTX 3050 StormX']);
  });
});

describe('listed products: session 37', () => {
  it('reads "Which costs less, the X or the Y?" as the two things weighed by price', () => {
    expect(listedProducts('Which costs less, the Acme Vortex 240 ARGB or the white Acme Storm LC360 RGB? I\'d be happy with either.', { either: true })?.names).toEqual(['Acme Vortex 240 ARGB', 'white Acme Storm LC360 RGB']);
  });

  it('reads an aside turning a product down ("(not the newer Vortex 2 Mini)") as a refusal of all the list, by the name alone', () => {
    expect(listedProducts('Two older cases: the Vortex G Mini and the Vortex C Mini (not the newer Vortex 2 Mini).')?.saidOfAll).toBe('not the Vortex 2 Mini');
  });

  it('reads "It\'s the X or the Y" and "whichever costs least" as one of two things', () => {
    const text = 'Acme case decision time. It\'s the Quiet Base 802 (with or without the window) or the Shadow Base 800 FX RGB. I\'ll take whichever costs least.';
    expect(choosesAmongListed(text)).toBe(true);
    expect(listedProducts(text, { either: true })?.names).toEqual(['Quiet Base 802', 'Shadow Base 800 FX RGB']);
  });

  it('reads "it\'s down to two boards: the X and the Y" as a choice between them', () => {
    expect(choosesAmongListed('For my build it\'s down to two Micro ATX boards: the Acme B650M-PLUS and the Acme B650M PRO.')).toBe(true);
  });

  it('reads a product opening a sentence, then two versions of it after a colon, as those two versions', () => {
    expect(versionsAfterName('Acme RTX 4070 SUPER for my son\'s PC: either the standard DUAL (not the DUAL OC) or the JetStream OC would do.', { eitherSaid: true })?.names)
      .toEqual(['Acme RTX 4070 SUPER DUAL', 'Acme RTX 4070 SUPER JetStream OC']);
  });

  it('reads what "both" says of the listed things, not the errand before it', () => {
    expect(listedProducts('For our LAN-party group buy we need two Acme cases, both the black ARGB models: the Acme Tempest and the Acme Aquilon.')?.saidOfAll).toBe('the black ARGB models');
  });
});

describe('listed products: session 37, an aside inside an item', () => {
  it('turns nothing down for all where the refusing aside belongs to one item, not the list\'s end', () => {
    expect(listedProducts('Two parts decided: the case is the plain Acme C8 in white (not the C8 ARGB, not the Aluminium edition), and the cooler is the Acme Vortex 360.')?.saidOfAll).toBe('');
  });
});
