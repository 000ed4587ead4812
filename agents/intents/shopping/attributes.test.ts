import { describe, expect, it } from 'vitest';
import { findAttributes } from './attributes';

/** "name=value" for each attribute, option and brand found, in reading order. */
const found = (text: string): string[] => findAttributes(text).map((m) => `${m.name}=${m.value}`);

describe('values named by their slot', () => {
  it('reads a value after or before the word that names it, whatever the value is', () => {
    expect(found('a desk lamp in colour sage mist, size b3')).toEqual(['colour=sage mist', 'size=b3']);
    expect(found('a mug in the forest dawn color family')).toEqual(['colour=forest dawn']);
    expect(found('a backpack, model 2024, variation is asia')).toEqual(['model=2024', 'variation=asia']);
    expect(found('a charger with plug type UK')).toEqual(['type=type uk']);
  });

  it('takes the colour named before its slot word over the product after it', () => {
    expect(found('olive colour garden chairs')).toEqual(['colour=olive']);
  });

  it('writes letter sizes as the codes shops use', () => {
    expect(found('a hoodie in size large')).toEqual(['size=l']);
    expect(found('a hoodie in medium size')).toEqual(['size=m']);
    expect(found('a hoodie in extra small')).toEqual(['size=xs']);
  });

  it('does not read "all sizes" or "any size" as a size', () => {
    expect(found('socks available in all sizes')).toEqual([]);
  });
});

describe('colours', () => {
  it('reads a two-tone colour as one value', () => {
    expect(found('a scarf in black and white')).toEqual(['colour=black white']);
    expect(found('a red-orange kite')).toEqual(['colour=red orange']);
  });

  it('reads colour words that are also things only with a colour cue', () => {
    expect(found('a face cream for dry skin')).toEqual([]);
    expect(found('a sofa in cream')).toEqual(['colour=cream']);
  });
});

describe('measurements, packs and ages', () => {
  it('writes units the short way and keeps what the size measures', () => {
    expect(found('a ruler 30 centimeters long')).toEqual(['size=30cm long']);
    expect(found('a strap that is 2 inches wide')).toEqual(['size=2inch wide']);
    expect(found('a rug of 5 x 8 ft')).toEqual(['size=5x8 ft']);
  });

  it('names a clock a speed, not a size: "32gb memory at 3600mhz" is two dimensions', () => {
    expect(found('a 32gb ddr4 memory kit running at 3600mhz')).toEqual(['size=32gb', 'speed=3600mhz']);
    expect(found('a cpu between 3 and 4 ghz')).toEqual(['speed=3 to 4 ghz']);
  });

  it('reads a size range as one value and never a price as a size', () => {
    expect(found('a shelf between 60 and 80 cm deep under $40')).toEqual(['size=60 to 80 cm deep']);
  });

  it('counts packs in one form', () => {
    expect(found('markers, pack of 24')).toEqual(['quantity=24 pcs']);
    expect(found('a six pack of soda')).toEqual(['quantity=6 pcs']);
    expect(found('shampoo, single bottle')).toEqual(['quantity=single']);
    expect(found('a box of 3 oz tea tins')).toEqual(['size=3oz']);
  });

  it('reads ages, warranties and spec ranges', () => {
    expect(found('a puzzle for ages 6+')).toEqual(['age=6 years and above']);
    expect(found('a heater with a 2-year warranty')).toEqual(['warranty=2 years']);
    expect(found('an amplifier with power usage between 50 and 100')).toEqual(['power usage=50-100']);
  });
});

describe('makers, fits and origins', () => {
  it('reads brands after from/by and around "brand"', () => {
    expect(found('a kettle from Nordic Home, priced under $30')).toEqual(['brand=nordic home']);
    expect(found('a tent by trailcraft')).toEqual(['brand=trailcraft']);
    expect(found('a lamp from the lumo brand')).toEqual(['brand=lumo']);
  });

  it('does not take a shop, a material or a country for a brand', () => {
    expect(found('a scarf from Amazon')).toEqual([]);
    expect(found('a scarf made from wool')).toEqual(['material=wool']);
    expect(found('tea from Japan')).toEqual(['country=japan']);
  });

  it('reads what an accessory must fit, with its model name', () => {
    expect(found('a case for samsung galaxy a54 5g')).toEqual(['compatibility=samsung galaxy a54 5g']);
    expect(found('brake pads for a Nissan Navara')).toEqual(['vehicle=nissan navara']);
  });

  it('reads "offers for X" as the product itself, not as what it must fit', () => {
    expect(found('find all offers for the Samsung Galaxy S23')).toEqual(['brand=samsung']);
    expect(found('gaming cases from Fractal Design with 240mm radiators')).toEqual(['brand=fractal design', 'size=240mm']);
  });
});

describe('features, heads and purposes', () => {
  it('reads functional features and "-free" claims', () => {
    expect(found('a cordless drill')).toEqual(['feature=cordless']);
    expect(found('a lotion free from parabens')).toEqual(['feature=paraben-free']);
    expect(found('gluten free pasta with free delivery')).toEqual(['feature=gluten-free']);
    // A slot that is free is unused, not "a-free".
    expect(found('my laptop has a free M.2 slot')).toEqual([]);
  });

  it('reads a value before its head word, without what precedes it', () => {
    expect(found('a blouse with a v-neckline')).toEqual(['collar=v neck']);
    expect(found('a floral long sleeve dress')).toEqual(['pattern=floral', 'sleeve=long sleeve']);
  });

  it('reads a season, an occasion and an age group only after "for"', () => {
    expect(found('sandals for summer')).toEqual(['season=summer']);
    expect(found('a summer dress')).toEqual([]);
    expect(found('shoes suitable for office wear')).toEqual(['occasion=office']);
    expect(found('a blanket for adults')).toEqual(['age=adults']);
  });

  it('reads styles, themes, years and parts named with "as the"', () => {
    expect(found('a vintage wall clock')).toEqual(['style=vintage']);
    expect(found('mugs related to star trek, priced under $20')).toEqual(['theme=star trek']);
    expect(found('a cookbook from 2021')).toEqual(['year=2021']);
    expect(found('a ring with opal as the main stone')).toEqual(['stone=opal']);
  });

  it('does not take a maker whose name is an everyday word for a brand', () => {
    expect(found('cinnamon apple sauce cups')).toEqual([]);
    expect(found('a charging cable for apple phones')).toEqual(['compatibility=apple']);
  });

  it('does not take a count of colours for a colour', () => {
    expect(found('a 12 color marker set')).toEqual([]);
  });

  it('says one requirement once even when it is written twice', () => {
    expect(found('linen trousers made of linen')).toEqual(['material=linen']);
  });
});

describe('words that only look like a shape or a packaging', () => {
  it('reads no shape in "the heart of my next build", and still one in "a heart shaped pendant"', () => {
    expect(found('This board is the heart of my next build')).toEqual([]);
    expect(found('a heart shaped pendant')).toContain('shape=heart shaped');
  });

  it('reads "in the box" as what comes with it, not a packaging; "in a gift box" is one', () => {
    expect(found('whose fans come with a controller in the box')).toEqual([]);
    expect(found('cookies in a gift box')).toContain('packaging=gift box');
  });
});

describe('idioms that hold a value word', () => {
  it('reads no shape from "her heart is set on"', () => {
    expect(findAttributes('her heart is set on the Acme X5').filter((a) => a.name === 'shape')).toEqual([]);
    expect(findAttributes('a heart-shaped pendant').map((a) => a.value)).toContain('heart');
  });
});
