import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../checklist/build';
import type { ChecklistItem } from '../checklist/types';
import { extractIntents } from '../intents';
import { isIdleWish, withoutContradictedRefusals, withoutRestatedWords } from './idle-wishes';

/** The soft wishes the extractor reads from a request, as the shopping agent softens them. */
function softWishes(text: string): ChecklistItem[] {
  return buildChecklist({ ...extractIntents(text), kind: 'shopping' }).map((i) => ({ ...i, hard: false }));
}
const shown = (text: string) => softWishes(text).filter((i) => !isIdleWish(i, text)).map((i) => i.label);
const soft = (text: string, origin: 'request' | 'profile' = 'request'): ChecklistItem => ({ kind: 'attribute-present', id: `present:${text}`, label: text, text, hard: false, origin });

describe('isIdleWish: words that ask for nothing a product page shows are not printed under every pick', () => {
  it('drops the shopper\'s own device read as a wanted brand, and keeps the cable', () => {
    const text = 'Find the cheapest offer for a cable to charge my iPhone from my old charger.';
    expect(softWishes(text).map((i) => i.label)).toContain('Brand iPhone');
    expect(shown(text)).not.toContain('Brand iPhone');
    expect(shown(text)).toContain('a cable');
  });

  it('drops a size named without a figure, a thing said as "one drive", and a generic "something"', () => {
    expect(shown('Find the cheapest alternative with the same radiator size for this liquid CPU cooler')).not.toContain('Size: radiator');
    expect(shown('Find all offers for the NVMe SSD with the largest capacity, so that my whole game library fits on one drive.')).toEqual(['NVMe SSD']);
    expect(shown('Find the cheapest offer for something that lets me plug a normal HDMI cable into the mini HDMI socket')).not.toContain('something');
    // "fits into" is no product to be like.
    expect(shown('Find all offers for a caddy that it fits into.')).not.toContain('Like into');
  });

  it('keeps sizes and brands a shopper does ask for', () => {
    expect(shown('Find all offers for an XL black hoodie in size M')).toEqual(expect.arrayContaining(['Size: xl', 'Size: m']));
    expect(shown('Find all offers for Asus motherboards for my PC')).toContain('Brand Asus');
  });

  it('drops a piece of a hyphenated word, but not the same word said on its own', () => {
    expect(isIdleWish(soft('e'), 'E-ATX cases')).toBe(true);
    expect(isIdleWish(soft('chamber'), 'a dual-chamber case')).toBe(true);
    expect(isIdleWish(soft('chamber'), 'a dual-chamber case with a glass chamber')).toBe(false);
    expect(isIdleWish(soft('dual-chamber'), 'a dual-chamber case')).toBe(false);
  });

  it('drops what the product must fit or replace, a manner and a joining word read as a product to be like', () => {
    const likes = (text: string) => shown(text).filter((l) => l.startsWith('Like '));
    expect(likes('Find all offers for the Samsung tablet with the smallest screen, so that it fits in my handbag.')).toEqual([]);
    expect(likes('Find the cheapest offer for an air CPU cooler that fits the LGA1700 socket.')).toEqual([]);
    expect(likes('Find the cheapest offer for a replacement for the small 8cm fan at the back of my old office PC.')).toEqual([]);
    expect(likes('Find all offers for a headphone cable that is coiled like an old telephone cord.')).toEqual([]);
    expect(likes('Find all offers for orange straps that fit with the Apple Watch Series 6.')).toEqual([]);
    expect(likes('Find all offers for keyboards with the best visual fit and same color to this case.')).toEqual([]);
    expect(likes('Find the cheapest offer for a replacement laptop charger that fits most laptops.')).toEqual([]);
  });

  it('keeps a product the shopper wants the pick to be like', () => {
    expect(shown('running shoes like my old Brooks')).toContain('Like Brooks');
    expect(shown('headphones similar to the Sony WH-1000XM4')).toContain('Like Sony WH-1000XM4');
  });

  it('never drops a hard wish or one from the profile', () => {
    expect(isIdleWish({ ...soft('my'), hard: true }, 'my case')).toBe(false);
    expect(isIdleWish(soft('my', 'profile'), 'my case')).toBe(false);
    expect(isIdleWish(soft('my'), 'my case')).toBe(true);
  });
});

