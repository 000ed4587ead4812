import { describe, expect, it } from 'vitest';
import { classifyRequest, leadInTrace } from './request-shape';
import { thousandSeriesWishes } from './requirements';

describe('classifyRequest: what is asked for, apart from why and how it is described', () => {
  it('ends the subject where a clause led by its own subject starts ("a desktop PC I can use for ...")', () => {
    const shape = classifyRequest('Find the cheapest offer for a desktop PC I can use for office work, with Windows installed.');
    expect(shape.subjects).toEqual(['desktop PC']);
    expect(shape.requirements).toBe('I can use for office work, with Windows installed');
    expect(classifyRequest('Find all offers for a laptop we can take on trips.').subjects).toEqual(['laptop']);
  });

  it('drops a reason after the request ("so that my computer can sit under the TV"): no product shows it', () => {
    const shape = classifyRequest('Find all offers for PC cases shaped like a games console, so that my computer can sit under the TV.');
    expect(shape.subjects).toEqual(['PC cases']);
    expect(shape.requirements).toBe('shaped like a games console');
    expect(shape.mode).toBe('fit');
    expect(classifyRequest('Find a quiet keyboard because my flatmate sleeps early.').subjects).toEqual(['quiet keyboard']);
  });

  it('reads "rated IP55 or better against water and dust" as a clause on the kind, not two products', () => {
    const shape = classifyRequest('Find all offers for external drives rated IP55 or better against water and dust.');
    expect(shape).toMatchObject({ mode: 'fit', subjects: ['external drives'], requirements: 'rated IP55 or better against water and dust' });
    expect(classifyRequest('Find the top rated headphones.').subjects).toEqual(['top rated headphones']);
  });

  it('reads "a replacement for the small 8cm fan at the back of my PC" as the fan it replaces, where it sits a clause', () => {
    const shape = classifyRequest('Find the cheapest offer for a replacement for the small 8cm fan at the back of my old office PC, which has started rattling.');
    expect(shape).toMatchObject({ mode: 'fit', cheapest: true, subjects: ['small 8cm fan'] });
    expect(classifyRequest('Find all offers for a replacement laptop charger.').subjects).toEqual(['laptop charger']);
  });

  it('keeps a model name that merely contains such words whole', () => {
    expect(classifyRequest('Find all offers for the Canon EOS R5 Mark II camera body.').subjects).toEqual(['Canon EOS R5 Mark II camera body']);
  });
});

describe('classifyRequest: the reason given for a generic "something" is its need', () => {
  it('keeps "so that my fan\'s cable reaches the header" as what a generic "something" must do', () => {
    const shape = classifyRequest("Find the cheapest offer for something, so that my case fan's cable reaches the motherboard header.");
    expect(shape.subjects).toEqual(['something']);
    expect(shape.requirements).toBe("that my case fan's cable reaches the motherboard header");
  });
});

describe('classifyRequest: clauses that describe the product', () => {
  it('ends the subject at "based on" and "whose"', () => {
    expect(classifyRequest('Find all offers for Maker graphics cards based on the RTX 4070 SUPER.').requirements).toBe('based on the RTX 4070 SUPER');
    expect(classifyRequest('Find all offers for a gaming keyboard whose number pad I can take off.').subjects).toEqual(['gaming keyboard']);
  });

  it('ends a name at an aside saying which one (", the plain one rather than ...")', () => {
    const shape = classifyRequest('Find all offers for the Acme TUF Gaming GT502 case, the plain one rather than the GT502 Plus with ARGB fans.');
    expect(shape.subjects).toEqual(['Acme TUF Gaming GT502 case']);
    expect(shape.requirements).toBe('the plain one rather than the GT502 Plus with ARGB fans');
  });

  it('reads a clause pointing back ("that lets me do that") with the lead-in that says what "that" is', () => {
    const shape = classifyRequest('I go running without my phone and still want to take calls. Find the cheapest offer for a smartwatch that lets me do that.');
    expect(shape.subjects).toEqual(['smartwatch']);
    expect(shape.requirements).toBe('that lets me do that: I go running without my phone and still want to take calls');
    expect(classifyRequest('My desk is small. Find all offers for a keyboard that is compact.').requirements).toBe('that is compact');
  });

  it('reads the maker be quiet! whole, "the 10.9-inch one" as an aside, and "like that" as pointing back', () => {
    expect(classifyRequest('Find the cheapest offer for a be quiet! PC case with solid side panels.').subjects).toEqual(['Be Quiet PC case']);
    expect(classifyRequest('Find all offers for the Acme Galaxy Tab S9 FE tablet, the 10.9-inch one rather than the FE+.').requirements).toBe('the 10.9-inch one rather than the FE+');
    expect(classifyRequest('I share an office, so my computer has to be locked to the desk. Find the cheapest offer for a PC case I can lock like that.').requirements)
      .toBe('I can lock like that: I share an office, so my computer has to be locked to the desk');
  });

  it('reads the lead-in with a clause that acts on what it named ("a case that can cool it without any fans")', () => {
    expect(classifyRequest('I want a silent PC built on a Mini ITX board. Find all offers for a case that can cool it without any fans.').requirements)
      .toBe('that can cool it without any fans: a silent PC built on a Mini ITX board');
  });

  it('ends the subject at "without": "a keyboard without a cable" is a keyboard, the cable a requirement', () => {
    const shape = classifyRequest('Find all offers for a keyboard without a cable that is quiet to type on, because I work late.');
    expect(shape.subjects).toEqual(['keyboard']);
    expect(shape.requirements).toBe('without a cable that is quiet to type on');
  });

  it('reads an aside in brackets that leaves something out as a requirement, and keeps one that describes the kit', () => {
    const shape = classifyRequest('Find the cheapest offer for a standard Maker Phone S24 (not the Plus or the Ultra) with 256GB of storage.');
    expect(shape.subjects).toEqual(['standard Maker Phone S24']);
    expect(shape.requirements).toContain('not the Plus or the Ultra');
    expect(classifyRequest('Find the cheapest offer for the Maker Vengeance 16GB (2 x 8GB) DDR4 kit.').subjects[0]).toContain('(2 x 8GB)');
  });
});

describe('classifyRequest: what a product is made for is a clause on it', () => {
  it('ends the subject at "made to" and "built for": "a case fan made to run non-stop" is a case fan', () => {
    const shape = classifyRequest('Find all offers for a case fan made to run non-stop in a PC that stays switched on day and night.');
    expect(shape.subjects).toEqual(['case fan']);
    expect(shape.requirements).toBe('made to run non-stop in a PC that stays switched on day and night');
    expect(classifyRequest('Find all offers for fanless cases built for Intel NUC boards.').subjects).toEqual(['fanless cases']);
  });

  it('ends the subject at a purpose said as "to" and a verb: "a cable to charge my iPhone" is a cable, not a connection request', () => {
    const shape = classifyRequest('Find the cheapest offer for a cable to charge my iPhone from the USB-A port of my old charger.');
    expect(shape.subjects).toEqual(['cable']);
    expect(shape.requirements).toBe('to charge my iPhone from the USB-A port of my old charger');
    expect(shape.mode).toBe('fit');
    // "to" between two plugs names the product's ends, no purpose.
    expect(classifyRequest('Find all offers for a USB-C to Lightning cable.').subjects).toEqual(['USB-C to Lightning cable']);
  });
});

describe('classifyRequest: a sentence that leads in before the one that asks', () => {
  it('reads the subject from the sentence that asks, not from a wish said before it', () => {
    const shape = classifyRequest('I want an Asrock board. Find all offers for Asrock ATX motherboards with DDR5 memory slots that this processor can be installed on: http://shop.test/product/cpu/ .');
    expect(shape).toMatchObject({ mode: 'compatible', subjects: ['Asrock ATX motherboards'], requirements: 'with DDR5 memory slots that this processor can be installed on' });
  });

  it('reads "Find the cheapest offer for one" as the thing the lead-in says is needed', () => {
    const shape = classifyRequest('My son starts university next month and needs a laptop that already runs Windows 11. Find the cheapest offer for one. If multiple offers share the lowest price, return all of them.');
    expect(shape).toMatchObject({ mode: 'fit', cheapest: true, subjects: ['laptop'], requirements: 'that already runs Windows 11' });
  });

  it('keeps a later sentence that says what the product must have as a requirement, not the closing "If multiple offers"', () => {
    const shape = classifyRequest('Find the cheapest offer for a flat desktop case for a Mini ITX board. I have no power supply, so one must come with the case. If multiple offers share the lowest price, return all of them.');
    expect(shape.subjects).toEqual(['flat desktop case']);
    expect(shape.requirements).toBe('for a Mini ITX board, I have no power supply, so one must come with the case');
  });

  it('keeps a request that asks first, and its later sentences out of the subject', () => {
    const shape = classifyRequest('Find the cheapest offer for a 32GB DDR4 memory kit. Find one with RGB if you can.');
    expect(shape.subjects).toEqual(['32GB DDR4 memory kit']);
  });
});

describe('classifyRequest: asides that leave editions out, packages, lead-ins', () => {
  it('reads an aside between commas that leaves editions out as a requirement, not part of the name', () => {
    expect(classifyRequest('Find all offers for the plain Asus DUAL RTX 4070 SUPER, not the OC or EVO editions, and add each of them to the cart.'))
      .toMatchObject({ subjects: ['Asus DUAL RTX 4070 SUPER'], requirements: 'not the OC or EVO editions' });
    expect(classifyRequest('Find all offers for RTX 4070 graphics cards, the plain 4070 and not the SUPER or Ti models.'))
      .toMatchObject({ subjects: ['RTX 4070 graphics cards'], requirements: 'the plain 4070 and not the SUPER or Ti models' });
    // A bracketed aside is the name's own business (title-wishes.ts), commas inside it included.
    expect(classifyRequest('Find the cheapest offer for the Corsair H150 RGB 360mm liquid CPU cooler (the plain H150 RGB, not an iCUE H150i).').subjects)
      .toEqual(['Corsair H150 RGB 360mm liquid CPU cooler (the plain H150 RGB, not an iCUE H150i)']);
  });

  it('reads things that "come together as a set" as one package of both kinds', () => {
    expect(classifyRequest('Find all offers for a wired keyboard and mouse that come together as a set.').subjects).toEqual(['wired keyboard and mouse set']);
  });

  it('reads "the bigger Galaxy S24+" in a lead-in as the product "it" asks for', () => {
    const shape = classifyRequest('I want the bigger Galaxy S24+ from Samsung, in grey to match my tablet. Find the cheapest offer for it.');
    expect(shape).toMatchObject({ mode: 'fit', cheapest: true, subjects: ['Galaxy S24+'] });
  });

  it('takes the lead-in into a clause that says "gets me there"', () => {
    const shape = classifyRequest('My laptop has two DDR4 memory slots and I want 32GB in total. Find all offers for memory that gets me there in one purchase.');
    expect(shape.subjects).toEqual(['memory']);
    expect(shape.requirements).toMatch(/two DDR4 memory slots and I want 32GB in total/);
  });

  it('reads "at 3600MHz" after a name as a requirement, not a word titles carry', () => {
    expect(classifyRequest('Find the cheapest offer for the Corsair Vengeance LPX 32GB DDR4 kit at 3600MHz.'))
      .toMatchObject({ subjects: ['Corsair Vengeance LPX 32GB DDR4 kit'], requirements: 'at 3600MHz' });
  });
});

describe('classifyRequest: what is needed, and how long', () => {
  it('reads "what I need to connect the two" as something that connects what the lead-in names', () => {
    const shape = classifyRequest('My TV stands five metres away from the aerial socket in the wall. Find all offers for what I need to connect the two.');
    expect(shape.subjects).toEqual(['something']);
    expect(shape.requirements).toBe('to connect the two: My TV stands five metres away from the aerial socket in the wall');
  });

  it('ends the name at "long enough"', () => {
    expect(classifyRequest('Find all offers for a cable long enough to reach my TV.').subjects).toEqual(['cable']);
  });
});

