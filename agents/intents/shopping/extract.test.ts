import { describe, expect, it } from 'vitest';
import { extractIntents } from '../index';
import type { ShoppingIntent } from '../types';
import { findPriceBounds, parseAmount } from './price';

const shopping = (text: string): ShoppingIntent[] => extractIntents(text, { domain: 'shopping' }).intents as ShoppingIntent[];
const bounds = (text: string) => findPriceBounds(text).map((p) => p.bounds);

describe('price bounds', () => {
  it('reads ceilings, floors and ranges with their currency', () => {
    expect(bounds('running shoes under $50')).toEqual([{ max: 50, belowMax: true, currency: 'USD' }]);
    expect(bounds('a desk lamp between 100 and 200 euros')).toEqual([{ min: 100, max: 200, currency: 'EUR' }]);
    expect(bounds('headphones for less than 30 dollars')).toEqual([{ max: 30, belowMax: true, currency: 'USD' }]);
    expect(bounds('a sofa, max 1.000€')).toEqual([{ max: 1000, currency: 'EUR' }]);
    expect(bounds('price lower than 50.00 dollars')).toEqual([{ max: 50, belowMax: true, currency: 'USD' }]);
    expect(bounds('tea cups priced from 26 to 82 PHP')).toEqual([{ min: 26, max: 82, currency: 'PHP' }]);
    expect(bounds('gaming mouse that costs over 375 pesos')).toEqual([{ min: 375, currency: 'PHP' }]);
  });

  it('does not take sizes or quantities for prices', () => {
    expect(bounds('a lamp with a width between 10 and 14 inches')).toEqual([]);
    expect(bounds('a tent for 4 people from 2019')).toEqual([]);
  });

  it('parses thousands separators and decimals', () => {
    expect(parseAmount('1.000')).toBe(1000);
    expect(parseAmount('1,299.99')).toBe(1299.99);
    expect(parseAmount('12,99')).toBe(12.99);
    expect(parseAmount('5', 'k')).toBe(5000);
  });
});