describe('withoutRestatedWords: a soft word a hard item already holds is printed once', () => {
  const hard = (text: string): ChecklistItem => ({ ...soft(text), hard: true });
  it('drops "low" and "profile" beside the hard "low profile", and keeps other wishes', () => {
    const kept = withoutRestatedWords([hard('low profile'), soft('low'), soft('profile'), soft('quiet'), soft('low', 'profile')]);
    expect(kept.map((i) => `${i.hard ? '!' : ''}${i.label}${i.origin === 'profile' ? ' (profile)' : ''}`)).toEqual(['!low profile', 'quiet', 'low (profile)']);
  });

  it('drops "lga1200 socket" beside the hard "Fits socket LGA1200", and keeps "front usb-c port" beside "USB-C"', () => {
    const kept = withoutRestatedWords([{ ...hard('LGA1200'), label: 'Fits socket LGA1200' }, hard('USB-C'), soft('lga1200 socket'), soft('front usb-c port')]);
    expect(kept.map((i) => i.label)).toEqual(['Fits socket LGA1200', 'USB-C', 'front usb-c port']);
  });
});

describe('withoutRestatedWords: an option or a maker a hard item holds is printed once', () => {
  it('drops "colour white" beside the hard "white", "size 12cm" beside "Size 12cm" and "Brand arctic" beside "Brand Arctic"', () => {
    const items: ChecklistItem[] = [
      { kind: 'brand-is', id: 'brand=Arctic', label: 'Brand Arctic', brand: 'Arctic', hard: true, origin: 'request' },
      { ...soft('white'), hard: true },
      { kind: 'measure', id: 'measure:cm=12', label: '12 cm', unit: 'cm', op: '=', value: 12, hard: true, origin: 'request' },
      { kind: 'option', id: 'option:colour=white', label: 'colour white', name: 'colour', value: 'white', hard: false, origin: 'request' },
      { kind: 'option', id: 'option:size=12cm', label: 'size 12cm', name: 'size', value: '12cm', hard: false, origin: 'request' },
      { kind: 'brand-is', id: 'brand=arctic', label: 'Brand arctic', brand: 'arctic', hard: false, origin: 'request' },
      { kind: 'option', id: 'option:colour=black', label: 'colour black', name: 'colour', value: 'black', hard: false, origin: 'request' },
    ];
    expect(withoutRestatedWords(items).map((i) => i.label)).toEqual(['Brand Arctic', 'white', '12 cm', 'colour black']);
  });
});

describe('isIdleWish: either way (round 50)', () => {
  it('drops a wish said with its opposite ("glass or no glass, I don\'t mind", "with or without RGB")', () => {
    const item = { kind: 'attribute-present' as const, id: 'present:glass', label: 'glass', text: 'glass', hard: false, origin: 'request' as const };
    expect(isIdleWish(item, 'a case from Acme; glass or no glass, I don\'t mind')).toBe(true);
    expect(isIdleWish({ ...item, text: 'RGB' }, 'fans with or without RGB')).toBe(true);
    expect(isIdleWish(item, 'a case with a glass side')).toBe(false);
  });
});


describe('withoutContradictedRefusals (session 28)', () => {
  it('drops a refusal of what a hard wish asks ("not the plain White TG" beside "Black/White TG"), keeps an edition refused by title', () => {
    const items: ChecklistItem[] = [
      { kind: 'attribute-present', id: 'present:white', label: 'white', text: 'white', hard: true, origin: 'request' },
      { kind: 'attribute-absent', id: 'absent:white', label: 'No white', text: 'white', hard: true, origin: 'request' },
      { kind: 'attribute-absent', id: 'absent:white tg', label: 'Not White TG', text: 'White TG', inTitle: true, hard: true, origin: 'request' },
    ];
    expect(withoutContradictedRefusals(items).map((i) => i.id)).toEqual(['present:white', 'absent:white tg']);
  });
});

describe('withoutRestatedWords: the kind of a material (session 34)', () => {
  it('drops the soft "tempered glass" beside a hard "glass front", and keeps it where nothing hard names glass', () => {
    const hard = (text: string): ChecklistItem => ({ ...soft(text), hard: true });
    const tempered: ChecklistItem = { ...soft('tempered glass'), name: 'material' } as ChecklistItem;
    expect(withoutRestatedWords([hard('glass front'), tempered]).map((i) => i.label)).toEqual(['glass front']);
    expect(withoutRestatedWords([hard('white'), tempered]).map((i) => i.label)).toEqual(['white', 'tempered glass']);
  });
});

describe('withoutRestatedWords: words held between hard items (session 37)', () => {
  it('drops the soft "intel lga1700 socket" beside a hard LGA1700 socket, an Intel socket saying Intel, and keeps it beside AM5', () => {
    const hard = (text: string): ChecklistItem => ({ ...soft(text), hard: true });
    expect(withoutRestatedWords([hard('Fits socket LGA1700'), hard('DDR4'), soft('intel lga1700 socket')]).map((i) => i.label)).toEqual(['Fits socket LGA1700', 'DDR4']);
    expect(withoutRestatedWords([hard('Fits socket AM5'), soft('intel lga1700 socket')]).map((i) => i.label)).toEqual(['Fits socket AM5', 'intel lga1700 socket']);
  });
});
