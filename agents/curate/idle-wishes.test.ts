import { describe, expect, it } from 'vitest';
import { buildChecklist } from '../checklist/build';
import type { ChecklistItem } from '../checklist/types';
import { extractIntents } from '../intents';
import { isIdleWish } from './idle-wishes';

/** The soft wishes the extractor reads from a request, as the shopping agent softens them. */
function softWishes(text: string): ChecklistItem[] {
  return buildChecklist({ ...extractIntents(text), kind: 'shopping' }).map((i) => ({ ...i, hard: false }));
}
const shown = (text: string) => softWishes(text).filter((i) => !isIdleWish(i, text)).map((i) => i.label);
const soft = (text: string, origin: 'request' | 'profile' = 'request'): ChecklistItem => ({ kind: 'attribute-present', id: `present:${text}`, label: text, text, hard: false, origin });

describe('isIdleWish: words that ask for nothing a product page shows are not printed under every pick', () => {
  it('drops the shopper\'s own device read as a wanted brand, and keeps the cable', () => {
    const text = 'Find the cheapest offer for a cable to charge my iPhone from my old charger.';
    expect(softWishes(text).map((i) => i.label)).toContain('Brand iphone');
    expect(shown(text)).not.toContain('Brand iphone');
    expect(shown(text)).toContain('a cable');
  });

  it('drops a size named without a figure, a thing said as "one drive", and a generic "something"', () => {
    expect(shown('Find the cheapest alternative with the same radiator size for this liquid CPU cooler')).not.toContain('size radiator');
    expect(shown('Find all offers for the NVMe SSD with the largest capacity, so that my whole game library fits on one drive.')).toEqual(['NVMe SSD']);
    expect(shown('Find the cheapest offer for something that lets me plug a normal HDMI cable into the mini HDMI socket')).not.toContain('something');
    // "fits into" is no product to be like.
    expect(shown('Find all offers for a caddy that it fits into.')).not.toContain('Like into');
  });

  it('keeps sizes and brands a shopper does ask for', () => {
    expect(shown('Find all offers for an XL black hoodie in size M')).toEqual(expect.arrayContaining(['size xl', 'size m']));
    expect(shown('Find all offers for Asus motherboards for my PC')).toContain('Brand asus');
  });

  it('drops a piece of a hyphenated word, but not the same word said on its own', () => {
    expect(isIdleWish(soft('e'), 'E-ATX cases')).toBe(true);
    expect(isIdleWish(soft('chamber'), 'a dual-chamber case')).toBe(true);
    expect(isIdleWish(soft('chamber'), 'a dual-chamber case with a glass chamber')).toBe(false);
    expect(isIdleWish(soft('dual-chamber'), 'a dual-chamber case')).toBe(false);
  });

  it('never drops a hard wish or one from the profile', () => {
    expect(isIdleWish({ ...soft('my'), hard: true }, 'my case')).toBe(false);
    expect(isIdleWish(soft('my', 'profile'), 'my case')).toBe(false);
    expect(isIdleWish(soft('my'), 'my case')).toBe(true);
  });
});