describe('attributes, options and other shopping intents', () => {
  it('finds size, colour, material, fit and pattern', () => {
    const found = shopping("women's jeans in size 30, dark blue, made of denim, slim fit, plain design")
      .filter((i) => i.category === 'option' || i.category === 'attribute')
      .map((i) => `${i.name}=${i.value}`);
    expect(found).toEqual(expect.arrayContaining(['size=30', 'colour=dark blue', 'material=denim', 'fit=slim fit', 'pattern=plain']));
  });

  it("keeps who a garment is for in the product type, and reads unisex as a choice", () => {
    const intents = shopping("show me men's hiking boots, unisex sizing is fine");
    expect(intents.find((i) => i.category === 'product_type')?.text).toBe("men's hiking boots");
    expect(intents.filter((i) => i.name === 'gender').map((i) => i.value)).toEqual(['unisex']);
  });

  it('marks an attribute after "without" as rejected', () => {
    const leather = shopping('a wallet without leather, in brown').find((i) => i.name === 'material');
    expect(leather?.role).toBe('rejected');
    expect(shopping('a wallet without leather, in brown').find((i) => i.name === 'colour')?.role).toBe('wanted');
  });

  it('reads how many one box holds, said in words, and pack sizes turned down together', () => {
    const quantities = (text: string) => shopping(text).filter((i) => i.category === 'quantity').map((i) => [i.value, i.role]);
    expect(quantities('I need exactly two 120 mm fans bought together in one box')).toEqual([['2 pcs', 'wanted']]);
    expect(quantities('fans with lighting, sold one fan per box')).toEqual([['single', 'wanted']]);
    expect(quantities('Three-packs and five-packs are no good to me')).toEqual([['3 pcs', 'rejected'], ['5 pcs', 'rejected']]);
    expect(quantities('140mm case fans, sold singly')).toEqual([['single', 'wanted']]);
    expect(quantities('the hub is sold separately')).toEqual([]);
  });

  it('reads "sold as one kit of two 8GB sticks" as no single item (the kit holds two)', () => {
    const quantities = (text: string) => shopping(text).filter((i) => i.category === 'quantity').map((i) => i.value);
    expect(quantities('16GB of memory sold as one kit of two 8GB sticks')).not.toContain('single');
    expect(quantities('memory sold as one stick')).toContain('single');
  });

  it('finds brand, rating, availability, quantity and a referenced product', () => {
    const intents = shopping('need trail shoes like my old Brooks Cascadia, from the salomon brand, rated 4 stars and up, in stock, pack of 2');
    const by = (c: string) => intents.find((i) => i.category === c);
    expect(by('brand')?.value).toBe('salomon');
    expect(by('rating')?.number).toBe(4);
    expect(by('availability')?.value).toBe('in stock');
    expect(by('quantity')).toMatchObject({ text: 'pack of 2', value: '2 pcs' });
    expect(by('product_ref')).toMatchObject({ text: 'Brooks Cascadia', role: 'referential' });
  });

  it('reads "fit into this caddy" as a pointer to the quoted product, not a product named "into this drive"', () => {
    expect(shopping('mechanical hard drives that fit into this drive caddy').filter((i) => i.category === 'product_ref')).toEqual([]);
    expect(shopping('a case that fits in my Fractal Node 304').find((i) => i.category === 'product_ref')?.text).toBe('Fractal Node 304');
  });

  it('reads no maker in "from room to room" nor in "from the USB-A port of my charger", but keeps "from Ikea"', () => {
    const brands = (text: string) => shopping(text).filter((i) => i.category === 'brand').map((i) => i.value);
    expect(brands('a monitor with a battery, so that I can carry it from room to room')).toEqual([]);
    expect(brands('a lamp I can move from one room to another')).toEqual([]);
    expect(brands('a cable to charge my phone from the USB-A port of my old charger')).toEqual([]);
    expect(brands('a lamp from Ikea to read by')).toEqual(['ikea']);
    expect(brands('nothing from that shop, we are still waiting on a refund from them')).toEqual([]);
  });

  it('reads no maker in what a product guards against, how it works, or the clause after "when"', () => {
    const brands = (text: string) => shopping(text).filter((i) => i.category === 'brand').map((i) => i.value);
    expect(brands('a rugged case that protects my watch from bumps when I go climbing')).toEqual([]);
    expect(brands('a monitor that calibrates its colours by itself')).toEqual([]);
    expect(brands('shoes from nike when on sale')).toEqual(['nike']);
    expect(brands('a screen protector from belkin')).toEqual(['belkin']);
  });

  it('reads no maker in a distance or a place after "from"', () => {
    const brands = (text: string) => shopping(text).filter((i) => i.category === 'brand').map((i) => i.value);
    expect(brands('my charger is three metres from the sofa')).toEqual([]);
    expect(brands('a cable long enough to charge the phone from there')).toEqual([]);
    expect(brands('a cable from Hama that reaches 3m')).toEqual(['hama']);
    expect(brands('I want to see my components from the front as well as from the side. Find a PC case with glass on both.')).toEqual([]);
  });

  it('reads the maker of a line, and none in a line the quoted product belongs to', () => {
    const brands = (text: string) => shopping(text).filter((i) => i.category === 'brand').map((i) => i.value);
    expect(brands("Find the cheapest alternative from MSI's MAG line for this board")).toEqual(['msi']);
    expect(brands('Find the cheapest alternative from the same Pop Silent model')).toEqual([]);
    expect(brands('Find the cheapest alternative from the Prime AP201 line')).toEqual([]);
  });
});

describe('request kind', () => {
  it('tells music, shopping, both and unknown apart', () => {
    expect(extractIntents('sad indie songs for a rainy day').kind).toBe('music');
    expect(extractIntents('a red kettle under $40').kind).toBe('shopping');
    expect(extractIntents('a vinyl record player under $200 and some jazz albums to play on it').kind).toBe('both');
    expect(extractIntents('hello there').kind).toBe('unknown');
  });
});