describe('classifyRequest: clauses that act on what the lead-in named', () => {
  it('takes the lead-in into "read them" and "that kind of build"', () => {
    expect(classifyRequest('My laptop has no slot for my camera\'s memory cards. Find the cheapest offer for something that lets me read them over USB.').requirements)
      .toMatch(/read them over USB: My laptop has no slot for my camera's memory cards/);
    expect(classifyRequest('I am putting together a server in a 4U rack chassis. Find all offers for a CPU cooler that is made for that kind of build.').requirements)
      .toMatch(/that kind of build: I am putting together a server in a 4U rack chassis/);
  });
});

describe('classifyRequest: a lead-in that names the product, or the thing "one" stands for', () => {
  it('asks for the product "I\'m after" when the asking sentence says only "it"', () => {
    const shape = classifyRequest('I\'m after the AORUS B550 ELITE V2 motherboard, the plain one rather than the AX version. Find all offers for it.');
    expect(shape.subjects).toEqual(['AORUS B550 ELITE V2 motherboard']);
    expect(shape.requirements).toBe('the plain one rather than the AX version');
  });

  it('reads "a motherboard that still has one" as having what the lead-in named', () => {
    expect(classifyRequest('My old label printer only has a parallel port. Find all offers for a motherboard that still has one, so I can keep using the printer.').requirements)
      .toBe('that still has a parallel port');
  });
});

describe('classifyRequest: another copy of a product, makers after "made by", where a part goes, what "it" does', () => {
  it('asks for the product the office "needs another copy of", without the clause "we already use"', () => {
    const shape = classifyRequest('My office needs another copy of the Spire Micro ATX tower PC we already use, the version with the Intel Core i5-12400 in a Fractal Core 1100 case. Find all offers for it.');
    expect(shape.subjects).toEqual(['Spire Micro ATX tower PC']);
  });

  it('keeps "made by", "to fit inside it" and "it can cool" out of the subject', () => {
    expect(classifyRequest('Find all offers for 12cm ARGB case fans made by Fractal Design, sold one fan at a time.').subjects).toEqual(['12cm ARGB case fans']);
    expect(classifyRequest('Find the cheapest offer for a spinning 2.5-inch hard drive to fit inside it.').subjects).toEqual(['spinning 2.5-inch hard drive']);
    expect(classifyRequest('I want to build around this cooler: http://shop.test/p/1 . Find all offers for processors it can cool.').subjects).toEqual(['processors']);
  });
});

describe('classifyRequest: "the same case" as a named one, the room a case leaves, "makes this possible"', () => {
  it('asks for the case the lead-in names when the shopper wants "the same case"', () => {
    expect(classifyRequest('My brother built his PC in a Be Quiet! Pure Base 500 and I want the same case. Find the cheapest offer for it.').subjects).toEqual(['Be Quiet Pure Base 500 case']);
  });

  it('turns "my case only has room for a single 120mm radiator" into a size the cooler\'s radiator may not pass', () => {
    expect(classifyRequest('My small case only has room for a single 120mm radiator, and I would like a liquid cooler with a screen on the pump. Find all offers for one.').requirements)
      .toBe('with a screen on the pump, with a radiator of at most 120mm');
  });

  it('takes the lead-in into "a case that makes this possible"', () => {
    expect(classifyRequest('I have a spare 8th generation Intel NUC board and want a silent little computer. Find the cheapest offer for a case that makes this possible.').requirements)
      .toMatch(/makes this possible: I have a spare 8th generation Intel NUC board/);
  });
});

describe('classifyRequest: "that board", "whatever switches they have", "what I need to add it", "comes with one"', () => {
  it('asks for the board the build guide uses when the asking sentence says "that board"', () => {
    const shape = classifyRequest('My build guide uses the Asus Prime Z790-P motherboard, the plain version without Wi-Fi, because my PC sits next to the router on a cable. Find all offers for that board.');
    expect(shape.subjects).toEqual(['Asus Prime Z790-P motherboard']);
    expect(shape.requirements).toBe('the plain version without Wi-Fi');
  });

  it('drops ", whatever switches they have", which asks nothing', () => {
    expect(classifyRequest('Find all offers for Asus ROG Strix Scope II keyboards, whatever switches they have.')).toMatchObject({ subjects: ['Asus ROG Strix Scope II keyboards'], requirements: '' });
  });

  it('reads "what I need to add it" as something, described by the lead-in', () => {
    expect(classifyRequest('My motherboard has no TPM 2.0, only an empty TPM header. Find all offers for what I need to add it.')).toMatchObject({ subjects: ['something'], requirements: expect.stringMatching(/^to add it: My motherboard has no TPM 2\.0/) });
  });

  it('reads "that comes with one in the box" as coming with the kind of product the lead-in named', () => {
    expect(classifyRequest('I don\'t want to buy a CPU cooler separately. Find all offers for a six-core AMD processor that comes with one in the box.').requirements).toBe('that comes with a CPU cooler');
  });
});

describe('classifyRequest: asides that ask nothing, lead-ins that name the thing', () => {
  it('reads "with or without RGB fans" and "whether or not the pump has a screen" as no wish at all', () => {
    expect(classifyRequest('Find all offers for white Maker Torrent Compact cases, with or without RGB fans.')).toMatchObject({ subjects: ['white Maker Torrent Compact cases'], requirements: '' });
    expect(classifyRequest('Find all offers for Maker LINK 420mm AIO coolers, whether or not the pump has a screen.').requirements).toBe('');
  });

  it('reads "the body alone" after a camera\'s name as that model\'s offers, not a best fit of any camera', () => {
    const shape = classifyRequest('I have saved up for the Maker EOS R5 Mark II, the body alone since I keep my lenses. Find the cheapest offer for it.');
    expect(shape).toMatchObject({ mode: 'offers', cheapest: true, subjects: ['Maker EOS R5 Mark II'], requirements: '' });
  });

  it('takes the thing from a lead-in that names it with a possessive, without what the person does next', () => {
    const shape = classifyRequest('My dad wants his first smartwatch and only needs the basics. Find the cheapest offer for one.');
    expect(shape).toMatchObject({ mode: 'fit', subjects: ['smartwatch'], requirements: '' });
  });

  it('reads "this SSD, another 2.5-inch SATA SSD with ..." as what the alternative must be', () => {
    const shape = classifyRequest('Find the cheapest alternative for this SSD, another 2.5-inch SATA SSD with at least the same capacity: http://shop.test/product/ssd-2tb/ .');
    expect(shape).toMatchObject({ mode: 'substitute', subjects: [], requirements: '2.5-inch SATA SSD with at least the same capacity' });
  });

  it('gives a pointing clause the size or the device its lead-in names', () => {
    expect(classifyRequest('The tiny 5cm fan in my server box has started to whine. Find the cheapest offer for a replacement fan of that size.').requirements).toBe('5cm');
    expect(classifyRequest('I want to talk to my friends while we play on my PS5. Find all offers for a headset that is made to work with it.').requirements).toBe('that is made to work with PS5');
  });
});

describe('classifyRequest: more lead-ins and asides (blind22)', () => {
  it('reads a lead-in that ends in a colon before "find"', () => {
    const shape = classifyRequest('My living room is all white furniture, so it has to be the white one: find all offers for the Maker Ridge case in white.');
    expect(shape.subjects).toEqual(['Maker Ridge case']);
  });

  it('takes "that board" from "a shop assistant told me the X is all I need"', () => {
    const shape = classifyRequest('A shop assistant told me the Maker TUF A620M-PLUS is all I need for a budget build. Find the cheapest offer for that board.');
    expect(shape).toMatchObject({ subjects: ['Maker TUF A620M-PLUS'], requirements: '' });
  });

  it('reads "I can live without the light strips of the FX version" as not that version, and other "can do without" as nothing', () => {
    expect(classifyRequest('Find the cheapest offer for the black Maker Shadow Base 800 case; I can live without the light strips of the FX version.').requirements).toBe('not the FX version');
    expect(classifyRequest('Find all offers for the Maker Pure Base 500 case; I can do without a window.').requirements).toBe('');
  });

  it('reads ", whichever GeForce chip they use" as allowing any', () => {
    expect(classifyRequest('Find all offers for graphics cards from the Maker ProArt series, whichever GeForce chip they use.').requirements).toBe('from the Maker ProArt series');
  });

  it('takes "such a cooler" from the lead-in that describes it, with the size it points back to', () => {
    const shape = classifyRequest('I want to fill the 420mm radiator space of this case with a Maker all-in-one cooler of that size: http://shop.test/product/case/ . Find all offers for such a cooler.');
    expect(shape).toMatchObject({ mode: 'compatible', subjects: ['Maker all-in-one cooler'], requirements: '420mm' });
  });

  it('reads a screen asked for on its own as a monitor, and "plugs straight into both" as the two plugs the lead-in names', () => {
    expect(classifyRequest('Find all offers for a screen that has a camera built in.').subjects).toEqual(['monitor']);
    expect(classifyRequest('Find all offers for a phone with a big screen.').subjects).toEqual(['phone']);
    expect(classifyRequest('My old desktop only has USB-A ports and my new laptop only USB-C. Find the cheapest offer for a pocket SSD that plugs straight into both without an adapter.').requirements)
      .toBe('that plugs straight into USB-A and USB-C without an adapter');
  });
});

describe('classifyRequest: lead-ins and asides (blind23)', () => {
  it('takes the thing "my son has chosen", and cuts "; it is going into ..." off a name', () => {
    expect(classifyRequest('My son has chosen the Maker Focus 2 for his gaming PC, the black one with the clear glass side. Find all offers for that case.').subjects).toEqual(['Maker Focus 2']);
    expect(classifyRequest('Find all offers for the AMD Ryzen 3 3200G; it is going into a spare PC for the garage, and the cooler that comes in the box will do.'))
      .toMatchObject({ mode: 'offers', subjects: ['AMD Ryzen 3 3200G'], requirements: '' });
  });

  it('reads "their" as the maker the lead-in names, and "every version they make" as every product of the model', () => {
    const shape = classifyRequest('I only trust Palit for graphics cards. Find all offers for their RTX 3050 cards, every version they make.');
    expect(shape).toMatchObject({ mode: 'fit', subjects: ['Palit RTX 3050 cards'], requirements: '' });
  });

  it('reads ", RGB edition or plain" as either', () => {
    expect(classifyRequest('Find the cheapest offer for a Maker Meshify 2 in white, RGB edition or plain (not the older Meshify C).').requirements).toBe('in white, not the older Meshify C');
  });
});

describe('classifyRequest: a bare word the lead-in names as a kind', () => {
  it('reads "a card" after "one graphics card" as a graphics card', () => {
    expect(classifyRequest('I want four monitors running off one graphics card. Find the cheapest offer for a card with enough outputs for all four.').subjects).toEqual(['graphics card']);
  });
});

describe('classifyRequest: lead-ins and asides (blind24)', () => {
  it('takes the thing "I picked" or "I want exactly", and a thing a colon names, for an asking sentence that points back', () => {
    expect(classifyRequest('My box has no headroom above the processor, which is why I picked the Maker Pure Rock LP. Find the cheapest offer for it.').subjects).toEqual(['Maker Pure Rock LP']);
    expect(classifyRequest('My old case cracked and I want exactly the Maker Meshify 2 (Black TG) to replace it, not the Compact, Lite, Mini or XL. Find the cheapest offer for it.'))
      .toMatchObject({ subjects: ['Maker Meshify 2 (Black TG)'], requirements: 'to replace it, not the Compact, Lite, Mini or XL' });
    expect(classifyRequest('One more fan will finish the row on my radiator: a single Maker LINK RX120 RGB in black. Find the cheapest offer for it.'))
      .toMatchObject({ subjects: ['single Maker LINK RX120 RGB'], requirements: 'in black' });
  });

  it('ends a name at the comma before its clause', () => {
    expect(classifyRequest('Find all offers for the 500GB Maker Fury Renegade M.2 SSD, which will give my console more room for games.').subjects).toEqual(['500GB Maker Fury Renegade M.2 SSD']);
  });

  it('reads "the SUPER version included" and "I do not mind ..." as asking nothing', () => {
    expect(classifyRequest('Find the cheapest offer for a Palit graphics card built on the RTX 4070 Ti, the SUPER version included.').requirements).toBe('built on the RTX 4070 Ti');
    expect(classifyRequest('Find the cheapest alternative that is the same Maker Performance 1 FT; I do not mind its colour or whether its fans are ARGB.').requirements).toBe('that is the same Maker Performance 1 FT');
  });

  it('reads "as big as a small TV" as a clause, not words of the name', () => {
    expect(classifyRequest('The far wall needs a computer screen as big as a small TV, more than 40 inches across. Find the cheapest offer for one.'))
      .toMatchObject({ subjects: ['computer monitor'], requirements: 'as big as a small TV, more than 40 inches across' });
  });

  it('takes "such a case" from what the lead-in says "its case" should have', () => {
    expect(classifyRequest('My computer travels every weekend, so its case should have handles, and anything but white. Find the cheapest offer for such a case.'))
      .toMatchObject({ subjects: ['case'], requirements: 'should have handles, and anything but white' });
  });

  it('reads "that fits there and blends in" as the room and the colour the lead-in gives', () => {
    expect(classifyRequest('Every part inside my PC is white, and the top of the case has room for a 240mm radiator. Find the cheapest offer for an all-in-one cooler that fits there and blends in.').requirements)
      .toBe('that with a radiator of at most 240mm and in white');
  });
});

describe('classifyRequest: lead-ins and asides (blind25)', () => {
  it('takes the thing someone "pointed me to ... as the board to put it on", and "that case" the lead-in names', () => {
    expect(classifyRequest('A forum thread pointed me to the Maker Z790 PG Lightning/D4 as the board to put it on. Find all offers for that motherboard.').subjects).toEqual(['Maker Z790 PG Lightning/D4']);
    expect(classifyRequest('Our old computer is getting a new home, built into a Maker VSK2000-U3 slimline case. Find the cheapest offer for that case.').subjects).toEqual(['Maker VSK2000-U3 case']);
  });

  it('reads "with X or with Y; either version will do" as asking nothing', () => {
    expect(classifyRequest('Find all offers for the Maker Silent Base 802 case, with the glass window or with the solid side panel; either version will do.'))
      .toMatchObject({ mode: 'offers', subjects: ['Maker Silent Base 802 case'], requirements: '' });
  });

  it('reads a board on its own as a motherboard, and "he can move them onto" as a clause', () => {
    expect(classifyRequest('Find all offers for a board he can move them onto.')).toMatchObject({ subjects: ['motherboard'], requirements: 'he can move them onto' });
  });

  it('gives "like that" and "lets it" what the lead-in says', () => {
    expect(classifyRequest('I want 64GB of memory on just two sticks. Find all offers for memory kits like that which it can take.'))
      .toMatchObject({ subjects: ['memory kits'], requirements: 'like that which it can take: 64GB of memory on just two sticks' });
    expect(classifyRequest('My Maker NUC 13 Pro sits on the bedside table. Find all offers for a case that lets it run with no fan at all.').requirements)
      .toBe('that lets it run with no fan at all, for the Maker NUC 13 Pro');
  });
});

describe('classifyRequest: lead-ins and asides (blind26)', () => {
  it('takes the thing "I am going with" and what the asking sentence adds ("it in white")', () => {
    expect(classifyRequest('My attic is hot, so I am going with the Maker C5 ARGB dual-chamber case. Find all offers for it in white.'))
      .toMatchObject({ subjects: ['Maker C5 ARGB dual-chamber case'], requirements: 'in white' });
  });

  it('takes "the X is the board for me", and a request after a comma', () => {
    expect(classifyRequest('I have DDR4 to keep, so the Maker Z790 Pro RS/D4 is the board for me. Find the cheapest offer for it.').subjects).toEqual(['Maker Z790 Pro RS/D4']);
    expect(classifyRequest('For the 1440p gaming PC in our living room, find all offers for the Maker RTX 4070 SUPER JetStream OC graphics card.'))
      .toMatchObject({ mode: 'offers', subjects: ['Maker RTX 4070 SUPER JetStream OC graphics card'] });
  });

  it('reads ", bought singly or as a pair" as asking nothing', () => {
    expect(classifyRequest('Find all offers for black Maker LINK RX140 RGB fans, bought singly or as a pair.')).toMatchObject({ mode: 'offers', subjects: ['black Maker LINK RX140 RGB fans'] });
  });

  it('reads "such a kit" as the memory the lead-in wants', () => {
    expect(classifyRequest('My case has a glass side, and I want 16GB of DDR4 on two sticks that light up. Find the cheapest offer for such a kit.'))
      .toMatchObject({ subjects: ['memory kit'], requirements: '16GB of DDR4 on two sticks that light up' });
  });

  it('reads "the versions of that case" as the case the lead-in names, even beside a quoted product', () => {
    expect(classifyRequest('This cooler is on my desk: http://shop.test/product/c/ . For the case I want the big Maker Define 7, the full-size model rather than a smaller one. Find all offers for the versions of that case that have room for the cooler\'s radiator.'))
      .toMatchObject({ mode: 'compatible', subjects: ['Maker Define 7'] });
  });
});

describe('classifyRequest: asides and clauses (blind27)', () => {
  it('reads what follows a semicolon as a clause on the thing, not part of its name', () => {
    expect(classifyRequest('Find all offers for the 2TB Maker MP600 PRO XT; the PRO NH and the CORE XT are other drives.'))
      .toMatchObject({ subjects: ['2TB Maker MP600 PRO XT'], requirements: 'the PRO NH and the CORE XT are other drives' });
    expect(classifyRequest('Find the cheapest offer for the Maker QuietComfort 45 headphones; the colour makes no difference to me.'))
      .toMatchObject({ mode: 'offers', subjects: ['Maker QuietComfort 45 headphones'], requirements: '' });
  });

  it('reads a maker\'s possessive as the maker, "big or small" as any size, and "a motherboard it fits" as a clause', () => {
    expect(classifyRequest('Find all offers for Acme\'s MP33 NVMe SSDs, big or small.')).toMatchObject({ subjects: ['Acme MP33 NVMe SSDs'], requirements: '' });
    expect(classifyRequest('Find the cheapest offer for a motherboard it fits.').subjects).toEqual(['motherboard']);
  });
});

describe('classifyRequest: blind28 readings', () => {
  it('takes the thing whose front "won me over", with what the asking sentence adds', () => {
    expect(classifyRequest('The angular mesh front of the Maker Meshify C won me over. Find the cheapest offer for it in the Dark TG version; I mean the ATX case, not the Meshify C Mini.').subjects)
      .toEqual(['Maker Meshify C']);
  });

  it('reads "64GB of DDR4 desktop memory" as memory of 64GB, and "no matter how many sticks" as asking nothing', () => {
    expect(classifyRequest('Find the cheapest offer for 64GB of DDR4 desktop memory in a single kit, no matter how many sticks it is split across.'))
      .toMatchObject({ subjects: ['DDR4 desktop memory'], requirements: 'in a single kit, 64GB' });
  });
});

describe('classifyRequest: blind29 readings', () => {
  it('takes "this 27-inch monitor" as the one the lead-in names', () => {
    expect(classifyRequest('A colleague recommended the Asus VA27DQSB for office work because of its built-in USB hub. Find all offers for this 27-inch monitor.').subjects).toEqual(['Asus VA27DQSB']);
  });

  it('takes an aside in brackets that turns something down as a requirement, not part of the name', () => {
    expect(classifyRequest('Find the cheapest offer for the black Asus ROG Strix Helios RGB case (the white edition does not match my desk).'))
      .toMatchObject({ subjects: ['black Asus ROG Strix Helios RGB case'], requirements: 'the white edition does not match my desk' });
  });

  it('takes the thing a question names ("Where is the X the least expensive?") for "it"', () => {
    expect(classifyRequest('Where is the Fractal Design Pop Air RGB in White TG the least expensive? Find the cheapest offer for it.'))
      .toMatchObject({ subjects: ['Fractal Design Pop Air RGB'], requirements: 'in White TG', cheapest: true });
    expect(classifyRequest('Which shops carry the Maker X200 case? Find all offers for it.').subjects).toEqual(['Maker X200 case']);
  });

  it('drops "cheapest" before a kind named without "offer for"', () => {
    expect(classifyRequest('Find the cheapest USB-A to Micro-USB cable that supports quick charging.').subjects).toEqual(['USB-A to Micro-USB cable']);
  });

  it('reads "instead" beside a quoted product as a substitute', () => {
    expect(classifyRequest('This aerial lead is only 1.5 metres: http://shop.test/p/ . Find the cheapest longer antenna cable instead.').mode).toBe('substitute');
    expect(classifyRequest('Find the cheapest HDMI cable; I will use it instead of my old one.').mode).toBe('substitute');
  });

  it('lends "a stick that will work" the lead-in that says what works', () => {
    expect(classifyRequest('I run two old servers. The servers only accept registered ECC DDR4. Find the cheapest offer for a stick that will work.').requirements)
      .toMatch(/registered ECC DDR4/);
  });
});

describe('classifyRequest: blind30 readings', () => {
  it('takes "this Micro ATX case" as the case the lead-in names, and "the plain white X will do" as the choice', () => {
    expect(classifyRequest('The old office tower is getting a new home in an Antec VSK3000B. Find the cheapest offer for this Micro ATX case.').subjects).toEqual(['Antec VSK3000B case']);
    expect(classifyRequest('I own plenty of fans, so the plain white Maker 6500X dual-chamber case will do. Find the cheapest offer for it.').subjects[0]).toMatch(/Maker 6500X/);
  });

  it('reads "Which X have Y? Find all offers for them." as X that have Y', () => {
    expect(classifyRequest('Which Palit graphics cards have exactly 4GB of video memory? Find all offers for them.'))
      .toMatchObject({ subjects: ['Palit graphics cards'], requirements: 'that have exactly 4GB of video memory' });
    expect(classifyRequest('Which shops have the Maker X200 case? Find all offers for it.').subjects).not.toEqual(['shops']);
  });

  it('reads "HDMI cables or adapters" as both kinds, and "what makes it work" as something that does', () => {
    expect(classifyRequest('Find all offers for HDMI cables or adapters that are 10cm long.').subjects).toEqual(['HDMI cables', 'HDMI adapters']);
    expect(classifyRequest('My case has a USB-C socket on the front that has never worked. Find all offers for what makes it work.').subjects).toEqual(['something']);
  });

  it('reads "a cable long enough" as a cable that must be, from the lead-in', () => {
    expect(classifyRequest('Her lead does not reach the bed a metre away. Find the cheapest offer for a cable long enough.'))
      .toMatchObject({ subjects: ['cable'], requirements: expect.stringMatching(/^that is long enough: .*a metre away/) });
  });

  it('lends "fills that space" the size of the room the lead-in gives, and "ticks all of that" the lead-in', () => {
    expect(classifyRequest('The top of my case has room for a three-fan 360mm radiator. Find the cheapest offer for an all-in-one CPU cooler that fills that space.').requirements)
      .toMatch(/with a 360mm radiator/);
    expect(classifyRequest('My case only fits Micro ATX, so the board needs a Z790 chipset. Find the cheapest offer for a motherboard that ticks all of that.').requirements)
      .toMatch(/Micro ATX.*Z790/);
  });
});

describe('classifyRequest: blind31 readings', () => {
  it('takes the thing before a colon that says which one ("... into Antec\'s C8 dual-chamber case: the plain black one, not ...")', () => {
    expect(classifyRequest('The next workstation goes into Antec\'s C8 dual-chamber case: the plain black one, not the C8 ARGB. Find all offers for it.'))
      .toMatchObject({ subjects: ['Antec C8 dual-chamber case'], requirements: 'the plain black one, not the C8 ARGB' });
  });

  it('takes the product a lead-in names when the asking sentence names none ("Find the cheapest offer.")', () => {
    expect(classifyRequest('I have read enough reviews of the be quiet! Pure Rock 2 FX air cooler. Find the cheapest offer.').subjects).toEqual(['Be Quiet Pure Rock 2 FX air cooler']);
  });

  it('reads "keyboards built with them", "one of those cases" and "a board that does" from the lead-in', () => {
    expect(classifyRequest('I only type on genuine Cherry MX switches. Find all offers for keyboards built with them.').requirements).toMatch(/Cherry MX switches/);
    expect(classifyRequest('I love the mesh front Fractal gives its Meshify cases. Find the cheapest offer for one of those cases in white.').subjects).toEqual(['Meshify cases']);
    expect(classifyRequest('Our monitors only accept VGA, so the motherboard has to provide that connector. Find the cheapest offer for a board that does.').requirements).toMatch(/VGA/);
  });

  it('keeps a later sentence that turns a colour down ("Any colour except white.")', () => {
    expect(classifyRequest('Find all offers for a small wired keyboard with two USB-C sockets. Any colour except white.').requirements).toMatch(/except white/);
  });
});

describe('classifyRequest: session 18 lead-ins and subjects', () => {
  it('reads "I mean the X, ... not the bigger X+" as the X, with the other model left in the clause', () => {
    const s = classifyRequest('Is Acme\'s 2023 flagship still sold anywhere? I mean the Nova S23 with 8GB of memory and 256GB of storage, the ordinary one and not the bigger S23+. Find all offers for it.');
    expect(s.subjects).toEqual(['Nova S23']);
    expect(s.requirements).toMatch(/not the bigger S23\+/);
  });

  it('reads "the Pure Gale 2 case fan" as a fan, not a case', () => {
    const s = classifyRequest('What is the lowest price anyone is asking for the Acme Pure Gale 2 case fan in the 80mm PWM version? Find the cheapest offer for it.');
    expect(s.subjects).toEqual(['Acme Pure Gale 2 case fan']);
  });

  it('reads "such a case" as one the whole lead-in describes', () => {
    const s = classifyRequest('I have a drawer full of fans, so the new case should arrive without any. It has to be white all over. Find all offers for such a case.');
    expect(s.subjects).toEqual(['case']);
    expect(s.requirements).toMatch(/arrive without any/);
    expect(s.requirements).toMatch(/white all over/);
  });

  it('reads "a processor that makes sense here" and "a cooler that suits me" as pointing back at the lead-in', () => {
    expect(classifyRequest('My board takes LGA1700 processors. Find the cheapest offer for a processor that makes sense here.').requirements).toMatch(/LGA1700/);
    expect(classifyRequest('My case has room for a 240mm radiator. Find all offers for a cooler that suits me.').requirements).toMatch(/at most 240mm/);
  });

  it('keeps "so it should come with ..." as what the thing must be, not a reason', () => {
    const s = classifyRequest('My nephew wants a console he can play on at once, so it should come with a Play Pass subscription included. Find the cheapest offer for one.');
    expect(s.requirements).toMatch(/Play Pass subscription included/);
  });

  it('reads "the largest size of Intel socket 1700 motherboard it holds" as the boards, without the platform maker or "it holds"', () => {
    const s = classifyRequest('I have already bought this cube case: http://127.0.0.1:9/product/cube/ . Find all offers for the largest size of Intel socket 1700 motherboard it holds that also has Wi-Fi built in.');
    expect(s.subjects).toEqual(['socket 1700 motherboard']);
    expect(s.requirements).toMatch(/Wi-Fi/);
  });
});

describe('classifyRequest: session 18, second round (questions and lead-ins that name the thing)', () => {
  it('reads "Where can I buy the X, the movable 31.5-inch 4K touchscreen ...?" as the X, its description a clause', () => {
    const s = classifyRequest('Where can I buy the Acme Explorer, the movable 31.5-inch 4K touchscreen that runs Android by itself (model AX-32-U4)? Find all offers for it.');
    expect(s.subjects).toEqual(['Acme Explorer']);
    expect(s.requirements).toMatch(/31\.5-inch 4K touchscreen/);
  });

  it('reads "How many shops stock Maker\'s X in its 2TB size?" as the X', () => {
    expect(classifyRequest('How many shops stock Acme\'s Legend 900 NVMe SSD in its 2TB size? Find all offers for it.').subjects).toEqual(['Acme Legend 900 NVMe SSD']);
  });

  it('reads "the spec sheet names the X as the motherboard" as the X', () => {
    expect(classifyRequest('The spec sheet from my local PC builder names the Acme Z790 Steel Storm WiFi as the motherboard. Find all offers for it.').subjects).toEqual(['Acme Z790 Steel Storm WiFi']);
  });

  it('reads "would rather buy the access points together in one multi-unit box" as the access points', () => {
    expect(classifyRequest('We are fitting Wi-Fi into a new office and would rather buy the access points together in one multi-unit box than one at a time. Find all offers for that.').subjects).toEqual(['access points together']);
  });

  it('reads "so the tower air cooler I buy now should ..." as the thing needed, its clause pointing back at the lead-in', () => {
    const s = classifyRequest('I plan to move to Intel\'s coming Arrow Lake processors later, so the tower air cooler I buy now should already be promised to fit them. Find all offers for one.');
    expect(s.subjects).toEqual(['tower air cooler']);
    expect(s.requirements).toMatch(/Arrow Lake/);
  });
});

describe('classifyRequest: a thing of a kind that needs a part', () => {
  it('reads "so the tablet needs a SIM slot of its own" as a tablet with that slot', () => {
    const s = classifyRequest('I read on the train where there is no Wi-Fi, so the tablet needs a SIM slot of its own. Find the cheapest offer for one.');
    expect(s.subjects).toEqual(['tablet']);
    expect(s.requirements).toMatch(/^with SIM slot/);
  });
});

describe('classifyRequest: what someone else insists on', () => {
  it('reads "needs a file server, and the IT firm insists on a processor from ..." as the processor', () => {
    const s = classifyRequest('Our small business needs a file server, and the IT firm insists on a processor from Intel\'s server line rather than a desktop chip. Find the cheapest offer for one.');
    expect(s.subjects).toEqual(['processor']);
    expect(s.requirements).toMatch(/Intel's server line/);
  });
});

describe('classifyRequest: session 19 readings', () => {
  it('keeps a list of names turned down after "not" out of the name ("not the A, the B or the C")', () => {
    const s = classifyRequest('Find all offers for the Acme Frost 360 ARGB, not the Frost 240, the Frost III or the TUF Frost 360.');
    expect(s.subjects).toEqual(['Acme Frost 360 ARGB']);
    expect(s.requirements).toBe('not the Frost 240, the Frost III or the TUF Frost 360');
  });

  it('asks for the product a question names when "I mean" only says its kind ("Who sells X? I mean the full-size board, not Y")', () => {
    const s = classifyRequest('Who sells the Acme MPG B650 EDGE WIFI? I mean the full-size AM5 board, not the small B650I EDGE WIFI. Find all offers for it.');
    expect(s.subjects).toEqual(['Acme MPG B650 EDGE WIFI']);
    expect(s.requirements).toMatch(/not the small B650I EDGE WIFI/);
  });

  it('takes the product a lead-in names by maker and model, whatever the sentence around it, and the names it turns down', () => {
    const s = classifyRequest('To copy my friend\'s build, the cooler has to be the Acme Strix LC II 360 ARGB, not the LC II 240 or the LC III. Find all offers for it.');
    expect(s.subjects).toEqual(['Acme Strix LC II 360 ARGB']);
    expect(s.requirements).toMatch(/not the LC II 240 or the LC III/);
    const basket = classifyRequest('Pink is my colour, so the Acme Pop Air RGB goes into my basket in its Magenta Core TG version. Find all offers for it.');
    expect(basket.subjects).toEqual(['Acme Pop Air RGB']);
    expect(basket.requirements).toMatch(/Magenta Core TG version/);
    expect(classifyRequest('Nothing but the Acme Pure Loop 2 120mm fits the mount at the back of my case. Find the cheapest offer for it.').subjects).toEqual(['Acme Pure Loop 2 120mm']);
  });

  it('skips a name the lead-in turns down ("rather than the X")', () => {
    const s = classifyRequest('I would rather have something quiet than the Acme Blaster 9000 my brother has. Find the cheapest offer for it.');
    expect(s.subjects).not.toContain('Acme Blaster 9000');
  });

  it('reads the thing a colon names even when more sentences follow', () => {
    const s = classifyRequest('On my list, after much back and forth: the white Acme Meshify 2 RGB with the clear glass window. That is the full-size case. Find all offers for it.');
    expect(s.subjects).toEqual(['white Acme Meshify 2 RGB']);
  });

  it('splits a list of three models sharing the kind after the last ("S24, S24+ or S24 Ultra phones")', () => {
    expect(classifyRequest('Find all offers for S24, S24+ or S24 Ultra phones in grey.').subjects).toEqual(['S24 phones', 'S24+ phones', 'S24 Ultra phones']);
  });

  it('reads "instead of crawling under ..." as no substitute, and "a monitor that allows both" as pointing back at the lead-in', () => {
    const s = classifyRequest('My old PC only has a VGA output, and I would like to plug its keyboard into the screen instead of crawling under the desk. Find the cheapest offer for a monitor that allows both.');
    expect(s.mode).toBe('fit');
    expect(s.requirements).toMatch(/VGA output/);
  });

  it('ends the subject at "has to", "must" or "should" ("so the case has to deaden the sound")', () => {
    const s = classifyRequest('My board goes on my desk, so the case has to deaden the sound of the fans. Find the cheapest offer for one.');
    expect(s.subjects).toEqual(['case']);
    expect(s.requirements).toMatch(/^has to deaden the sound/);
  });

  it('reads "a single 16GB module" after a lead-in naming a DDR4 slot as a memory module of that generation', () => {
    const s = classifyRequest('One DDR4 slot is left on my board. Find the cheapest offer for a single 16GB module with lighting of its own to fill it.');
    expect(s.subjects).toEqual(['single 16GB memory module']);
    expect(s.requirements).toMatch(/DDR4/);
  });

  it('reads "a full-size ATX board built like that" as a motherboard whose clause points back', () => {
    const s = classifyRequest('I have read that boards with only two memory slots reach the highest speeds. Find all offers for a full-size ATX board built like that.');
    expect(s.subjects).toEqual(['full-size ATX motherboard']);
    expect(s.requirements).toMatch(/^built like that: .*two memory slots/);
  });

  it('lets "whichever GeForce chip it carries" ask nothing', () => {
    expect(classifyRequest('Find the cheapest offer for an Acme graphics card with RGB lighting, whichever GeForce chip it carries.').requirements).not.toMatch(/GeForce/);
  });
});

describe('classifyRequest: session 19, second round', () => {
  it('reads a maker\'s possessive before a model ("will be Palit\'s RTX 4070 Ti GamingPro OC in white: the 12GB Ti") as that product, the colon saying which', () => {
    const s = classifyRequest('My case is white, so the graphics card will be Acme\'s RTX 4070 Ti GamingPro OC in white: the 12GB Ti, not the Ti SUPER. Find all offers for it.');
    expect(s.subjects).toEqual(['Acme RTX 4070 Ti GamingPro OC']);
    expect(s.requirements).toMatch(/12GB Ti/);
  });

  it('takes the product named beside a need said by kind ("settled on the top Mini ITX board of X\'s range, the ROG Strix X670E-I GAMING WIFI")', () => {
    const s = classifyRequest('I have settled on the top Mini ITX board of Acme\'s ROG Strix range, the ROG Strix X670E-I GAMING WIFI; the B650E-I is not the one. Find all offers for this board.');
    expect(s.subjects).toEqual(['ROG Strix X670E-I GAMING WIFI']);
    expect(s.requirements).toMatch(/the B650E-I is not the one/);
    const picked = classifyRequest('My nephew\'s PC needs a graphics card for games, and I have picked Acme\'s DUAL GTX 1650 OC with GDDR6 memory rather than the DUAL V2 OC. Find the cheapest offer for it.');
    expect(picked.subjects).toEqual(['Acme DUAL GTX 1650 OC']);
    expect(picked.requirements).not.toMatch(/picked/);
  });

  it('reads "of the X models I want the plain 2.5-inch one" as X, of that size', () => {
    const s = classifyRequest('The old laptop takes only a 2.5-inch drive, so of the Acme MX500 500GB models I want the plain 2.5-inch one, not the M.2 stick. Find the cheapest offer for it.');
    expect(s.subjects).toEqual(['Acme MX500 500GB']);
    expect(s.requirements).toMatch(/^2\.5-inch/);
  });

  it('reads "Which X costs the least?" as the thing asked', () => {
    const s = classifyRequest('Which graphics card from Acme\'s ProArt line costs the least? Find the cheapest offer for one.');
    expect(s.subjects).toEqual(['graphics card']);
    expect(s.requirements).toMatch(/ProArt line/);
  });

  it('reads "the biggest one that Samsung makes in its 870 EVO line ... that drive" as that line\'s drive', () => {
    expect(classifyRequest('My console takes a 2.5-inch drive, and I would like the biggest one that Acme makes in its 870 EVO line. Find all offers for that drive.').subjects).toEqual(['Acme 870 EVO drive']);
  });

  it('reads "one that can hold the whole library" after "1.5TB of photos ... on a pocket-size SSD" as such an SSD of at least that size', () => {
    const s = classifyRequest('About 1.5TB of photos need to travel with me on a pocket-size SSD. Find the cheapest offer for one that can hold the whole library.');
    expect(s.subjects).toEqual(['pocket-size SSD']);
    expect(s.requirements).toMatch(/at least 1\.5TB/);
  });

  it('keeps a clause after a semicolon apart, and a clause before it that points back takes the lead-in', () => {
    const s = classifyRequest('I am moving my PC from four cores to six. Find all offers for Acme processors that would do it; models with Radeon graphics on the chip are not wanted.');
    expect(s.requirements).toMatch(/^that would do it: I am moving my PC from four cores to six; models with Radeon graphics/);
  });

  it('reads "an all-in-one cooler that comes with them" after "Noctua fans are the only fans I let in" as one with those fans', () => {
    expect(classifyRequest('Noctua fans are the only fans I let into my PC. Find the cheapest offer for an all-in-one cooler that comes with them.').requirements).toMatch(/comes with Noctua fans/);
  });
});

describe('classifyRequest: session 19, third round', () => {
  it('reads "Is there anywhere that sells the X, the version ...?" as X', () => {
    expect(classifyRequest('Is there anywhere that sells the black Acme Frost III 360 ARGB, the version with its own fans? Find all offers for it.').subjects).toEqual(['black Acme Frost III 360 ARGB']);
  });

  it('takes a product named with "a" in a lead-in ("goes into a Fractal Design Pop Air in the Black Solid version")', () => {
    const s = classifyRequest('Sawdust gets everywhere, so the PC goes into a Acme Design Pop Air in the Black Solid version. Find the cheapest offer for it.');
    expect(s.subjects).toEqual(['Acme Design Pop Air']);
    expect(s.requirements).toMatch(/Black Solid version/);
  });

  it('reads "What is the least I can pay for a white case from X?" as that case', () => {
    const s = classifyRequest('What is the least I can pay for a white case from Acme Design? Find the cheapest offer for one.');
    expect(s.subjects).toEqual(['white case']);
    expect(s.requirements).toMatch(/from Acme Design/);
  });

  it('reads "Z790 boards" as motherboards, and "exactly that spot" as pointing back at the lead-in', () => {
    expect(classifyRequest('Find all offers for Z790 boards from Acme\'s AORUS line.').subjects).toEqual(['Z790 motherboards']);
    expect(classifyRequest('The roof of my case takes two 140mm fans side by side. Find the cheapest offer for a liquid cooler whose radiator is made for exactly that spot.').requirements).toMatch(/two 140mm fans side by side/);
  });
});

describe('classifyRequest: a pointer with a quoted product and no name before it', () => {
  it('reads "an alternative for this item" beside a quoted product, whose lead-in names nothing, without failing', () => {
    // "item" names no kind, so no product is pointed at: the reading that once threw on this.
    expect(() => classifyRequest('This case is too small for my card: http://127.0.0.1/product/x/ . Find the cheapest alternative for this item.')).not.toThrow();
  });
});

describe('classifyRequest: session 20 (round 37)', () => {
  it("reads be quiet!'s possessive as naming the maker, and \"the high-speed version of the X\" as X in that version", () => {
    expect(classifyRequest("I have seen the high-speed version of be quiet!'s Breeze Wings 14cm ARGB fans at one shop, and I suspect another sells it for less. Find the cheapest offer for it.").subjects[0]).toMatch(/^Be Quiet Breeze Wings 14cm ARGB/);
    const s = classifyRequest('Find the cheapest offer for the silent version of the Acme Breeze 14cm ARGB fans.');
    expect(s.subjects).toEqual(['Acme Breeze 14cm ARGB fans']);
    expect(s.requirements).toMatch(/silent version/);
  });

  it('keeps a product named before "I mean the plain 4070" (the plain one of that product, no other)', () => {
    const s = classifyRequest('Once the Acme RTX 4070 StormPro is in the basket, my upgrade is complete; I mean the plain 4070, not a SUPER or a Ti. Find all offers for it.');
    expect(s.subjects).toEqual(['Acme RTX 4070 StormPro']);
    expect(s.requirements).toMatch(/not a SUPER or a Ti/);
  });

  it('reads "What I want is the original X, and not the Y either; it can come as A or B" as X, no later generation, not Y, either form', () => {
    const s = classifyRequest('I nearly ordered the Mark II by mistake. What I want is the original Acme Shot R7, and not the R7 C cinema camera either; it can come as the body alone or in the kit with the 24-70mm lens. Find all offers for it in either form.');
    expect(s.subjects).toEqual(['Acme Shot R7']);
    expect(s.requirements).toMatch(/not the R7 C cinema camera/);
    expect(s.requirements).toMatch(/no later generation/);
    expect(s.requirements).not.toMatch(/lens|either form/);
  });

  it('reads "a case it fits in" as pointing back at the board the lead-in describes', () => {
    const s = classifyRequest('My second-hand workstation board is extended ATX, wider than a normal ATX board. Find the cheapest offer for a case it fits in.');
    expect(s.subjects).toEqual(['case']);
    expect(s.requirements).toMatch(/extended ATX/);
  });

  it('reads "such a drive" as the portable hard disk the lead-in names (a narrower kind, in other words), not the SSD it turns down', () => {
    const s = classifyRequest('I want my photos copied to a portable hard disk, not an SSD, which costs more per terabyte. Find the cheapest offer for such a drive.');
    expect(s.subjects).toEqual(['portable hard drive']);
    expect(s.requirements).toMatch(/not an SSD/);
  });
});

describe('classifyRequest: session 20 (round 38)', () => {
  it('reads "Which white X cases are made for Micro ATX boards ...?" as those cases', () => {
    const s = classifyRequest('Which white Acme cases are made for Micro ATX boards and have glass at the front? Find all offers for them.');
    expect(s.subjects).toEqual(['white Acme cases']);
    expect(s.requirements).toMatch(/made for Micro ATX boards/);
  });

  it('takes "either plug will do" after what the shopper has as asking no plug', () => {
    const s = classifyRequest('Find all offers for a Lightning charging cable that is at least one and a half metres long; I have chargers with USB-A and with USB-C sockets, so either plug will do.');
    expect(s.requirements).not.toMatch(/USB/);
  });

  it('reads "such a case" beside a one-sentence lead-in that names no case as pointing back at it', () => {
    const s = classifyRequest('As long as it is made by be quiet! and takes an E-ATX board, the model does not matter to me. Find the cheapest offer for such a case.');
    expect(s.subjects).toEqual(['case']);
    expect(s.requirements).toMatch(/E-ATX/);
  });

  it('reads "instead" before a quoted product as swapping a part of the build, not the product', () => {
    const s = classifyRequest('The top of this case has room for a 420mm radiator, and I want to fill it with fans instead: http://127.0.0.1/product/x/ . Find all offers for Acme 14cm ARGB fans sold as a pack of three that I can mount there.');
    expect(s.mode).toBe('compatible');
    expect(s.subjects).toEqual(['three Acme 14cm ARGB fans']);
  });

  it('reads "a case like that" as the maker\'s case the lead-in names', () => {
    expect(classifyRequest('This board is going into an Acme dual-chamber case, a black one with RGB fans: http://127.0.0.1/product/x/ . Find all offers for a case like that which takes it.').subjects).toEqual(['Acme dual-chamber case']);
  });

  it('takes "the standard X" of a lead-in, and turns down a name said to be too big', () => {
    const s = classifyRequest('The Phone 24+ is too big for my hand, so it has to be the standard Acme Phone 24 in Amber Yellow: find all offers for it.');
    expect(s.subjects).toEqual(['Acme Phone 24']);
    expect(s.requirements).toMatch(/not the Phone 24\+/);
  });
});

describe('classifyRequest: session 20 (round 39)', () => {
  it('reads "Mum\'s heart is set on a green X phone ... a phone that fits the bill" as pointing back at that phone', () => {
    const s = classifyRequest("Mum's heart is set on a green Acme phone, but she won't spend more than three hundred quid on it. Find all offers for a phone that fits the bill.");
    expect(s.subjects).toEqual(['phone']);
    expect(s.requirements).toMatch(/green Acme phone/);
  });

  it('reads a request that opens with the product\'s name as a heading, and "tick those boxes" as pointing back', () => {
    const s = classifyRequest('Acme Watch for a slim wrist: 41 mm case at most, with its own mobile connection. Find all offers that tick those boxes.');
    expect(s.subjects).toEqual(['Acme Watch']);
    expect(s.requirements).toMatch(/41 mm case at most/);
  });

  it('finds the asking sentence after ", so find ..."', () => {
    expect(classifyRequest("Right, decision made: the Acme Z790 PG Lightning/D4. I'm not paying a penny more than I must, so find the cheapest offer for it.").subjects).toEqual(['Acme Z790 PG Lightning/D4']);
  });
});

describe('classifyRequest: session 20 (round 39, later)', () => {
  it('reads "DDR4-3200" as the generation and its speed, and ends the subject before ", and if more than one offer ..."', () => {
    expect(classifyRequest('Not a laptop SODIMM: just the plain Acme 8GB DDR4-3200 CL22 desktop stick. Find the cheapest offer for it, and if more than one offer asks the same lowest price, give me all of those.').subjects).toEqual(['Acme 8GB DDR4 3200MHz CL22']);
  });

  it('reads "Would any SSD come with ...?" as SSDs that do, and a terse "Every offer for it, all shops." as asking', () => {
    expect(classifyRequest('Would any SSD come with everything needed to copy my old drive onto it? Find the cheapest offer for one like that.').subjects).toEqual(['SSD']);
    const s = classifyRequest('Acme Armor Pro for Acme Watch, the 44mm one. Not the black version. Every offer for it, all shops.');
    expect(s.mode).toBe('offers');
    expect(s.subjects).toEqual(['Acme Armor Pro']);
  });

  it('keeps a product named in "Does anyone still sell the X? I mean the wired ... kit", and reads a later "It has to be the black one"', () => {
    expect(classifyRequest('Does anyone still sell the Acme U2000? I mean the wired keyboard-and-mouse desktop kit with the multimedia keys. Find all offers for it.').subjects).toEqual(['Acme U2000']);
    expect(classifyRequest("My son has picked Acme's CX700 RGB Elite. It has to be the black one, because the white one would not match his desk. Find all offers for it.").requirements).toMatch(/black one/);
  });

  it('reads every sentence of a request of fragments as a requirement', () => {
    expect(classifyRequest('Acme DDR4 with RGB. 32GB as 2 x 16GB, so no four-stick kits. Any colour except white. All offers.').requirements).toMatch(/32GB as 2 x 16GB/);
  });

  it('reads a case "like that" as the named one a board is going into', () => {
    expect(classifyRequest('Not clear glass: the board below is going into an Acme Torrent Compact with tinted glass. http://127.0.0.1/product/x/ . Find all offers for a case like that which takes it.').subjects).toEqual(['Acme Torrent Compact']);
  });
});

describe('classifyRequest: session 21 (round 40)', () => {
  it('reads a specification field "Kind: Maker Model" as the product a pointer names, before a later name turned down', () => {
    expect(classifyRequest('Purchase request, to be followed exactly. Monitor: Lumora QX27 Pro. The QX27 Max variants are not approved. Find all offers for this monitor.').subjects).toEqual(['Lumora QX27 Pro monitor']);
  });

  it('reads "cases that meet these requirements" as the product the listed rules name, with the rules as requirements', () => {
    const s = classifyRequest('Requirements for the case of the new render box: Vexor Arc 5, full-size model only (Mini is not accepted). Find all offers for cases that meet these requirements.');
    expect(s.subjects).toEqual(['Vexor Arc 5 cases']);
    expect(s.requirements).toMatch(/full-size model only/);
  });

  it('reads "machines" that "must be a tablet" as tablets', () => {
    expect(classifyRequest('Hardware standard for the field team. It must be a tablet, as staff carry it all day. Find all offers for machines that meet this standard.').subjects).toEqual(['tablet']);
  });

  it('keeps what a lead-in says after a name with its kind word ("the Zentra K5 pocket SSD with 1TB")', () => {
    const s = classifyRequest('One shop asks 89.99 for the Zentra K5 pocket SSD with 1TB, and I am not paying that. Find the cheapest offer for it.');
    expect(s.subjects).toEqual(['Zentra K5']);
    expect(s.requirements).toMatch(/^with 1TB/);
    expect(classifyRequest('For his birthday he gets the Orvix Blaze RGB kit with 16GB on two 8GB sticks: find all offers for it.').requirements).toBe('with 16GB on two 8GB sticks');
  });

  it('reads what someone "swears by" and what the shopper "would like to give him" as the thing asked for', () => {
    expect(classifyRequest('A colleague swears by the Lumo HDMI to VGA adapter (not the mini one). Find the cheapest offer for it.').subjects).toEqual(['Lumo HDMI to VGA adapter']);
    expect(classifyRequest('His old one broke. For his birthday I would like to give him a keyboard with silent keys. Find the cheapest offer for one.').subjects).toEqual(['keyboard']);
  });

  it('reads "this memory module" as the product named after "sticks of", with a bare "Only ..." sentence as a requirement', () => {
    const s = classifyRequest('In my PC are two sticks of Orvix Blaze RGB with 3200MHz, and I want one more. Only one stick with 8GB, not a kit. Find all offers for this memory module.');
    expect(s.subjects).toEqual(['Orvix Blaze RGB memory module']);
    expect(s.requirements).toMatch(/Only one stick with 8GB/);
  });

  it('reads "such a drive" as the narrower kind a field names without an article, and "Maker sells the Model" as that product', () => {
    expect(classifyRequest('Help-desk spares: 2.5-inch SATA SSD, capacity 1TB or more. Find the cheapest offer for such a drive.').subjects).toEqual(['2.5-inch SATA SSD']);
    const sold = classifyRequest('I read that Velto sells the Q900 with 1TB together with a migration kit. Find all offers for it.');
    expect(sold.subjects).toEqual(['Velto Q900']);
    expect(sold.requirements).toMatch(/migration kit/);
  });
});

describe('classifyRequest: "that much" of what the lead-in counts', () => {
  it('reads "with that much space" as the amount the lead-in gives', () => {
    expect(classifyRequest('She carries 3TB of photos between two flats. Find all offers for a pocket-size SSD with that much space.').requirements).toMatch(/with 3TB/);
  });
});

describe('classifyRequest: more of the same beside a quoted product', () => {
  it('reads "Two more of the same black X fans ... Find all offers for them." as those fans, with the rest of the sentence said of them', () => {
    const s = classifyRequest('The pair with the hub is already in my case: http://127.0.0.1/product/acme-rx-pair/ . Two more of the same black Acme RX140 fans should go on its chain. Find all offers for them.');
    expect(s.subjects).toEqual(['black Acme RX140 fans']);
    expect(s.requirements).toBe('should go on its chain');
  });
});

describe('classifyRequest: session 21 (round 41)', () => {
  it('reads "Do any of the shops list the X ...?" and "Is there an X that ...?" as the thing asked after', () => {
    expect(classifyRequest('Do any of the shops list the white Acme 6500X with its fans fitted? Find all offers for it.').subjects).toEqual(['white Acme 6500X']);
    const s = classifyRequest('Is there an LGA1700 motherboard that keeps DDR4 slots and has Wi-Fi 6E on board? Find the cheapest offer for one.');
    expect(s.subjects).toEqual(['LGA1700 motherboard']);
    expect(s.requirements).toBe('that keeps DDR4 slots and has Wi-Fi 6E on board');
  });

  it('reads "Does Acme still have X boards ...? ... such boards" as the maker\'s boards', () => {
    expect(classifyRequest('Does Acme still have Micro ATX boards from its Gaming X line that take DDR4? Find all offers for such boards.').subjects).toEqual(['Acme Micro ATX boards']);
  });

  it('reads "The next one should ..." as the next of the shopper\'s own thing, and a heading\'s "for a ..." before a colon as a requirement', () => {
    const next = classifyRequest('Copying takes ages because my pocket SSD tops out at a few hundred MB/s. The next one should hold at least 1TB. Find the cheapest offer for one.');
    expect(next.subjects).toEqual(['pocket SSD']);
    expect(next.requirements).toBe('hold at least 1TB');
    expect(classifyRequest('To keep a hot card cool, for a full-size ATX board: a case with a mesh front. Find the cheapest offer for one.').requirements).toMatch(/for a full-size ATX board/);
  });

  it('reads "Acme\'s own 14cm fans" as that maker\'s fans, and "bought one at a time" before the need as a requirement', () => {
    expect(classifyRequest('The stock fans whine: http://127.0.0.1/product/x/ . I will replace them with Acme Design\'s own 14cm fans. Find all offers for fans like that which fit its mounts.').subjects).toEqual(['Acme Design 14cm fans']);
    expect(classifyRequest('For a thick radiator, bought one at a time, I need a 12cm case fan whose top speed is above 2100 RPM. Find all offers for it.').requirements).toMatch(/bought one at a time/);
  });

  it('reads "whose top speed is above 2100 RPM" as a bound, not "the fastest"', () => {
    expect(classifyRequest('Find all offers for a 12cm case fan whose top speed is above 2100 RPM.').superlative).toBeUndefined();
    expect(classifyRequest('Find the case fan with the highest top speed.').superlative).toEqual({ measure: 'speed', direction: 'max' });
  });
});

describe('classifyRequest: session 21 (round 42)', () => {
  it('reads a shop form\'s "What are you looking for?" as no part of the answer, and a name after "A" with a mixed-case word ("iCUE")', () => {
    expect(classifyRequest('What are you looking for? A Acme iCUE LINK 3500X RGB case in white. Find all offers for it.').subjects).toEqual(['Acme iCUE LINK 3500X RGB']);
  });

  it('drops spoken fillers and replaces a word corrected on the spot ("DDR4, no wait, DDR5 it is"), but not before "the"', () => {
    expect(classifyRequest('so um the new motherboard should be one with, uh, DDR4, no wait, DDR5 it is. Find all offers for such a board.').requirements).toBe('should be one with DDR5');
    expect(classifyRequest('right, um, put down the Acme board, the Pro Q670M, no wait, the full name is Pro Q670M-C-CSM. Find all offers for it.').subjects).not.toEqual([]);
  });

  it('reads "so it is the X", "I am after Maker X" and "one more memory stick ... DDR4" as the thing asked for', () => {
    expect(classifyRequest('Only the dark glass will do, so it is the full-size Acme Torrent in its Dark TG version. Find the cheapest offer for it.').subjects).toEqual(['full-size Acme Torrent']);
    expect(classifyRequest('So I am after Acme DDR4 desktop kits of two 16GB sticks rated CL16. Find all offers for them.').subjects).toEqual(['Acme DDR4 desktop kits']);
    expect(classifyRequest('ok, one more memory stick for the desktop, a single 16GB DDR4 one, with XMP. Find the cheapest offer for one.').subjects).toEqual(['DDR4 memory']);
  });

  it('reads "that fits" after "the cheapest alternative" as a requirement, and a quoted product\'s lead-in "same X, but in white" or slash list as what the alternative must be', () => {
    expect(classifyRequest('Find the cheapest alternative that fits.').subjects).toEqual([]);
    expect(classifyRequest('This board is too big: http://127.0.0.1/product/x/ . New case / Mini ITX only / still Acme / still AM5. Find the cheapest alternative that fits.').requirements).toBe('Mini ITX; Acme; AM5, that fits');
    expect(classifyRequest('The same Acme cable as this one, but in white so that it matches my charger: http://127.0.0.1/product/x/ . Find the cheapest alternative.').requirements).toBe('in white');
  });

  it('reads a slash list naming the kind ("Acme board / socket AM4 / Wi-Fi built in") as that thing and its rules, each a clause of its own', () => {
    const s = classifyRequest('Acme board / socket AM4 / Wi-Fi built in / Mini ITX, Micro ATX or ATX, any of them. Find all offers for such boards.');
    expect(s.subjects).toEqual(['Acme board']);
    expect(s.requirements).toBe('socket AM4; Wi-Fi built in; Mini ITX, Micro ATX or ATX, any of them');
  });

  it('reads "such a board" as the compound kind named ("An Acme motherboard"), "the new motherboard", and "coolers like that" of "a be quiet! tower air cooler"', () => {
    expect(classifyRequest('An Acme motherboard for the LGA1700 socket with Wi-Fi 6E. Find the cheapest offer for such a board.').subjects).toEqual(['Acme motherboard']);
    expect(classifyRequest('and the new motherboard should be one with DDR5. Find all offers for such a board.').subjects).toEqual(['motherboard']);
    expect(classifyRequest('This CPU comes without a cooler: http://127.0.0.1/product/x/ . A forum says a be quiet! tower air cooler is the way to go. Find all offers for coolers like that which fit it.').subjects).toEqual(['Be Quiet tower air cooler']);
  });

  it('reads rules said before the colon that introduces the thing as its requirements', () => {
    expect(classifyRequest('The cables should sit in a chamber of their own: a case for a Micro ATX board. Find all offers for such a case.').requirements).toMatch(/chamber of their own/);
  });
});

describe('classifyRequest: a product named where no sentence grammar puts it', () => {
  it('reads the product of a copied parts-list line, with what the line says after it and the editions it turns down', () => {
    const shape = classifyRequest('Copied from my build notes: "Fans: Vexa Orbit LINK RX300 RGB, single-fan pack, black (not the white one, not the RX340), plugs into my hub." Find all offers for it.');
    expect(shape.subjects).toEqual(['Vexa Orbit LINK RX300 RGB']);
    expect(shape.requirements).toMatch(/not the RX340/);
    const line = classifyRequest('Shopping list, case line: "Vexa 3500X - ARGB version w/ 3 fans pre-fitted; NOT the Vexa LINK 3500X RGB." Find all offers for such cases.');
    expect(line.subjects).toEqual(['Vexa 3500X']);
    expect(line.requirements).toBe('ARGB version with 3 fans pre-fitted, not the Vexa LINK 3500X RGB');
  });

  it('reads the product asked about in a question, or named in brackets, when nothing else names one', () => {
    expect(classifyRequest('Is the Nordlyn Explorer, the movable 32-inch touchscreen (NX-LM32-U400P), sold in more than one shop? Find the cheapest offer for it.').subjects).toEqual(['NX-LM32-U400P']);
  });

  it('takes the product settled on ("It will be the X") over the kind read first', () => {
    const shape = classifyRequest('Money is tight, so the board has to be bought where it costs least. It will be the Vexa Strix B550-F Gaming, because my flatmate has one. Find the cheapest offer for it.');
    expect(shape.subjects).toEqual(['Vexa Strix B550-F Gaming']);
  });

  it('reads the kind among the pieces of a spec line with no product named, the pieces after it as its rules', () => {
    const shape = classifyRequest('Specs needed - air cooler, translated from a guide: no liquid cooling / black / rated for at least 200W. Find the cheapest offer for such a cooler.');
    expect(shape.subjects).toEqual(['air cooler']);
    expect(shape.requirements).toMatch(/no liquid cooling/);
  });

  it('keeps a named product the readings found ("the Vexa Strix RTX 4080 SUPER graphics card")', () => {
    expect(classifyRequest('Find all offers for the Vexa Strix GeForce RTX 4080 SUPER graphics card.').subjects).toEqual(['Vexa Strix GeForce RTX 4080 SUPER graphics card']);
  });

  it('reads "such graphics cards" as the two-word kind, and a board compared with ("nothing larger than an ATX board") as no subject', () => {
    expect(classifyRequest('Spec sheet: graphics card: Vexa Studio series / video memory: 12GB. Find all offers for such graphics cards.').subjects).toEqual(['graphics card']);
    const board = classifyRequest('I am sticking with the Z790 chipset, and nothing larger than an ATX board fits my case. Find all offers for such boards.');
    expect(board.subjects).toEqual(['motherboard']);
    expect(board.requirements).toMatch(/nothing larger than an ATX board/);
  });
});

describe('classifyRequest: a feature swapped is no substitute', () => {
  it('reads "a status indicator instead of an LCD" with no product quoted as a wish, not an alternative', () => {
    expect(classifyRequest("I'd like a liquid cooler with a light-up status indicator instead of an LCD. Find all offers for a cooler like that.").mode).toBe('fit');
  });
});

describe('classifyRequest: notes\' shorthand, a field naming the maker, a chip and a place', () => {
  it('reads "RAM = Acme DDR5, min. 5600MHz" as a field naming the maker of the kit, and "min." as at least', () => {
    const shape = classifyRequest('Note to self for the build: RAM = Acme DDR5, 2 x 16GB kit, min. 5600MHz, with XMP. Find the cheapest offer for such a kit.');
    expect(shape.subjects).toEqual(['Acme memory kit']);
    expect(shape.requirements).toMatch(/at least 5600MHz/);
  });

  it('reads "an AMD chip" asked for alone as a processor, and drops where it is sold ("a cooler here")', () => {
    expect(classifyRequest('I want an AMD chip with six cores. Find the cheapest offer for one.').subjects).toEqual(['AMD processor']);
    expect(classifyRequest('Is there an all-in-one liquid cooler here that its maker rates for 280W? Find all offers for it.').subjects).toEqual(['all-in-one liquid cooler']);
  });
});

describe('classifyRequest: session 23 (round 47), names said in passing and spec lists', () => {
  it('reads "the identical part again" as pointing back at the product named before it, a line with its generation number', () => {
    expect(classifyRequest('The tiny fan in my NAS box is a be quiet! Vento Wings 2, 80mm, the PWM variant, and I want the identical part again so the fan curve stays as it is. Find all offers for it.').subjects[0]).toMatch(/Vento Wings 2$/);
  });

  it('reads a label that names no kind ("Purchasing request") as no subject beside a named model, and a field\'s value of capitalised words as a name', () => {
    expect(classifyRequest('Purchasing request from accounts: the motherboard model is fixed as the Acme PRO Q670M-C-CSM (Corporate Stable Model). Find the cheapest offer for it.').subjects).toEqual(['Acme PRO Q670M-C-CSM']);
    expect(classifyRequest('The pink keyboard for my daughter is settled: Acme ROG Strix Flare PNK LTD, the mechanical one with Cherry MX switches. Find all offers for it.').subjects).toEqual(['Acme ROG Strix Flare PNK LTD']);
  });

  it('keeps the maker said of "such boards" earlier when a later sentence names the size ("a Gigabyte board ... a full ATX board")', () => {
    expect(classifyRequest('I am moving to a Vexa board with the B760 chipset for socket 1700. It must be a full ATX board, not Micro ATX. Find all offers for such boards.').subjects).toEqual(['Vexa ATX board']);
  });

  it('reads a spec list\'s field that names the thing by maker, with no article, for "such a cooler" / "such a board"', () => {
    expect(classifyRequest('Acme all-in-one liquid cooler, 120mm radiator with one fan, because that is the only radiator spot in my case. Find the cheapest offer for such a cooler.').subjects).toEqual(['Acme all-in-one liquid cooler']);
    expect(classifyRequest('Spec for twenty office desktops: Acme board from the Corporate Stable Model series; DDR5 memory. Find the cheapest offer for such a board.').subjects).toEqual(['Acme board']);
  });

  it('reads "instead of the PC under the desk" beside "a monitor like that" as where things plug in, no substitute', () => {
    const shape = classifyRequest('My keyboard and webcam should plug into the screen instead of the PC under the desk, and the screen should be a 27-inch one. Find the cheapest offer for a monitor like that.');
    expect(shape.mode).toBe('fit');
    expect(shape.requirements).not.toMatch(/\bPC\b/);
    expect(classifyRequest('I want a quieter fan instead of my old one. Find the cheapest offer for a fan like that.').mode).toBe('substitute');
  });

  it('reads a maker and line wanted with no article as the thing "like that"', () => {
    expect(classifyRequest('For this AM5 board I want Acme Vengeance RGB DDR5 in a 2 x 16GB kit: http://shop.test/p/1 . Find all offers for kits like that which it takes.').subjects).toEqual(['Acme Vengeance RGB DDR5 kits']);
  });

  it('reads what sets the wanted one apart beside a quoted product: "makes the same X with Y", "the same X but with A, B and C", "I\'d like a single ..."', () => {
    expect(classifyRequest('I was about to order this cooler: http://shop.test/p/1 . Then I saw that Acme also makes the same 240mm Freezer III with ARGB fans in white, and I would take that instead. Find the cheapest alternative.').requirements).toBe('with ARGB fans in white');
    expect(classifyRequest('Having second thoughts about this case: http://shop.test/p/1 . I\'d like the same Vexa Pop Air but with RGB fans, a glass side and the cyan interior. Find the cheapest alternative.').requirements).toBe('with RGB fans, a glass side and the cyan interior');
    expect(classifyRequest('One stick of this is no longer enough: http://shop.test/p/1 . I\'d like a single Acme DDR4 desktop stick with 16GB. Find the cheapest alternative.').requirements).toMatch(/^from Acme, a single module, not a kit, /);
  });
});

describe('classifyRequest: session 23 (round 48)', () => {
  it('reads "coolers that meet all three points" as the lead-in\'s points, "Acme\'s iCUE LINK RX140 RGB starter pair in white" as the product and what follows', () => {
    expect(classifyRequest('My processor needs a cooler rated for at least 150W TDP. It has to be an air cooler. Find all offers for coolers that meet all three points.').requirements).toMatch(/^like that: .*150W TDP/);
    const pair = classifyRequest("Two white fans plus the hub: that is Acme's iCUE LINK RX140 RGB starter pair in white, and that is what I am buying; the black pair is not it. Find the cheapest offer for it.");
    expect(pair.subjects).toEqual(['Acme iCUE LINK RX140 RGB']);
    expect(pair.requirements).toMatch(/^in white/);
  });

  it('reads the biggest radiator, "as much room as that line offers", and "the larger of its two screen sizes" as the figures to rank by', () => {
    expect(classifyRequest('I want one with the biggest radiator size Acme makes, but I can do without a screen on the pump. Find all offers for such a cooler.').superlative).toEqual({ measure: 'radiator', direction: 'max' });
    expect(classifyRequest('I want to stay with that line, just with as much room as that line offers. Find all offers for that drive.').superlative).toEqual({ measure: 'capacity', direction: 'max' });
  });

  it('reads "Samsung\'s \'Fan Edition\' of the Galaxy Tab S9 is the sensible choice" as the Galaxy Tab S9 FE, over the kind wished for first', () => {
    const shape = classifyRequest("My mother wants a big-screen Acme tablet. I have read that Acme's 'Fan Edition' of the Galaxy Tab S9 is the sensible choice, and she wants the larger of its two screen sizes. Find all offers for it.");
    expect(shape.subjects).toEqual(['Galaxy Tab S9 FE']);
    expect(shape.superlative).toEqual({ measure: 'screen-size', direction: 'max' });
  });

  it('reads a spec field naming the kind at a sentence\'s start ("Liquid cooler for the new build: ...") as the kind, its fields as what it must be', () => {
    const shape = classifyRequest('Liquid cooler for the new build: 360mm radiator, addressable RGB fans; the budget coolers do not count. Find the cheapest offer for such a cooler.');
    expect(shape.subjects).toEqual(['liquid cooler']);
    expect(shape.requirements).toMatch(/360mm radiator, addressable RGB fans/);
  });

  it('reads "a network switch that can feed them" and "a case that is" as pointing back at the lead-in', () => {
    expect(classifyRequest('I am putting up four cameras that get their power through the network cable. Find the cheapest offer for a network switch that can feed them.').requirements).toMatch(/network cable/);
    expect(classifyRequest('My next board has every plug on the back of the PCB, so the case has to be built for that. Find the cheapest offer for a case that is.').requirements).toMatch(/every plug on the back/);
  });

  it('reads a lead-in\'s "the lead has to be at least two metres long" for a cable asked for beside a quoted product', () => {
    expect(classifyRequest('I charge this tablet from a wall plug, so the lead has to be at least two metres long: http://shop.test/p/1 . Find all offers for a cable with USB-C at both ends which it takes.').requirements).toMatch(/the lead has to be at least two metres long/);
  });

  it('reads "the edition with three ARGB fans fitted, not the 3500X without fans" as the product named before, with fans', () => {
    const shape = classifyRequest('Please put the black Acme 3500X ARGB case in my carts: the edition with three ARGB fans fitted, not the 3500X without fans and not the iCUE LINK 3500X RGB. Find all offers for it.');
    expect(shape.subjects).toEqual(['black Acme 3500X ARGB']);
    expect(shape.requirements).toMatch(/with fans/);
    expect(shape.requirements).not.toMatch(/not the 3500X without/);
  });
});

describe('classifyRequest: a line in mixed case opens a name only after its maker (session 23)', () => {
  it('reads "Acme\'s iCUE LINK RX140 RGB" as a name, not "an iCUE LINK hub" alone', () => {
    expect(classifyRequest("I am buying Acme's iCUE LINK RX140 RGB starter pair in white. Find the cheapest offer for it.").subjects).toEqual(['Acme iCUE LINK RX140 RGB']);
  });
});

describe('classifyRequest: session 23 (round 49)', () => {
  it('reads "the cooler he means" as pointing back at the last name not turned down, with what is said right after it', () => {
    const shape = classifyRequest('He told me to get the 360mm all-in-one from that LINK range, the H150i in black, and he was very clear that the older H150i ELITE CAPELLIX XT is not the same thing. Find all offers for the cooler he means.');
    expect(shape.subjects).toEqual(['H150i cooler']);
    expect(shape.requirements).toBe('in black, not the H150i ELITE CAPELLIX XT');
  });

  it('reads a name said short after it was said whole ("I mean the older C Mini", "the GT with graphics") as the whole name', () => {
    expect(classifyRequest('Is somewhere still selling the Vexa Design Meshify C Mini with the dark tinted glass? I mean the older C Mini for micro ATX boards, not the Meshify 2 Mini. Please find all offers of it.').subjects).toEqual(['Vexa Design Meshify C Mini']);
    expect(classifyRequest("Ryzen 5 5600GT for my little brother's first PC: the GT with graphics on the chip. Find the cheapest offer for this processor.").subjects).toEqual(['Ryzen 5 5600GT']);
  });

  it('reads "tablets that meet all of this", "What is the cheapest offer for ...?" and a kind read before a product named after a colon', () => {
    expect(classifyRequest('Requirements for my tablet: made by Acme; storage exactly 128GB. Find all offers for tablets that meet all of this.').requirements).toMatch(/made by Acme; storage exactly 128GB/);
    expect(classifyRequest('What is the cheapest offer for an Intel processor for the LGA1700 socket with four cores or more?').subjects).toEqual(['Intel processor']);
    expect(classifyRequest('My case is all white, so the cooler should be as well: the Acme ROG Strix LC III 240 ARGB White, the one with the little LCD on the pump. Find all offers for it.').subjects).toEqual(['Acme ROG Strix LC III 240 ARGB White']);
  });

  it('keeps a lead-in sentence that only turns things down ("Not the LCD edition and not the ELITE CAPELLIX XT.")', () => {
    expect(classifyRequest('Going big on cooling: Acme LINK H170i, the 420mm one with QX140 fans. Not the LCD edition and not the ELITE CAPELLIX XT. Find all offers for it.').requirements).toMatch(/not the LCD edition and not the ELITE CAPELLIX XT$/);
  });

  it('reads "whichever graphics chip is the fastest one for gaming" as the top of the chips\' ladder, and "with that kind of LED display" as pointing back', () => {
    expect(classifyRequest('I want a card built on whichever graphics chip is the fastest one for gaming in these shops. Find all offers for cards with that chip.').superlative).toEqual({ measure: 'gpu-tier', direction: 'max' });
    expect(classifyRequest('The pump head has a grid of little LEDs that plays pixel animations. Find all offers for coolers with that kind of LED display on the pump.').requirements).toMatch(/grid of little LEDs/);
  });

  it('reads a message to a colleague: a greeting, a polite question with another verb, a sign-off', () => {
    expect(classifyRequest('Hi Sam, for the showroom PC marketing picked the Acme iFlow H150x ELITE XT (white, 360mm). Can you pull up all the offers so we can compare? Thanks!').subjects).toEqual(['Acme iFlow H150x ELITE XT']);
    expect(classifyRequest("I'm doing an all-white build. The one I want is the Zeta Freezer III A-RGB with the 360mm radiator, in white. Could you find every offer for it?").subjects).toEqual(['Zeta Freezer III A-RGB']);
  });

  it('reads someone else\'s wish as the shopper\'s ("My son wants the ...") and "Best price?" as the cheapest', () => {
    const son = classifyRequest('My son wants the Vexa Meshify 2 in White TG, the regular one with three plain fans. Which shop has the lowest price?');
    expect(son).toMatchObject({ cheapest: true, subjects: ['Vexa Meshify 2'] });
    const notes = classifyRequest('Acme iFlow LINK H170x, 420mm, QX140 fans: the ordinary one, no LCD screen on the pump. Best price? If two shops tie, give me both.');
    expect(notes).toMatchObject({ cheapest: true, subjects: ['Acme iFlow LINK H170x'], requirements: '420mm, QX140 fans, the ordinary one, no LCD screen on the pump' });
  });

  it('reads a terse "Cheapest offer, please" and "Which is the cheapest offer?" as asking for what the lead-in names', () => {
    const msi = classifyRequest('The case only takes Micro ATX, and I only buy Zeta boards after years of good BIOS updates. Cheapest offer, please, and include all offers that tie.');
    expect(msi).toMatchObject({ cheapest: true, subjects: ['Zeta boards'], requirements: 'Micro ATX' });
    const their = classifyRequest("Everything on my desk comes from the quiet-PC brand Hushco, and now I'd like their case to glow a little too. Which is the cheapest offer?");
    expect(their).toMatchObject({ cheapest: true, subjects: ['Hushco case'] });
  });

  it('reads "Add the X to the cart at every shop that has it" as all its offers, added to the carts', () => {
    expect(classifyRequest('Add the Acme TUF A620M-PLUS to the cart at every shop that has it. Not the B650M-PLUS.')).toMatchObject({ addToCart: true, subjects: ['Acme TUF A620M-PLUS'] });
  });

  it('keeps what a colon adds to a kind named in notes ("Memory for an older AM4 board: DDR4, ...")', () => {
    expect(classifyRequest('Memory for an older AM4 board: DDR4, 32GB as two 16GB sticks, 3600MHz. What is the cheapest offer?').requirements).toMatch(/DDR4, 32GB as two 16GB sticks, 3600MHz/);
  });

  it('reads "Which shop asks the least for X? I mean ..." as the cheapest X, which one it is said after the question', () => {
    const shape = classifyRequest('Which shop asks the least for the Acme ROG Ryujin III 360 ARGB? I mean the regular black edition; the EVA-02 edition is a different product. Find the cheapest offer for it.');
    expect(shape).toMatchObject({ cheapest: true, subjects: ['Acme ROG Ryujin III 360 ARGB'] });
    expect(shape.requirements).toMatch(/^I mean the regular black edition/);
  });

  it('reads the model named after "the same generation:" or "we agreed on" as the one wanted', () => {
    expect(classifyRequest('I want the same generation for my build: the Zeta Freezer II ARGB with the 360mm radiator, not the 280mm one. Find all offers for it.').subjects).toEqual(['Zeta Freezer II ARGB']);
    expect(classifyRequest('My nephew only needs a simple AM4 board, and we agreed on the Acme A520M Pro4, the Micro ATX one. Find all offers for it.')).toMatchObject({ subjects: ['Acme A520M Pro4'], requirements: 'the Micro ATX one' });
  });

  it('reads a spec list of a socket and memory slots as a motherboard, and "Cheapest offer please" as asking for it', () => {
    expect(classifyRequest('Specs: socket LGA1700; DDR5 slots; full-size ATX. Cheapest offer please, and if more than one shares the lowest price, all of them.')).toMatchObject({ cheapest: true, subjects: ['motherboard'], requirements: 'socket LGA1700; DDR5 slots; full-size ATX' });
  });

  it('keeps lead-in sentences that turn editions down in other words ("The Vexa 2 RGB, the Compact and the XL don\'t count.")', () => {
    expect(classifyRequest('Price check: Acme Vexa 2 in White TG, the standard one. The Vexa 2 RGB, the Compact and the XL don\'t count. Find the cheapest offer for this case.').requirements).toMatch(/the Vexa 2 RGB, the Compact and the XL don't count$/);
  });

  it('reads "drives like that" as the drives wanted, not one the shopper will not pay for, and "the stick itself" as memory', () => {
    expect(classifyRequest('Paying extra for a Gen4 drive whose speed the slot throws away makes no sense to me, so I only want NVMe SSDs built for PCIe Gen3. Find all offers for drives like that.').subjects).toEqual(['drives']);
    expect(classifyRequest('I need one more 8GB DDR4 stick for the desktop, so the stick itself should be red. Find the cheapest offer for one.').subjects).toEqual(['memory']);
  });
});


describe('classifyRequest: session 28 readings (blind60 failures)', () => {
  it('leaves out a choice the shopper leaves open ("at 1.3V and some at 1.4V, I don\'t care which")', () => {
    const shape = classifyRequest('Last piece of my parts list: Acme Dominator RGB, 32GB kit (2 x 16GB) DDR5 at 6200MHz. Some listings show it at 1.3V and some at 1.4V, I don\'t care which. Where is it cheapest?');
    expect(shape.requirements).not.toMatch(/1\.[34]V/);
    expect(shape.requirements).toMatch(/6200MHz/);
  });

  it('keeps what brackets hold apart from the choice they leave open ("a SIM card (4G or 5G, either is fine)"), and "(Mini, regular or XL size, all fine)"', () => {
    const sim = classifyRequest('Requirements for my mother\'s new tablet: made by Samsung; it must have its own mobile data through a SIM card (4G or 5G, either is fine). Find all offers for tablets that meet all of this.');
    expect(sim.requirements).toMatch(/SIM card/);
    expect(sim.requirements).not.toMatch(/4G or 5G/);
    expect(classifyRequest('It must come from the Acme Pop series (Mini, regular or XL size, all fine). Find all offers for cases that meet this.').requirements).not.toMatch(/XL/);
  });

  it('reads "the cheapest remaining offer" as offers of the product named before, no product called "remaining"', () => {
    const shape = classifyRequest('I want the Samsung 870 EVO 1TB SATA SSD. Find the cheapest remaining offer; if several tie at the lowest price, return each of them.');
    expect(shape.subjects).toEqual(['Samsung 870 EVO 1TB SATA SSD']);
    expect(shape.cheapest).toBe(true);
  });

  it('searches "a classic portable hard drive" as a portable hard drive', () => {
    expect(classifyRequest('Find all offers for a classic portable hard drive with exactly 1TB.').subjects).toEqual(['portable hard drive']);
  });

  it('reads "that case" as a case where the lead-in names none, whatever aside follows', () => {
    const shape = classifyRequest('Out of all the cases these shops sell, which one comes with the most fans installed? Show me every offer for that case, whatever colour it comes in.');
    expect(shape.subjects).toEqual(['case']);
    expect(shape.superlative).toEqual({ measure: 'fans', direction: 'max' });
  });

  it('asks no lowest price for "an older one is fine and cheaper", and does for "a cheaper alternative"', () => {
    expect(classifyRequest('A Galaxy S phone but not the S24, an older one is fine and cheaper. Find all offers for phones like that.').cheapest).toBe(false);
    expect(classifyRequest('https://x.test/product/a is too dear. Find a cheaper alternative.').cheapest).toBe(true);
  });

  it('reads "the next one should ..." as the kind named with an article before it, with the sentences after it', () => {
    const shape = classifyRequest('My dad keeps his photos on a little pocket SSD and he drops everything, so the next one should be built to survive a fall. At least 1TB, and it has to plug straight into his laptop\'s USB port (no USB-C there). Find the cheapest offer.');
    expect(shape.subjects).toEqual(['little pocket SSD']);
    expect(shape.requirements).toMatch(/survive a fall.*At least 1TB/);
    expect(shape.requirements).not.toMatch(/USB-C/);
  });

  it('reads ", and all offers tied with it" as how to answer a tie, naming nothing', () => {
    const shape = classifyRequest('Case spec: a Micro ATX sized case with a dual-chamber layout. Find the cheapest offer, and all offers tied with it.');
    expect(shape.subjects).toEqual(['Micro ATX sized case']);
    expect(shape.cheapest).toBe(true);
  });

  it('takes the lead-in as what "coolers that meet this" must be', () => {
    const shape = classifyRequest('The radiator has to take 140mm fans. It also has to be an Acme cooler. Find all offers for all-in-one coolers that meet this.');
    expect(shape.requirements).toMatch(/140mm fans.*Acme cooler/);
  });
});

describe('classifyRequest: session 28 readings (blind58 failures)', () => {
  const subjects = (text: string) => classifyRequest(text).subjects;

  it('reads "every listing of it" as its offers, and a list of versions "any of which fits" as no wish', () => {
    const shape = classifyRequest('I can\'t tell the versions of the Acme ROG Ryujin III 360 apart, and any of them fits my budget: the black one, the EVA-02 edition or the one with Noctua fans. I want to see every listing of the 360mm all-in-one before I pick. Find all offers for it.');
    expect(shape.subjects).toEqual(['Acme ROG Ryujin III 360']);
    expect(shape.requirements).not.toMatch(/EVA-02|Noctua/);
  });

  it('reads "I mean the plain model with ..." as a description of the name asked about, no name of its own', () => {
    expect(subjects('Which shops carry the ordinary Acme Pop Air? I mean the plain model with three normal fans. Find all offers for it.')).toEqual(['Acme Pop Air']);
  });

  it('reads "the Acme TUF Gaming GT502 I want is the standard one" as that product, asked "What is the lowest price anyone asks for it?"', () => {
    const shape = classifyRequest('My own fans are moving into the new case, so the Acme TUF Gaming GT502 I want is the standard one, not the GT502 Plus that ships with four ARGB fans. What is the lowest price anyone asks for it?');
    expect(shape.subjects).toEqual(['Acme TUF Gaming GT502']);
    expect(shape.cheapest).toBe(true);
  });

  it('asks "What\'s the cheapest cooler like that?" and "Cheapest one, please" as a cheapest offer of the thing described', () => {
    expect(subjects('My case has room for a 360mm radiator. What\'s the cheapest cooler like that?')).toEqual(['cooler']);
    expect(subjects('This time I want the inside to really glow: the case should come with at least four fans that light up. Cheapest one, please.')).toEqual(['case']);
    expect(subjects('I want another 16GB of DDR4 in the spare PC. What is the cheapest way to buy that?')).toEqual(['DDR4 memory']);
  });

  it('takes the kind from a heading ("Graphics card spec: ...") over a thing its clauses mention', () => {
    const shape = classifyRequest('Graphics card spec: at least 12GB of video memory; not a white model, because it goes into a plain black case. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['graphics card']);
    expect(shape.requirements).toMatch(/12GB/);
  });

  it('reads "processors that fit this plan" as the plan described, no part fitted', () => {
    const shape = classifyRequest('My old AM4 board stays; I don\'t want to pay for graphics built into the chip. Find all offers for processors that fit this plan.');
    expect(shape.mode).toBe('fit');
    expect(shape.requirements).toMatch(/graphics built into the chip/);
  });
});

describe('classifyRequest: two named products asked together (session 28)', () => {
  it('reads "the X processor and the Y board", said directly or pointed at as "both of them", as two products by their names', () => {
    const expected = ['Acme Ryzen 5 5600GT', 'Acme A520M Pro4'];
    expect(classifyRequest('Find all offers for the Acme Ryzen 5 5600GT processor and the Acme A520M Pro4 Micro ATX board and add each to the cart.').subjects).toEqual(expected);
    const pointed = classifyRequest('Two parts are settled: the Acme Ryzen 5 5600GT processor and the Acme A520M Pro4 Micro ATX board. Find all offers for both of them and add each offer to the cart.');
    expect(pointed.subjects).toEqual(expected);
    expect(pointed.requirements).toBe('');
  });
});

describe('classifyRequest: sentences that leave things open, the shopper\'s own part, and names said another way (blind59)', () => {
  it('drops a sentence that leaves what it lists to the shops ("... doesn\'t matter", "are open", "I honestly don\'t care")', () => {
    const shape = classifyRequest('The new processor should have exactly six cores, no more and no fewer. Whether it has graphics on the chip, comes with a cooler in the box or belongs to the older or newer Ryzen generation doesn\'t matter. Find all offers for AM4 processors like that.');
    expect(shape.requirements).toContain('exactly six cores');
    expect(shape.requirements).not.toMatch(/cooler|graphics|generation/);
    expect(classifyRequest('I want an Antec all-in-one liquid cooler. Radiator size and lighting are open. Find all offers for such coolers.').requirements).not.toMatch(/radiator|lighting/i);
  });

  it('drops what the shopper\'s machine has now ("that currently runs a quad-core"), which asks nothing of the new part', () => {
    expect(classifyRequest('Upgrading an AM4 machine that currently runs a quad-core. Find all offers for AM4 processors with six cores.').requirements).not.toMatch(/quad/);
  });

  it('reads an edition named alone ("the Black/White TG version") as that edition of the product the request names', () => {
    const shape = classifyRequest('Saw a Fractal Design Define 7 at a LAN party, the Black/White TG version. That exact case is what I want. Find all offers for it.');
    expect(shape.subjects).toEqual(['Fractal Design Define 7 Black/White TG']);
  });

  it('reads a sentence taken for the subject ("Everyone says 3600 is the sweet spot") as the kind the request names', () => {
    const shape = classifyRequest('Everyone says 3600 is the sweet spot for memory on a Ryzen 5000 chip. I\'ll stay with Corsair. What\'s the lowest price?');
    expect(shape.subjects).toEqual(['memory']);
  });

  it('reads a kind the lead-in limits to one maker ("Only be quiet! fans go into my builds") as that maker\'s', () => {
    expect(classifyRequest('Only be quiet! fans go into my builds. This time I want ones sold as a single fan. Find all offers for such fans.').subjects[0]).toMatch(/^Be Quiet /);
    expect(classifyRequest('I only buy Noctua fans. Find all offers for fans sold singly.').subjects).toEqual(['Noctua fans']);
    // A maker named with another kind says nothing of the kind asked for.
    expect(classifyRequest('Only Corsair cases for me. Find all offers for fans sold singly.').subjects).toEqual(['fans']);
  });

  it('reads "One ADATA XPG Lancer Blade 16GB DDR5 stick" as the product, a count of one opening the request', () => {
    expect(classifyRequest('One ADATA XPG Lancer Blade 16GB DDR5 stick, the plain single module: not the Lancer Blade RGB. Find all offers for it.').subjects).toEqual(['ADATA XPG Lancer Blade 16GB DDR5']);
  });

  it('reads a refusal to pay for factory overclocking and "nothing sold as an OC model" as no OC', () => {
    const shape = classifyRequest('I want a GeForce RTX 4070 SUPER but refuse to pay extra for factory overclocking: nothing that is sold as an OC model. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['GeForce RTX 4070 SUPER']);
    // (What the colon adds after the name is said of it too: "nothing that is sold as an OC model".)
    expect(shape.requirements).toBe('without OC, not an OC model');
  });
});

describe('classifyRequest: more of what blind59 said another way', () => {
  it('drops the alternatives listed after "don\'t matter to me" ("glass or mesh, black or white")', () => {
    const shape = classifyRequest('I love the Fractal North XL, but this listing costs more than I\'d like. Colour and side panel really don\'t matter to me, glass or mesh, black or white, as long as it is the North XL. Find the cheapest alternative: http://127.0.0.1/product/x/ .');
    expect(shape.requirements).not.toMatch(/glass|mesh|black|white/);
  });

  it('reads what the shopper is doing ("Building a Ryzen 7000 PC") as no product, and the kind a wish is said for ("For memory I want ...")', () => {
    expect(classifyRequest('Building a Ryzen 7000 PC. For memory I want 32GB on two sticks; no RGB. Which offer is cheapest?').subjects).toEqual(['memory']);
  });

  it('reads a bare wider kind as the narrower one the shopper wants, not the one they have ("still has a spinning hard disk ... swap in an SSD")', () => {
    const shape = classifyRequest('My mum\'s old laptop still has a spinning hard disk in the usual 2.5-inch bay and I\'d like to swap in an SSD. The new drive has to go into that same bay, so no M.2 sticks. Show me all offers that fit the bill.');
    expect(shape.subjects).toEqual(['SSD']);
  });

  it('reads what "the board should be" as a wish for the motherboards asked for, beside a quoted part', () => {
    expect(classifyRequest('http://127.0.0.1/product/x/ I already own this memory stick. The board should be an Asrock with the B650 chipset. Find all offers for boards that can take it.').requirements).toMatch(/Asrock with the B650 chipset/);
  });

  it('reads "I want Corsair DDR5 with RGB lighting for it" as a wish for the memory kits asked for', () => {
    expect(classifyRequest('http://127.0.0.1/product/x/ This board only has two memory slots. I want Corsair DDR5 with RGB lighting for it, any speed. Find all offers for memory kits that go on it.').requirements).toMatch(/Corsair DDR5 with RGB lighting/);
  });
});

describe('classifyRequest: a clause that leaves things open, after a semicolon', () => {
  it('closes the sentence before it, so the asking sentence after it is still read as such', () => {
    const shape = classifyRequest('Money is not the issue this time. I want a card built on whichever graphics chip is the fastest one for gaming in these shops; which maker built the card and which cooler it has do not matter to me. Find all offers for cards with that chip.');
    expect(shape.subjects).toEqual(['graphics cards']);
  });
});

describe('classifyRequest: session 32 (blind61, blind64)', () => {
  it('reads "List every offer for them" as an ask, the product the lead-in fills a case with being the thing', () => {
    const shape = classifyRequest("I'm filling a case with Acme's iCUE LINK RX120 RGB, the 12cm single-fan expansion kits, and I'll mix black and white ones. List every offer for them, both colours.");
    expect(shape.subjects).toEqual(['iCUE LINK RX120 RGB']);
    expect(classifyRequest('List every offer for the Acme iCUE LINK RX120 RGB.')).toMatchObject({ mode: 'offers', subjects: ['Acme iCUE LINK RX120 RGB'], requirements: '' });
  });

  it('leaves "either as the body alone or in the kit with the lens, whichever costs less" open', () => {
    const shape = classifyRequest('I want the original Acme EOS R5, either as the body alone or in the kit with the RF 24-105mm lens, whichever costs less. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['Acme EOS R5']);
    expect(shape.requirements).not.toMatch(/RF|24-105|kit/);
  });

  it('reads the part the shopper\'s own thing takes as the thing ("My old laptop takes DDR4 SO-DIMM memory, and I want to add ...")', () => {
    const shape = classifyRequest('My old laptop takes DDR4 SO-DIMM memory, and I want to add at least 8GB in a single purchase. No DDR5. Find all offers that would do.');
    expect(shape.subjects).toEqual(['DDR4 SO-DIMM memory']);
    expect(shape.requirements).toMatch(/at least 8GB/);
  });

  it('reads "Case spec: ..." with a bare question as a case, what follows said once, and "glass or not" as open', () => {
    const shape = classifyRequest("Case spec: made by Acme, and it must take an E-ATX board. Any colour, glass or not, handles or not. What's the cheapest offer?");
    expect(shape.subjects).toEqual(['case']);
    expect(shape.requirements.match(/made by Acme/g)).toHaveLength(1);
    expect(shape.requirements).not.toMatch(/glass|handles/);
  });

  it('reads a wish that names no kind, then "a case with ..." after the colon, as the case', () => {
    expect(classifyRequest("I want a proper light show without buying anything extra: a case with plenty of fans already inside, and a remote. What's the cheapest offer?").subjects).toEqual(['case']);
  });

  it('reads an amount the shopper\'s board needs and the line they trust as that line, with the amount', () => {
    const shape = classifyRequest("My new AM5 board needs 32GB of DDR5 and I trust Acme's Fury Beast line, but I don't want any lights on the memory. Find the cheapest offer.");
    expect(shape.subjects).toEqual(['Acme Fury Beast']);
    expect(shape.requirements).toMatch(/^32GB of DDR5, .*no lights/);
  });

  it('reads "one of Acme\'s TITAN RX RGB models, either the 280 or the 360 ... both sizes" as the two sizes', () => {
    expect(classifyRequest("The cooler will be one of Acme's iCUE LINK TITAN RX RGB models, either the 280 or the 360. Find all offers for both sizes and add each of them to the cart.").subjects)
      .toEqual(['Acme iCUE LINK TITAN RX RGB 280', 'Acme iCUE LINK TITAN RX RGB 360']);
  });

  it('passes over names the lead-in says are other products ("The Pop Air RGB and the Pop Mini or XL are other cases")', () => {
    expect(classifyRequest('Acme Design Pop Air, the ordinary model without RGB. The Pop Air RGB and the Pop Mini or XL are other cases. Find all offers for it.').subjects).toEqual(['Acme Design Pop Air']);
  });

  it('reads "Which shops still sell the original X?" as X, no later generation, with the names the lead-in turns down', () => {
    const shape = classifyRequest("Which shops still sell the original Acme Design Meshify C? The smaller Meshify C Mini and the newer Meshify 2 cases are not what I'm after. Give me every offer for it.");
    expect(shape.subjects).toEqual(['Acme Design Meshify C']);
    expect(shape.requirements).toMatch(/no later generation/);
    expect(shape.requirements).toMatch(/Meshify C Mini and the newer Meshify 2 cases are not what I'm after/);
  });

  it('reads "I\'ve settled on X", "Which of the remaining offers is the cheapest?" and "the cheapest offer elsewhere"', () => {
    expect(classifyRequest("I've settled on the Acme Design North in Chalk White: the regular ATX model, not the North XL. Find the cheapest offer elsewhere.").subjects).toEqual(['Acme Design North']);
    const shape = classifyRequest('My daughter has set her heart on the Acme CX700 RGB Elite, and it has to be the white one. Which of the remaining offers is the cheapest?');
    expect(shape).toMatchObject({ cheapest: true, subjects: ['Acme CX700 RGB Elite'], requirements: 'has to be the white one' });
  });

  it('writes a known maker typed in lower case, and its name said again, as titles do', () => {
    const shape = classifyRequest('fractal design torrent, the full size one (the torrent compact is too small for my board), in the Light TG version. where is it cheapest?');
    expect(shape.subjects).toEqual(['Fractal Design Torrent']);
    expect(shape.requirements).toMatch(/Torrent Compact is too small/);
  });
});

describe('classifyRequest: session 32, second round (blind64)', () => {
  it('reads "List every offer you find" and "list every offer across the shops" as asks for the offers of what was named', () => {
    expect(classifyRequest('Quick one: which shops carry the Acme TUF B760M-PLUS WIFI D4? List every offer you find.').subjects).toEqual(['Acme TUF B760M-PLUS WIFI D4']);
    expect(classifyRequest('motherboard | Acme H670 Steel Legend | socket 1700 | action: list every offer across the shops').subjects).toEqual(['Acme H670 Steel Legend']);
  });

  it('reads "Graphics card wanted from Acme ... such a card" as a graphics card', () => {
    expect(classifyRequest('Graphics card wanted from Acme with at least 12GB of video memory. Find the cheapest offer for such a card.').subjects).toEqual(['graphics card']);
  });

  it('reads "a case like that" past a size turned down, and "those cases" as the product every edition of which will do', () => {
    expect(classifyRequest('My board is ATX, so a Micro ATX case won\'t do. Find the cheapest offer for a case like that.').subjects).toEqual(['case']);
    expect(classifyRequest("Two builds in Acme's C8: any edition that comes without the ARGB fan bundle, so the plain C8 or the C8 Aluminium. The C8 ARGB is not wanted. Find all offers for those cases.").subjects)
      .toEqual(['Acme C8 cases']);
  });

  it('keeps a lead-in clause on what holds now past one on what was done before, and reads "cases that have both" and "support this" as pointing back', () => {
    expect(classifyRequest('Our house was rewired last month and the network cabling is now faster than ordinary gigabit. Find all offers for motherboards that fit this plan.').requirements)
      .toMatch(/faster than ordinary gigabit/);
    expect(classifyRequest('It must take an E-ATX board, and it needs a fan speed controller. Find all offers for cases that have both.').requirements).toMatch(/E-ATX/);
    expect(classifyRequest('I want the card to stand on its edge. Find all offers for cases whose listing says they support this.').requirements).toMatch(/on its edge/);
  });

  it('reads "be quiet!." closing a sentence as the maker, and leaves a maker typed before a capitalised model as written', () => {
    expect(classifyRequest("The new case only has 120mm mounts, and I'd like to stay with be quiet!. Find all offers for a 12cm fan.").subjects).toEqual(['Be Quiet 12cm fan']);
    expect(classifyRequest('cheapest offer for the gigabyte AORUS B550 ELITE AX V2 please').subjects[0]).toMatch(/^gigabyte AORUS B550 ELITE AX V2/);
  });
});

describe('classifyRequest: session 32, third round (blind65)', () => {
  it('reads what an opening name\'s sentence turns down, and "Where\'s the X cheapest?" as the cheapest offer for X', () => {
    expect(classifyRequest('Acme Define 7, the full-size one (not the Nano or Compact). Please list every offer you can find.').requirements).toMatch(/not the Nano or Compact/);
    expect(classifyRequest('Acme Armor Pro for Acme Watch, the 44mm one. Every offer for it, all shops.').mode).toBe('offers');
    expect(classifyRequest("Where's the full-size Acme Meshify C cheapest? If there's a tie, give me all of them.")).toMatchObject({ cheapest: true, subjects: ['full-size Acme Meshify C'] });
  });

  it('reads "I like the X, but I want ...", "something from X\'s Pop range" and "Which offers fit?"', () => {
    expect(classifyRequest('I like the Acme Torrent Compact, but I want the fans themselves to light up. Which offers fit?')).toMatchObject({ subjects: ['Acme Torrent Compact'] });
    expect(classifyRequest("The PC lives next to my bed, so it has to be quiet. I'd like something from Acme's Pop range made for low noise. Find all suitable offers.").subjects).toEqual(['Acme Pop']);
    expect(classifyRequest("I like Acme's 6500X, but I want the version with RGB fans. Find it for the least money.")).toMatchObject({ cheapest: true, subjects: ['Acme 6500X'] });
  });

  it('reads "I need an AM4 board: the X ..." as X, and the rest of a list a rejected model opens as turned down', () => {
    const shape = classifyRequest("I need an AM4 board: the Acme AORUS B550 ELITE V2 in full ATX, with or without the built-in Wi-Fi (AX). What's the lowest price?");
    expect(shape.subjects).toEqual(['Acme AORUS B550 ELITE V2']);
    expect(shape.requirements).not.toMatch(/AX/);
  });

  it('reads "a regular X where I can see my parts through the side" with what it says, and "the cheapest offer(s)" as offers', () => {
    expect(classifyRequest("I want a regular Acme Meshify 2 where I can see my parts through the side, so a glass version. I don't care about colour or RGB. Find the cheapest offer.").requirements)
      .toBe('where I can see my parts through the side, so a glass version');
    expect(classifyRequest("Building a small box around Acme's TUF B760M-PLUS WIFI. Get me the cheapest offer(s).").subjects).toEqual(['Acme TUF B760M-PLUS WIFI']);
  });

  it('reads a quoted product\'s board as the chipset and musts of its lead-in, "Show me its offers" and the lowest rated power', () => {
    const board = classifyRequest('I\'m putting http://shop.test/p/cpu/ on a Z790 board, but I want to keep my DDR4 memory, so the board needs DDR4 slots. It must be full ATX, not micro ATX. Find all compatible board offers.');
    expect(board.subjects).toEqual(['motherboards']);
    expect(board.requirements).toMatch(/DDR4 slots.*must be full ATX, not micro ATX.*Z790/);
    const cpu = classifyRequest('I\'m building a low power office PC on http://shop.test/p/board/. Which processor for that socket has the lowest rated power? Show me its offers.');
    expect(cpu).toMatchObject({ subjects: ['processor'], superlative: { measure: 'power', direction: 'min' } });
  });

  it('reads "Look up all offers for X, white or black" and "put every offer of X in the cart ..., both the standard one and the Y version"', () => {
    expect(classifyRequest('Look up all offers for the Acme CX700 RGB Elite case, white or black, and add each of them to the cart.')).toMatchObject({ subjects: ['Acme CX700 RGB Elite case'], addToCart: true });
    expect(classifyRequest('Please put every offer of the Acme Shadow Base 800 in the cart at each shop, both the standard one and the FX RGB version.')).toMatchObject({ requirements: '', addToCart: true });
    expect(classifyRequest('Find every offer for the full-size Acme Meshify C, Dark TG or White TG (not the Meshify C Mini).').subjects).toEqual(['full-size Acme Meshify C']);
  });
});

describe('classifyRequest: session 32, last (blind65)', () => {
  it('reads "both the standard one and the FX RGB version" as the product and that edition of it', () => {
    expect(classifyRequest('Please put every offer of the Acme Shadow Base 800 in the cart at each shop, both the standard one and the FX RGB version.').subjects)
      .toEqual(['Acme Shadow Base 800', 'Acme Shadow Base 800 FX RGB']);
  });
});

describe('classifyRequest: session 33 (blind66, blind67)', () => {
  it('reads versions said to be equally welcome as one subject each, the words the name and the version share said once', () => {
    expect(classifyRequest('My build gets the Acme Vega B760M-PRO WIFI board. The D4 version for DDR4 and the WIFI II version for DDR5 are equally welcome. Find the cheapest offer.').subjects)
      .toEqual(['Acme Vega B760M-PRO WIFI D4', 'Acme Vega B760M-PRO WIFI II']);
  });

  it('reads "every offer for both versions" of the one product a question names as that product, when no versions are listed', () => {
    const shape = classifyRequest('Does anyone still sell the Acme Vista C? Not the Vista C Mini. Black or white with glass, either would do, so I\'d like to see every offer for both versions before deciding.');
    expect(shape).toMatchObject({ mode: 'offers', subjects: ['Acme Vista C'] });
  });

  it('reads "in those two colours" as the colours the lead-in lists, and one it turns down', () => {
    expect(classifyRequest('The Acme Nova X9 with 256GB. Anything but black this time: Stone Gray or Sun Yellow. Show me every offer for it in those two colours.').requirements)
      .toMatch(/in Stone Gray or Sun Yellow, not black/);
  });

  it('reads "Acme case, and it has to fit an E-ATX board" as the case with what it must do, and notes opening with the kind as the kind', () => {
    expect(classifyRequest('Acme case, and it has to fit an E-ATX board. Find the cheapest offer.')).toMatchObject({ subjects: ['Acme case'], requirements: 'has to fit an E-ATX board' });
    expect(classifyRequest('Internal SSD to bring an old laptop back to life, at least 480GB. Find the cheapest offer.').subjects).toEqual(['internal SSD']);
  });

  it('reads the question right before "Find all offers for it" as what "it" is, and the clause that says which of a kind', () => {
    expect(classifyRequest('I want my next case to breathe well. Which Acme case ships with the most fans? Find all offers for it.').subjects).toEqual(['Acme case']);
    expect(classifyRequest('Of all the cases that can hold an E-ATX board, I want the one with the most fans already fitted; Find all offers.'))
      .toMatchObject({ subjects: ['cases'], requirements: 'that can hold an E-ATX board' });
  });

  it('reads a model named right after a colon without an article, and a kind named then said to be something', () => {
    expect(classifyRequest('Old office PC, no graphics card. The upgrade is decided: Acme Core Z7-10700, the one with graphics on the chip. Find every offer for this processor.').subjects)
      .toEqual(['Acme Core Z7-10700']);
    expect(classifyRequest('My CPU runs hot, so it gets an air cooler, and it should be the most capable one made by Acme. Find all offers for that cooler.'))
      .toMatchObject({ subjects: ['air cooler'], requirements: 'the most capable one made by Acme' });
  });

  it('ranks by LED count, by the slowest speed and by rated TDP when asked so', () => {
    expect(classifyRequest('I want the cooler with the highest LED count in its pump. Find all offers.').superlative).toEqual({ measure: 'leds', direction: 'max' });
    expect(classifyRequest('Which 140mm fan can turn the slowest? Find all offers for it.').superlative).toEqual({ measure: 'speed', direction: 'min' });
    expect(classifyRequest('Find all offers for the air cooler with the highest TDP rating.').superlative).toEqual({ measure: 'power', direction: 'max' });
  });

  it('reads notes that end in "Where is it cheapest?" as the thing they open with, "I\'m after" and a heading before a model included', () => {
    expect(classifyRequest("I'm after the plain Acme Vengeance DDR5 kit, 32GB as two 16GB sticks at 5200MHz, without RGB. Where is it cheapest?"))
      .toMatchObject({ cheapest: true, subjects: ['Acme Vengeance DDR5 kit'] });
    expect(classifyRequest('Graphics card: a GeForce RTX 4070 SUPER built by Acme, but not a white model. Which offer is cheapest?'))
      .toMatchObject({ cheapest: true, subjects: ['GeForce RTX 4070 SUPER'] });
    expect(classifyRequest('The white Acme Ryuo III 360 ARGB, the 360mm liquid cooler with the matrix display (not the 240mm one). Where is it cheapest?').subjects)
      .toEqual(['white Acme Ryuo III 360 ARGB']);
  });

  it('reads a tie on a count as no ask for the cheapest', () => {
    expect(classifyRequest('I want the case with the most fans; if several tie on that count, show them all. Find all offers.').cheapest).toBe(false);
    expect(classifyRequest('Find the cheapest case. If several tie on price, show them all.').cheapest).toBe(true);
  });
});

describe('classifyRequest: session 33, notes that name the thing after a heading', () => {
  it('reads "Memory for my build: Acme DDR5, 32GB ..." as the maker\'s memory with what follows, and "Monitor: Acme QX27" as that monitor', () => {
    expect(classifyRequest('Memory for my Ryzen build: Acme DDR5, 32GB as two 16GB sticks, no RGB. Find the cheapest offer.').subjects).toEqual(['Acme DDR5']);
    expect(classifyRequest('Purchase request. Monitor: Acme QX27 Pro. The QX27 Max is not approved. Find all offers for this monitor.').subjects).toEqual(['Acme QX27 Pro monitor']);
  });

  it('reads notes that open with a name and a comma, then "where is it cheapest?", with only their first sentence said of it', () => {
    const shape = classifyRequest('Acme Fury Beast DDR5, 32gb in total, without rgb. dont care if its a single stick or a kit, whichever costs less. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['Acme Fury Beast DDR5']);
    expect(shape.requirements).toMatch(/32gb in total/);
    expect(shape.requirements).not.toMatch(/single stick/);
  });
});

describe('classifyRequest: session 34', () => {
  it('reads a heading "Checklist for my daughter\'s first PC case:" as a case, and the maker opening "Memory spec: Acme DDR5, ..." as required', () => {
    const shape = classifyRequest('Checklist for my daughter\'s first PC case: Micro ATX; white; glass on the front and on the side. Find all offers that tick every box.');
    expect(shape.subjects).toEqual(['case']);
    expect(shape.requirements).toContain('Micro ATX; white');
    expect(classifyRequest('Memory spec: Acme DDR5, 32GB as two 16GB sticks, and no RGB. Cheapest offer, please.').requirements).toMatch(/^from Acme, /);
  });

  it('reads a tie said of another measure ("the most fans ... if several tie") as no ask for the lowest price', () => {
    const shape = classifyRequest('Whichever white case that takes E-ATX comes with the most fans, that\'s the one, and if several tie, all of them. Find every offer.');
    expect(shape).toMatchObject({ cheapest: false, superlative: { measure: 'fans', direction: 'max' } });
    expect(classifyRequest('Which kit has the most capacity? If several tie, the cheapest offer of them.').cheapest).toBe(true);
  });

  it('reads "modules of that top capacity" as the thing the lead-in describes, with what it says of it', () => {
    const shape = classifyRequest('What\'s the biggest single DDR4 module these shops carry? I want one stick, not a kit. Show me all offers for modules of that top capacity.');
    expect(shape.superlative).toEqual({ measure: 'capacity', direction: 'max' });
    expect(shape.requirements).toMatch(/one stick, not a kit/);
  });

  it('reads "the case that tops out at the lowest speed" as the lowest top speed, and "the largest size that family comes in" of cases as the largest board size', () => {
    expect(classifyRequest('I want the 14cm case fan that tops out at the lowest speed of all. Find every offer.').superlative).toEqual({ measure: 'speed', direction: 'min', top: true });
    expect(classifyRequest('I like the look of Acme\'s Pop cases, so it has to be the largest size that family comes in. Find all offers for cases in that size.').superlative)
      .toEqual({ measure: 'board-size', direction: 'max' });
  });

  it('reads lead-ins that say the thing as "I love the cases where ...", "Any member of the X family will do", "The case needs ..." and "Present ...: a case that ..."', () => {
    expect(classifyRequest('I love the cases where the whole inside is painted a loud colour. What\'s the cheapest offer?')).toMatchObject({ subjects: ['case'], requirements: expect.stringContaining('inside is painted') });
    const member = classifyRequest('What I liked about the Vortex 2 was its front. This time the fans should glow by themselves. Any member of the Vortex 2 family will do (the older Vortex C doesn\'t count). Find all offers.');
    expect(member.subjects).toEqual(['Vortex 2']);
    expect(member.requirements).toMatch(/fans should glow/);
    expect(member.requirements).not.toMatch(/liked/);
    expect(classifyRequest('Every second weekend my PC rides the tram to a LAN. The case needs something built in to carry it by. What\'s the cheapest offer?').subjects).toEqual(['case']);
    expect(classifyRequest('Present for a teenager: a case that already has a remote control. As cheap as possible.').subjects).toEqual(['case']);
  });

  it('reads a name the shopper\'s build "already runs" as theirs, and "I\'d like at least six cores" as a floor on the thing asked', () => {
    expect(classifyRequest('Fans for an all-white build that already runs an Acme Link hub. They have to be white. Find all offers.').subjects).toEqual(['Fans']);
    expect(classifyRequest('The processor must drive the screen on its own, and I\'d like at least six cores. What\'s the cheapest offer?').requirements).toContain('at least six cores');
  });

  it('reads "the 360mm V150 or the 420mm V170" of a maker\'s series as that series\' two models', () => {
    const shape = classifyRequest('It\'s going to be Acme\'s Glacier ELITE series. Whether I end up with the 360mm V150 or the 420mm V170 depends on the prices, so list every offer for either of the two.');
    expect(shape.subjects).toEqual(['Acme Glacier ELITE V150 360mm', 'Acme Glacier ELITE V170 420mm']);
  });
});

describe('classifyRequest: session 34, more lead-ins and headings', () => {
  it('says which lead-in reading named the subject, for whoever debugs a reading (leadInTrace)', () => {
    const fired: string[] = [];
    leadInTrace.report = (reading) => fired.push(reading);
    try {
      classifyRequest('I love the cases where the whole inside is painted a loud colour. What\'s the cheapest offer?');
    } finally {
      leadInTrace.report = undefined;
    }
    expect(fired).toEqual(['lovedKind']);
  });

  it('reads "of the pre-S24 Acme S phones on sale, I want the ones ..." as those phones older than the S24', () => {
    const shape = classifyRequest('I care about storage: of the pre-S24 Acme S phones on sale, I want the ones with the most storage. Find all offers for them.');
    expect(shape.subjects).toEqual(['Acme S phones']);
    expect(shape.requirements).toContain('older than the S24');
  });

  it('reads "Cooler requirements for a white build:" as a heading, and "I want my next motherboard to be ready ..." as a motherboard', () => {
    expect(classifyRequest('Cooler requirements for a white build: all-in-one liquid cooler, 240mm radiator. Find all offers that qualify.').subjects).toEqual(['cooler']);
    expect(classifyRequest('I want my next motherboard to be ready for PCIe 5.0 drives. What\'s the cheapest offer?').subjects).toEqual(['motherboard']);
  });

  it('reads "whether it\'s the X or the Y ... whichever of those two" as the two products named', () => {
    const shape = classifyRequest('Acme V150, the 360mm all-in-one: I don\'t mind whether it\'s the newer black Link V150 with the QX12 fans or the white V150 ELITE XT. I\'ll take whichever of those two costs least.');
    expect(shape.subjects).toEqual(['black Link V150', 'white V150 ELITE XT']);
  });

  it('reads "I\'d rather have a 2.5-inch SATA SSD with a full terabyte or more" beside a quoted drive whole, the decimal point included', () => {
    const shape = classifyRequest('512GB filled up: http://shop.test/product/acme-512gb/ . I\'d rather have a 2.5-inch SATA SSD with a full terabyte or more instead. Find the cheapest alternative.');
    expect(shape.requirements).toMatch(/^2\.5-inch SATA SSD with a full terabyte or more/);
  });
});

describe('classifyRequest: a maker\'s memory wanted without an article (session 34)', () => {
  it('reads "I want Acme DDR5, 32GB in total, ..." as the maker\'s DDR5', () => {
    const shape = classifyRequest('New Ryzen 7000 build, and I don\'t want to fiddle with timings: I want Acme DDR5, 32GB in total, that comes with an AMD profile. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['Acme DDR5']);
    expect(shape.requirements).toContain('32GB');
  });
});

describe('classifyRequest: readings of session 35', () => {
  it('reads a closing question on the price alone ("What\'s the least we\'d have to pay?") from what the lead-in describes', () => {
    const shape = classifyRequest('My niece\'s one birthday wish is a purple phone, and it has to be an Acme. Model and storage are up to us. What\'s the least we\'d have to pay?');
    expect(shape.subjects).toEqual(['purple phone']);
    expect(shape.cheapest).toBe(true);
    expect(shape.requirements).toContain('Acme');
  });

  it('reads "Which cable is cheapest?" as a cable described by the lead-in', () => {
    const shape = classifyRequest('We keep spare charging leads at the office. I need one lead that reaches three metres; the phone end can be USB-C or Lightning. Which cable is cheapest?');
    expect(shape.subjects).toEqual(['cable']);
    expect(shape.requirements).toContain('three metres');
  });

  it('keeps "I haven\'t decided between Intel and AMD" and "Intel or AMD, I haven\'t decided yet" out of what is asked', () => {
    const board = classifyRequest('It\'ll be an Acme board, but I haven\'t decided between Intel and AMD yet. Two must-haves: DDR5 memory slots and Wi-Fi built in. Which offer is cheapest?');
    expect(board.subjects).toEqual(['Acme board']);
    expect(board.requirements).not.toMatch(/AMD|Intel/);
    const wanted = classifyRequest('Motherboard wanted: micro ATX, DDR5 memory, Wi-Fi 6E. Intel or AMD, I haven\'t decided yet. Please find the cheapest offer, and all of them if there\'s a tie.');
    expect(wanted.subjects).toEqual(['motherboard']);
    expect(wanted.requirements).not.toMatch(/AMD|Intel/);
  });

  it('reads "both the full-size ATX board and the small B650I EDGE WIFI mini-ITX version" as the product named and that version', () => {
    const shape = classifyRequest('I\'m set on MSI\'s MPG B650 EDGE WIFI for an AM5 build. My case takes both the full-size ATX board and the small B650I EDGE WIFI mini-ITX version, so whichever costs less wins. Where is it cheapest?');
    expect(shape.subjects).toEqual(['MSI MPG B650 EDGE WIFI', 'MSI B650I EDGE WIFI']);
    expect(shape.requirements).not.toMatch(/mini-ITX/i);
  });

  it('reads "the plain board or the PRIME Z790-P WIFI ... every offer for either version" as both versions', () => {
    const shape = classifyRequest('My build guide lists the Asus PRIME Z790-P, and I don\'t mind whether I end up with the plain board or the PRIME Z790-P WIFI with wireless built in. Could you pull up every offer for either version?');
    expect(shape.subjects).toEqual(['Asus PRIME Z790-P', 'Asus PRIME Z790-P WIFI']);
    expect(shape.mode).toBe('offers');
  });

  it('reads "Can\'t decide between X and the Y ... Put every offer for either case into the shopping cart" as both products', () => {
    const shape = classifyRequest('Can\'t decide between Acme\'s Vortex 4000D RGB AIRFLOW and the Vortex 4000X RGB, both in white. Put every offer for either case into the shopping cart of the shop that sells it.');
    expect(shape.subjects).toEqual(['Acme Vortex 4000D RGB AIRFLOW', 'Vortex 4000X RGB']);
    expect(shape.addToCart).toBe(true);
  });

  it('reads "a Palit RTX 3050, the DUAL V2 or the StormX, whichever I can get for less" as the two versions', () => {
    expect(classifyRequest('Looking for an Acme RTX 3050, the DUAL V2 or the StormX, whichever I can get for less. What\'s the lowest price?').subjects)
      .toEqual(['Acme RTX 3050 DUAL V2', 'Acme RTX 3050 StormX']);
  });

  it('reads "Acme Infinity dual-chamber case, please: either the full black version ... or the full white one" as the two versions', () => {
    expect(classifyRequest('Acme Infinity dual-chamber case, please: either the full black version that ships with six fans, or the full white one that comes without fans. Find me all offers for both.').subjects)
      .toEqual(['Acme Infinity full black', 'Acme Infinity full white']);
  });

  it('reads "X in any of its versions:" as that product, and "Any MSI board with the AM5 socket will do" as such a board', () => {
    expect(classifyRequest('White Acme 3500X in any of its versions: the bare one without fans, the 3500X ARGB, or the LINK 3500X RGB. Black ones don\'t count. Find every matching offer.').subjects[0]).toMatch(/Acme 3500X$/);
    const board = classifyRequest('Every board I\'ve owned was an MSI. Any MSI board with the AM5 socket will do, whatever the size. Could you find all the offers?');
    expect(board.subjects).toEqual(['MSI board']);
    expect(board.requirements).toContain('AM5');
  });

  it('reads "one more 8GB Corsair stick" beside the DDR4 stick already there as Corsair DDR4 memory', () => {
    const shape = classifyRequest('There\'s one 8GB Corsair DDR4 stick in my desktop and I want to add one more 8GB Corsair stick, sold on its own. What\'s the cheapest offer?');
    expect(shape.subjects).toEqual(['Corsair DDR4 memory']);
    expect(shape.requirements).toContain('8GB');
  });

  it('reads "Motherboard for an Intel 12th-gen build:" and "Memory:" as headings naming the kind', () => {
    expect(classifyRequest('Motherboard for an Intel 12th-gen build: made by Gigabyte, socket 1700, DDR4 slots, Wi-Fi on board. What\'s the cheapest offer?').subjects).toEqual(['motherboard']);
    expect(classifyRequest('Memory: Acme, DDR4, desktop DIMMs, 32GB in total. Find the cheapest offer and every offer that ties with it.').subjects.join(' ')).toMatch(/memory/i);
  });

  it('reads "good experiences with GameMax, so one of theirs" as that maker\'s case, and "an all-white look" as white', () => {
    const shape = classifyRequest('Going for an all-white look this time, so the case should arrive empty. I\'ve had good experiences with GameMax, so one of theirs please. Which offers fit the bill?');
    expect(shape.subjects).toEqual(['GameMax case']);
    expect(shape.requirements).toMatch(/\bwhite\b/);
  });

  it('reads "Any colour except white is fine" in the lead-in as not white', () => {
    expect(classifyRequest('Everything in my build is black. I want an all-in-one liquid cooler with a 240mm radiator. Any colour except white is fine. Find the cheapest offer, and include any that tie.').requirements).toContain('not white');
  });

  it('reads "all the offers for the white ones" as the thing the lead-in names, in white', () => {
    const shape = classifyRequest('I\'m set on a white Acme 6500X dual-chamber case. Whether it\'s the empty one or the RGB edition, I\'ll decide later. Could you show me all the offers for the white ones?');
    expect(shape.subjects[0]).toMatch(/Acme 6500X/);
    expect(shape.requirements).toContain('white');
  });
});

describe('classifyRequest: readings of session 36', () => {
  it('reads "one the X, the other the Y ... both coolers" as the two named products', () => {
    expect(classifyRequest('Two office PCs each get a new air cooler: one the Acme Frost LG, the other the Zeta T90 Chromatic. Find all offers for both coolers and add each of them to the cart.').subjects)
      .toEqual(['Acme Frost LG', 'Zeta T90 Chromatic']);
    expect(classifyRequest('The twins each get a black Acme case: one the Borealis (the E-ATX one with the mesh front), the other the Gale. Find all offers for both models.').subjects)
      .toEqual(['Borealis', 'Gale']);
  });

  it('reads "both the single fan and the three-pack" as forms of the one named product, whose maker has two words', () => {
    const shape = classifyRequest('I\'m filling my case with Acme Design\'s Prism AL-14 ARGB fans, and I\'m buying both the single fan and the three-pack. Put every offer for these two into the cart.');
    expect(shape.subjects).toEqual(['Acme Design Prism AL-14 ARGB']);
  });

  it('reads two names weighed in a lower-case request, "mid tower" being no name, and a turned-down series as no wish', () => {
    const shape = classifyRequest('corsair mid tower with rgb fans in it. i keep going back and forth between the iCUE 4000D RGB AIRFLOW and the iCUE 4000X RGB (the one with the hub), so show me every offer for both of them. not the 5000 series, those are too big');
    expect(shape.subjects).toEqual(['iCUE 4000D RGB AIRFLOW', 'iCUE 4000X RGB']);
    expect(thousandSeriesWishes('not the 5000 series, those are too big')).toEqual([]);
  });

  it('reads "either the original X 120 with the OLED screen or the X III 240 ... those two coolers" as the two named', () => {
    expect(classifyRequest('I want one of the smaller Acme Ryo coolers: either the original Ryo 120 with the OLED screen or the Ryo III 240 with the matrix display. The Ryo III 360 is too big. Please list all offers for those two coolers.').subjects)
      .toEqual(['Ryo 120', 'Ryo III 240']);
  });

  it('reads a list with an aside in brackets, and "whichever of them ... for the least money", as two products, either of which will do', () => {
    const shape = classifyRequest('It\'s down to two Acme towers: the Quiet Base 802 (with the glass window or the solid panel, I don\'t mind) or the Dark Base 700. Whichever of them I can get for the least money wins. Find the cheapest offer.');
    expect(shape.subjects).toEqual(['Quiet Base 802', 'Dark Base 700']);
    expect(shape.requirements).not.toMatch(/glass/);
  });

  it('reads "I\'ll simply take the cheaper one" of two listed cases, and "the white X doesn\'t go with the office" as not white', () => {
    const shape = classifyRequest('For the workstation I\'m choosing between two Acme cases: the ProBox PA602 and the Tough GT501 in its standard black edition (the white GT501 doesn\'t go with the office). I\'ll simply take the cheaper one. What\'s the lowest price?');
    expect(shape.subjects).toEqual(['ProBox PA602', 'Tough GT501']);
    expect(shape.requirements).toContain('not white');
  });

  it('reads "a Palit RTX 3050, either the DUAL V2 or the StormX" as its two versions', () => {
    expect(classifyRequest('Budget card for a first PC: an Acme RTX 3050, either the DUAL V2 or the StormX. Which offer is the cheapest?').subjects)
      .toEqual(['Acme RTX 3050 DUAL V2', 'Acme RTX 3050 StormX']);
  });

  it('reads "Requirements for the fans in my workshop PC:" as fans, and "Board for an Intel build: LGA1700 socket, ..." with its wishes', () => {
    expect(classifyRequest('Requirements for the fans in my workshop PC: 140mm size; sold as a single fan. Find all offers for fans that meet both points.').subjects).toEqual(['fans']);
    const board = classifyRequest('Board for an Intel build: LGA1700 socket, DDR5 memory slots, and RGB lighting on the board itself. Find the cheapest offer.');
    expect(board.subjects).toEqual(['motherboard']);
    expect(board.requirements).toMatch(/LGA1700.*DDR5.*RGB/);
  });

  it('reads a drawer of desktop DDR4 sticks "(not laptop SO-DIMMs)" beside a quoted processor as a board for desktop modules', () => {
    const shape = classifyRequest('This is the processor for the till PC: http://127.0.0.1:1/product/acme-cpu-1700/ . I have a drawer full of ordinary desktop DDR4 sticks I want to reuse (not laptop SO-DIMMs), and the board should be an Acme. Find all offers for motherboards that fit.');
    expect(shape.mode).toBe('compatible');
    expect(shape.requirements).toContain('not SO-DIMM');
  });

  it('reads "the standard black version or the EVA-02 edition, whichever is cheaper" as both versions, a refusal alone keeping it offers', () => {
    const shape = classifyRequest('Acme ROG Ryu III 360 ARGB, the one with Acme\'s own fans: I\'d take the standard black version or the EVA-02 edition, whichever is cheaper. Not the Noctua-fan version. Where\'s the lowest price?');
    expect(shape.subjects).toEqual(['Acme ROG Ryu III 360 ARGB black', 'Acme ROG Ryu III 360 ARGB EVA-02']);
    expect(shape.mode).toBe('offers');
  });

  it('reads "Acme desktop DDR4, one of their plain sticks: the Basic 16GB or the Shadow Red 8GB" as that maker\'s two, the cheaper wanted', () => {
    const shape = classifyRequest('Acme desktop DDR4, one of their plain sticks without RGB: the Basic 16GB or the Shadow Red 8GB. Just tell me where it\'s cheapest.');
    expect(shape.subjects).toEqual(['Acme Basic 16GB', 'Acme Shadow Red 8GB']);
    expect(shape.requirements).not.toMatch(/cheapest|Basic/);
  });

  it('reads "Please put both X coolers in the cart: the A and the B. Every offer for each" and "Add every X case to the carts: ..." as cart requests', () => {
    expect(classifyRequest('Please put both Acme Shadow Rock coolers in the cart: the low-profile Shadow Rock LP and the top-flow Shadow Rock TF2. Every offer for each, added to the cart of the shop that sells it.').subjects)
      .toEqual(['Shadow Rock LP', 'Shadow Rock TF2']);
    const every = classifyRequest('Add every Acme Infinity dual-chamber case to the carts: the Full Black version as well as the Full White one. Each offer goes into the cart of its own shop.');
    expect(every.subjects).toEqual(['Acme Infinity dual-chamber case']);
    expect(every.addToCart).toBe(true);
  });

  it('reads "Case requirements: made by Acme ..." as a case, whatever sizes later sentences say are too much or too small', () => {
    const shape = classifyRequest('Case requirements: made by Acme, and built for a standard ATX board as the largest size it takes. The big E-ATX towers are too much for my desk and the Micro ATX cases are too small for my board. Find every offer that fits.');
    expect(shape.subjects).toEqual(['case']);
    expect(shape.superlative).toBeUndefined();
  });

  it('reads "Compact Micro ATX case with ..." opening the notes as that kind, and "B760 boards this processor fits" as B760 boards', () => {
    expect(classifyRequest('Compact Micro ATX case with a glass side window, and no RGB or ARGB lighting of any kind. Find me the cheapest offer.').subjects).toEqual(['compact Micro ATX case']);
    expect(classifyRequest('http://127.0.0.1:1/product/acme-cpu/ is going into an office PC. Find all offers for B760 boards this processor fits.').subjects).toEqual(['B760 motherboards']);
  });

  it('reads "What\'s the least I can pay for a board like that? Include all offers at that price." after the shopper\'s own sentences as a board described by them', () => {
    const shape = classifyRequest('I\'m keeping my DDR4 sticks, so the board needs DDR4 and Wi-Fi. What\'s the least I can pay for a board like that? Include all offers at that price.');
    expect(shape.subjects).toEqual(['motherboard']);
    expect(shape.requirements).toMatch(/Wi-Fi/);
  });
});

describe('classifyRequest: session 37', () => {
  it('reads a heading\'s list for the kind the asking sentence names again ("Motherboard requirements: ... boards that meet all three")', () => {
    const shape = classifyRequest('Motherboard requirements: Intel LGA1700 socket, support for DDR4 memory (I\'m reusing my old sticks), and built-in Wi-Fi. Find all offers for boards that meet all three.');
    expect(shape.subjects).toEqual(['motherboard']);
    expect(shape.requirements).toMatch(/LGA1700 socket.*DDR4.*Wi-Fi/);
  });

  it('reads "Board checklist:" as a heading for motherboards', () => {
    const shape = classifyRequest('Board checklist: socket AM5, Micro ATX, and no Wi-Fi on the board (I don\'t want a radio in it). Find all offers that match.');
    expect(shape.subjects).toEqual(['motherboard']);
    expect(shape.requirements).toMatch(/^socket AM5, Micro ATX/);
  });

  it('reads "the graphics card to light up like the rest" as the card and what it must do', () => {
    const shape = classifyRequest('My son\'s new PC has a glass side panel and he wants the graphics card to light up like the rest of it. Find all offers.');
    expect(shape.subjects).toEqual(['graphics card']);
    expect(shape.requirements).toMatch(/^to light up/);
  });

  it('reads what a budget stretches to as wanted and what it does not as turned down', () => {
    const shape = classifyRequest('He wants the graphics card to light up. Our budget stretches to a card with 12GB of video memory but not to the 16GB ones. Find all offers.');
    expect(shape.requirements).toMatch(/with 12GB of video memory, not 16GB/);
  });

  it('reads "That\'s what I want" as pointing at the thing the sentence before describes', () => {
    const shape = classifyRequest('I\'ve read that some DDR4 memory is tuned specifically for AMD/Ryzen systems. That\'s what I want, 32GB in total. What\'s the cheapest offer?');
    expect(shape.subjects).toEqual(['DDR4 memory']);
    expect(shape.requirements).toMatch(/^tuned specifically for AMD\/Ryzen systems, 32GB in total/);
  });

  it('reads what any alternative must be after "the cheapest alternative:"', () => {
    const shape = classifyRequest('http://127.0.0.1:9/product/acme-b550/ I\'d rather pay less. Find the cheapest alternative: any full-size ATX board for AM4 with RGB lighting will do.');
    expect(shape.mode).toBe('substitute');
    expect(shape.requirements).toBe('full-size ATX board for AM4 with RGB lighting');
  });

  it('reads "every Acme cable that goes from USB-A to Lightning" as that maker\'s cable with those two ends', () => {
    const shape = classifyRequest('We need spare charging cables: every Acme cable that goes from USB-A to Lightning, whatever the length. Find all offers and add each of them to the cart.');
    expect(shape.subjects).toEqual(['Acme USB-A to Lightning cable']);
  });

  it('reads "What I\'d like is one of Acme\'s dual-chamber cases" as that maker\'s cases', () => {
    const shape = classifyRequest('I have a drawer full of fans. What I\'d like is one of Acme\'s dual-chamber cases, the kind that hides the cables, sold without fans. Any size. List all offers.');
    expect(shape.subjects).toEqual(['Acme dual-chamber cases']);
    expect(shape.requirements).toMatch(/sold without fans/);
  });

  it('reads "All offers, please." as the asking sentence, the thing wanted from the lead-in', () => {
    const shape = classifyRequest('Everything in my build is white, and the cooler should follow suit: an Acme all-in-one liquid cooler that comes in white. What are my options? All offers, please.');
    expect(shape.subjects).toEqual(['Acme all-in-one liquid cooler']);
  });

  it('reads "What\'s the cheapest way to get that?" as a price question on the thing the lead-in names', () => {
    const shape = classifyRequest('My E-ATX board is moving into an Acme Design case and I want the inside to glow: the case should come with at least four fans that light up. What\'s the cheapest way to get that?');
    expect(shape.cheapest).toBe(true);
    expect(shape.subjects).toEqual(['Acme Design case']);
  });

  it('reads the board a lead-in describes by size and chipset as the board asked for', () => {
    const shape = classifyRequest('I\'m building a small PC around a Micro ATX board with AMD\'s B650 chipset. It will use a cable, so the board must not have Wi-Fi. What\'s the cheapest offer?');
    expect(shape.requirements).toMatch(/Micro ATX, B650 chipset/);
  });

  it('reads "AMD or Intel, I\'ll pick the processor to match" as leaving the platform open', () => {
    const shape = classifyRequest('I\'d like a full-size ATX motherboard with Wi-Fi built in. AMD or Intel, I\'ll pick the processor to match. What\'s the cheapest board like that?');
    expect(shape.requirements).not.toMatch(/AMD|Intel/);
  });

  it('reads two versions of a product after a colon as two products, the aside refusing one kept', () => {
    const shape = classifyRequest('Acme RTX 4070 SUPER for my son\'s PC: either the standard DUAL (not the DUAL OC) or the JetStream OC would do. Which offer is the cheapest?');
    expect(shape.subjects).toEqual(['Acme RTX 4070 SUPER DUAL', 'Acme RTX 4070 SUPER JetStream OC']);
    expect(shape.requirements).toBe('for my son\'s PC, not the DUAL OC');
  });

  it('reads "Where do I get the lower price?" as asking the price of the two listed, nothing of them', () => {
    const shape = classifyRequest('For my build it\'s down to two Micro ATX boards: the Acme B650M-PLUS and the Acme B650M PRO WIFI. Where do I get the lower price? Return all offers tied at the lowest.');
    expect(shape.mode).toBe('offers');
    expect(shape.subjects).toEqual(['Acme B650M-PLUS', 'Acme B650M PRO WIFI']);
  });

  it('reads a maker alone opening a heading\'s list as the maker the thing must be made by', () => {
    expect(classifyRequest('Case requirements: Acme Design, white, takes an E-ATX board. Cheapest offer, please.').requirements).toMatch(/^made by Acme Design, white/);
    expect(classifyRequest('Memory spec: Acme, 32GB as two 16GB sticks. What\'s the cheapest offer?').requirements).toMatch(/^made by Acme, 32GB/);
  });
});

describe('classifyRequest: colours each said after "in" (session 37)', () => {
  it('reads "one wants it in Cobalt Violet, the other in Marble Gray ... in those two colours" as either of them', () => {
    const shape = classifyRequest('My twins each get the regular Vexor X24: one wants it in Cobalt Violet, the other in Marble Gray. Find every offer for the X24 in those two colours and add each to the cart.');
    expect(shape.requirements).toBe('in Cobalt Violet or Marble Gray');
  });
});

describe('classifyRequest: session 37, after the regression', () => {
  it('reads "Case requirements for a workstation ...:" as a case heading, its own word no part of the kind', () => {
    expect(classifyRequest('Case requirements for a workstation that runs day and night in my study: made by Acme Design; takes an E-ATX board. Find all offers for cases that meet all of them.').subjects).toEqual(['case']);
  });

  it('reads "a white PC case" as a white case, as shops title it', () => {
    expect(classifyRequest('I\'d like a white PC case with real wood on the front. What\'s the cheapest way to get one?').subjects).toEqual(['white case']);
  });

  it('keeps the offers of two named boards where only the list\'s heading says what they are', () => {
    expect(classifyRequest('For my build it\'s down to two Micro ATX boards: the Acme B650M-PLUS and the Acme B650M PRO WIFI. Where do I get the lower price?').requirements).toMatch(/Micro ATX boards/);
  });
});