describe('a request that only names a kind of product', () => {
  const productType = (text: string) => extractIntents(text).intents.find((i) => i.category === 'product_type')?.text;
  it('takes the words before any clause as the product wanted', () => {
    expect(productType('a motherboard')).toBe('motherboard');
    expect(productType('ram for my new build')).toBe('ram');
    expect(productType('a long hdmi cable')).toBe('long hdmi cable');
  });

  it('reads a bare headset request as shopping, and a vague wish as no product', () => {
    expect(extractIntents('a headset').kind).toBe('shopping');
    expect(productType('something upbeat')).toBeUndefined();
  });
});

describe('a look compared with another thing', () => {
  it('reads "PC cases shaped like a games console" as no shape value and no product the shopper owns', () => {
    const found = shopping('Find all offers for PC cases shaped like a games console, so that my computer can sit under the TV.');
    expect(found.filter((i) => i.category === 'attribute' || i.category === 'product_ref')).toEqual([]);
    expect(shopping('a heart shaped pendant').map((i) => `${i.category}:${i.name}=${i.value}`)).toContain('attribute:shape=heart shaped');
    expect(shopping('running shoes like my old Brooks').some((i) => i.category === 'product_ref')).toBe(true);
    // A manner ("coiled like") compares a look too.
    expect(shopping('a headphone cable that is coiled like an old telephone cord').some((i) => i.category === 'product_ref')).toBe(false);
  });
});

describe('the product named before an aside in brackets', () => {
  it('ends at the bracket: "a standard Maker Phone S24 (not the Plus)" names "standard Maker Phone S24"', () => {
    const intents = extractIntents('Find the cheapest offer for a standard Maker Phone S24 (not the Plus or the Ultra) with 256GB of storage.').intents;
    expect(intents.find((i) => i.category === 'product_type')?.text).toBe('standard Maker Phone S24');
  });
});

describe("an offer's condition", () => {
  it('reads "I do not want a refurbished one" as refusing refurbished offers, and "a refurbished phone" as wanting one', () => {
    const refused = shopping('Find all offers for a new Acme Watch Series 8 with a 41mm case. I do not want a refurbished one.').find((i) => i.name === 'condition');
    expect(refused).toMatchObject({ role: 'rejected', value: 'refurbished' });
    expect(shopping('a refurbished phone under 200 euros').find((i) => i.name === 'condition')).toMatchObject({ role: 'wanted', value: 'refurbished' });
  });
});

describe('wishes and places that are no product or maker', () => {
  it('reads "I\'d like to change ..." as a wish, not a product like something', () => {
    expect(shopping('I\'d like to change the colours of my PC\'s lighting. Find a case with a remote.').some((i) => i.category === 'product_ref')).toBe(false);
    expect(shopping('I would like to find a case like my old Corsair 4000D.').some((i) => i.category === 'product_ref')).toBe(true);
  });

  it('reads what "I would like" names as the product wanted', () => {
    expect(extractIntents('i would like a body scrub for dry skin').kind).toBe('shopping');
    expect(shopping('i would like a presentation remote that is easy to use').filter((i) => i.category === 'product_type').map((i) => i.text)).toEqual(['presentation remote']);
    // What the shopper would like done to a thing of their own names no product.
    expect(shopping('I\'d like my liquid cooler to show the CPU temperature. Find all offers for an upgrade kit that fits it.').filter((i) => i.category === 'product_type').map((i) => i.text)).toEqual(['an upgrade kit']);
  });

  it('reads no product out of "replace them" (an article is a whole word)', () => {
    expect(shopping('I want to replace them with fans of the same size.').some((i) => i.category === 'product_ref')).toBe(false);
    expect(shopping('a cable to replace the old one I lost').some((i) => i.category === 'product_ref')).toBe(true);
  });

  it('reads no product or size out of the shopper\'s own things, a quoted address or a pointer', () => {
    const types = (text: string) => shopping(text).filter((i) => i.category === 'product_type').map((i) => i.text);
    expect(types('My new case came with no fans at all. Find the cheapest offer for three matching 12cm ARGB fans sold together in one box.')).toEqual([]);
    expect(types('I want to replace them with fans of the same size: http://shop.test/product/x/ . Find all offers for them.')).toEqual([]);
    expect(shopping('fans of the same size: http://shop.test/product/x/').some((i) => i.category === 'option')).toBe(false);
    expect(types('i need to find a charger for my laptop')).toEqual(['charger']);
  });

  it('reads "from the sofa" as a place, not a maker', () => {
    expect(shopping('I want to change the lights from the sofa. Find a case.').some((i) => i.category === 'brand')).toBe(false);
    expect(shopping('Find a case from Corsair.').filter((i) => i.category === 'brand').map((i) => i.text)).toEqual(['Corsair']);
  });
});

describe('shopping words that are no wish', () => {
  it('reads "side by side" as no brand and "one output free" as no "-free" feature', () => {
    const intents = shopping('I want a pair of matching screens side by side, but my computer has only one DisplayPort output free.');
    expect(intents.filter((i) => i.category === 'brand')).toEqual([]);
    expect(intents.some((i) => /free/.test(i.value ?? ''))).toBe(false);
    expect(shopping('a gluten free snack').some((i) => i.value === 'gluten-free')).toBe(true);
  });

  it('reads "by the skirting board" as a place, and "by the Gap" or "by the north face" still as a maker', () => {
    expect(shopping('She charges it from a USB-A plug by the skirting board. Find a cable.').filter((i) => i.category === 'brand').map((i) => i.text)).not.toContain('skirting board');
    expect(shopping('a dress by the Gap').filter((i) => i.category === 'brand').map((i) => i.text)).toEqual(['Gap']);
    expect(shopping('a hoodie by the north face').filter((i) => i.category === 'brand').map((i) => i.text)).toEqual(['north face']);
  });

  it('reads "anything but white" as a colour turned down', () => {
    expect(shopping('a case with handles, anything but white')).toContainEqual(expect.objectContaining({ name: 'colour', value: 'white', role: 'rejected' }));
    expect(shopping('a case, any colour but white')).toContainEqual(expect.objectContaining({ name: 'colour', value: 'white', role: 'rejected' }));
    expect(shopping('a cheap but white case')).toContainEqual(expect.objectContaining({ name: 'colour', value: 'white', role: 'wanted' }));
  });
});

describe('an edition that counts as well', () => {
  it('reads "the SUPER version included" as no variation wished for', () => {
    expect(shopping('a Palit graphics card built on the RTX 4070 Ti, the SUPER version included').filter((i) => i.name === 'variation')).toEqual([]);
    expect(shopping('the t-shirt, variation eu')).toContainEqual(expect.objectContaining({ name: 'variation', value: 'eu' }));
  });
});

describe('rejections said by complaint or preference, and times that are no makers', () => {
  const roleOf = (text: string, value: string) => shopping(text).find((i) => i.text.toLowerCase() === value)?.role;
  it('reads a quality complained of ("Stainless steel is too heavy on my wrist") as rejected', () => {
    expect(roleOf('Stainless steel is too heavy on my wrist. Find all offers for a watch whose case is made of aluminium.', 'stainless steel')).toBe('rejected');
  });

  it('reads what comes after "rather ... than" as rejected', () => {
    expect(roleOf('I would rather the case breathe through a fine mesh side than show its insides through glass.', 'glass')).toBe('rejected');
  });

  it('reads "from the first evening" as a time, while "from First Alert" is still a maker', () => {
    expect(shopping('a console he can play on from the first evening').some((i) => i.category === 'brand')).toBe(false);
    expect(shopping('a smoke alarm from First Alert').find((i) => i.category === 'brand')?.text).toBe('First Alert');
  });
});

describe('counts that are no makers', () => {
  it('reads no maker in "to see the parts from two sides"', () => {
    expect(shopping('For a compact build I want to see the parts from two sides.').some((i) => i.category === 'brand')).toBe(false);
  });
});

describe('shopping intents: "by" that names no maker', () => {
  it('reads no brand from "ordered it by mistake" or "made by hand", and still one from "by Acme"', async () => {
    const { extractShoppingIntents } = await import('./extract');
    const brands = (text: string) => extractShoppingIntents(text).filter((i) => i.category === 'brand').map((i) => i.text);
    expect(brands('I nearly ordered the Mark II by mistake.')).toEqual([]);
    expect(brands('a basket made by hand')).toEqual([]);
    expect(brands('a mouse by Acme')).toEqual(['Acme']);
  });
});

describe('price bounds: amounts in words and refusals to pay', () => {
  it('reads "won\'t spend more than three hundred quid" as at most 300 GBP, and "more than £300" alone as a floor', async () => {
    const { findPriceBounds } = await import('./price');
    expect(findPriceBounds("she won't spend more than three hundred quid on it")[0]!.bounds).toEqual({ max: 300, currency: 'GBP' });
    expect(findPriceBounds("she won't spend more than £300")[0]!.bounds).toEqual({ max: 300, currency: 'GBP' });
    expect(findPriceBounds('more than £300')[0]!.bounds).toEqual({ min: 300, currency: 'GBP' });
    expect(findPriceBounds('under two hundred pounds')[0]!.bounds).toEqual({ max: 200, currency: 'GBP' });
    expect(findPriceBounds('at least two hundred and fifty euros')[0]!.bounds).toEqual({ min: 250, currency: 'EUR' });
  });

  it('reads no maker from "carry over from the old build" or "from the bench"', async () => {
    const { extractShoppingIntents } = await import('./extract');
    const brands = (text: string) => extractShoppingIntents(text).filter((i) => i.category === 'brand').map((i) => i.text);
    expect(brands('so that my DDR4 carries over from the old build')).toEqual([]);
    expect(brands('the socket is a fair way from the bench')).toEqual([]);
    expect(brands('to video-call us from his armchair')).toEqual([]);
  });
});

describe('shopping intents: colours ruled out after they are said', () => {
  it('rejects colours that "are out", that "would spoil it" or that "would not match", and keeps a plain colour wanted', async () => {
    const { extractShoppingIntents } = await import('./extract');
    const colours = (text: string) => extractShoppingIntents(text).filter((i) => i.category === 'option').map((i) => `${i.role}:${i.text.toLowerCase()}`);
    expect(colours('Black and grey are out, and so is any small phone.')).toEqual(['rejected:black and grey']);
    expect(colours('It has to be the black one, because the white one would not match his desk.')).toEqual(['wanted:black', 'rejected:white']);
    expect(colours('everything else is white, and black sticks would spoil it')).toEqual(['wanted:white', 'rejected:black']);
    expect(colours('a black case')).toEqual(['wanted:black']);
  });
});

describe('makers: who a friend is, and what someone swears by, name no maker', () => {
  it('reads no brand from "a friend from his chess club swears by the Lumo cable" or "the board from our lab"', () => {
    const brands = (text: string) => extractIntents(text, { domain: 'shopping' }).intents.filter((i) => i.domain === 'shopping' && i.category === 'brand').map((i) => i.text);
    expect(brands('a friend from his chess club swears by the Lumo DisplayPort cable')).toEqual([]);
    expect(brands('the board from our lab is E-ATX, and it goes in a case')).toEqual([]);
    expect(brands('a cable made by Lumo')).toEqual(['Lumo']);
  });
});

describe('a kind of material refused', () => {
  it('refuses no material for "not clear glass" (the kind of glass is refused), but does for "without glass"', () => {
    const materials = (text: string) => extractIntents(text, { domain: 'shopping' }).intents.filter((i) => i.domain === 'shopping' && i.name === 'material').map((i) => `${i.role}:${i.text}`);
    expect(materials('a case, not clear glass')).toEqual([]);
    expect(materials('a case without glass')).toEqual(['rejected:glass']);
  });
});

describe('refusals the extractor reads', () => {
  it('reads "not paying a cent over" as a ceiling and the part of an edition turned down as refused', () => {
    expect(findPriceBounds('I am not paying a cent over a hundred and thirty euros for it').map((p) => p.bounds)).toEqual([{ max: 130, currency: 'EUR' }]);
    const roles = extractIntents('it stays the glass one, not the White Solid with the mesh side', { domain: 'shopping' }).intents
      .filter((i) => i.domain === 'shopping' && i.name === 'material').map((i) => `${i.role}:${i.text}`);
    expect(roles).toEqual(['wanted:glass', 'rejected:mesh']);
  });
});

describe('findPriceBounds: a ceiling said after the amount', () => {
  it('reads "it can cost 130 at most" and "I will pay 80 tops" as ceilings, a size before "at most" as none', () => {
    expect(findPriceBounds('and it can cost 130 at most.').map((m) => m.bounds)).toEqual([{ max: 130 }]);
    expect(findPriceBounds('I will pay 80 tops').map((m) => m.bounds)).toEqual([{ max: 80 }]);
    expect(findPriceBounds('a radiator of 240mm at most')).toEqual([]);
  });
});

describe('brands and colours named in passing (round 50)', () => {
  it('reads "Brand and resolution are open" as no brand, and "the quiet-PC brand Hushco" as Hushco', () => {
    expect(shopping('I want a curved monitor. Brand and resolution are open.').filter((i) => i.category === 'brand')).toEqual([]);
    expect(shopping('Everything comes from the German quiet-PC brand Hushco, so I want their case.').filter((i) => i.category === 'brand').map((i) => i.value)).toEqual(['hushco']);
  });

  it('reads "in any colour as long as it isn\'t black" as black turned down, and no colour called "long"', () => {
    const colours = shopping("a case in any colour as long as it isn't black").filter((i) => i.name === 'colour');
    expect(colours.map((i) => [i.value, i.role])).toEqual([['black', 'rejected']]);
  });
});

describe('brand: how things are compared is no maker (session 33)', () => {
  it('reads "going by the cooling capacity" and "judging by the reviews" as no brand', () => {
    expect(shopping('the most capable air cooler, going by the cooling capacity in the listings').filter((i) => i.category === 'brand')).toEqual([]);
    expect(shopping('a quiet keyboard, judging by the reviews').filter((i) => i.category === 'brand')).toEqual([]);
    expect(shopping('a keyboard made by Logitech').filter((i) => i.category === 'brand').map((i) => i.text)).toEqual(['Logitech']);
  });
});

describe('extractShoppingIntents: session 34', () => {
  it('reads the colour of the shopper\'s build as no wish, "would look wrong" as a refusal and "no slower than this 3200MHz one" as wanted', () => {
    const colours = shopping('The build is black from top to bottom, so a white cooler would look wrong.').filter((i) => i.name === 'colour');
    expect(colours.map((i) => [i.value, i.role])).toEqual([['white', 'rejected']]);
    expect(shopping('a stick that is no slower than this 3200MHz one').find((i) => i.value === '3200mhz')?.role).toBe('wanted');
  });

  it('reads nothing from a sentence on the plain kind of what a wish asks ("Plain RGB fans ... don\'t count")', () => {
    expect(shopping('It must ship with ARGB fans. Plain RGB fans switched by an LED button don\'t count.').map((i) => i.text)).not.toContain('Plain');
  });
});

describe('extractShoppingIntents: session 36', () => {
  it('turns down both of "not in a two-pack or three-pack", and glass "would be covered in fingerprints"', () => {
    const packs = shopping('sold as a single fan, not in a two-pack or three-pack').filter((i) => i.category === 'quantity' && i.value !== 'single');
    expect(packs.map((i) => [i.value, i.role])).toEqual([['2 pcs', 'rejected'], ['3 pcs', 'rejected']]);
    expect(shopping('in a house with toddlers the glass side would be covered in fingerprints within a day').find((i) => /glass/i.test(i.text))?.role).toBe('rejected');
  });
});
