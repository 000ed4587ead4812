import { describe, expect, it } from 'vitest';
import type { ListingCard } from '../page/types';
import { cardMatcher, driveSize, fitsBesideQuoted, makerWords, namesKindAsked } from './card-match';

const card = (name: string): ListingCard => ({ url: `http://shop.test/${encodeURIComponent(name)}`, name, price: 100 });

describe('cardMatcher for a maker\'s described kind', () => {
  it('takes the maker and line words before the first kind or describing word, none when they are the whole subject', () => {
    expect(makerWords('Xbox gaming console')).toBe('Xbox');
    expect(makerWords('Fractal Design PC Gaming Cases')).toBe('Fractal Design');
    expect(makerWords('new Xbox gaming console')).toBe('Xbox');
    expect(makerWords('Corsair 3000D')).toBeUndefined();
    expect(makerWords('gaming console')).toBeUndefined();
  });

  it('keeps a console found by the maker\'s name alone although its title omits the kind words, but not another kind', () => {
    const bundle = card('Microsoft Xbox Series S + Game Pass Ultimate Bundel | White');
    const pad = card('Microsoft Xbox Wireless Controller, Carbon Black');
    const found = { cards: [bundle, pad], foundBy: new Map([[bundle.url, 'Xbox'], [pad.url, 'Xbox']]) };
    const matches = cardMatcher('fit', ['Xbox gaming console'], found);
    expect(matches(bundle)).toBe(true);
    expect(matches(pad)).toBe(false);
  });

  it('still wants the subject\'s words when the card was found by a query that dropped the line name', () => {
    const other = card('Bose QuietComfort 45 Noise-Canceling Wireless Over-Ear Headphones');
    const found = { cards: [other], foundBy: new Map([[other.url, 'Bose']]) };
    expect(cardMatcher('fit', ['Bose Quietcomfort Ultra Headphones'], found)(other)).toBe(false);
  });
});

describe('cardMatcher for a request about a quoted product', () => {
  const camera = 'Acme EOS Z50 Mirrorless Vlogging Camera (Body Only/Black), RF Mount, 24.2 MP';
  const caddy = 'Acme ED600 2.5" SATA Drive Caddy, USB 3.2 Gen1, USB Powered';

  it('keeps lenses for a quoted camera, not the camera\'s siblings sold with a lens', () => {
    expect(fitsBesideQuoted('Acme EOS Z5, RF 24-105mm f/4L IS USM', 'lenses', camera)).toBe(false);
    expect(fitsBesideQuoted('Acme EOS Z50 with RF-S 18-45mm', 'lenses', camera)).toBe(false);
    expect(fitsBesideQuoted('Acme RF-S 55-210 mm f / 5-7.1 IS Lentille STM', 'lenses', camera)).toBe(true);
    const kit = card('Acme EOS Z5, RF 24-105mm f/4L IS USM');
    const lens = card('Acme RF-S 55-210 mm f / 5-7.1 IS Lentille STM');
    const found = { cards: [kit, lens], foundBy: new Map([[kit.url, 'lens'], [lens.url, 'lens']]) };
    expect([kit, lens].filter(cardMatcher('compatible', ['lenses'], found, { quoted: camera }))).toEqual([lens]);
  });

  it('keeps drives that go inside a quoted caddy: its size, not an external drive in its own case', () => {
    expect(fitsBesideQuoted('Acme 2.5", 1TB, SATA3, Blue Mobile Hard Drive, 5400RPM', 'hard drives', caddy)).toBe(true);
    expect(fitsBesideQuoted('Acme 3.5", 2TB, SATA3, Purple Surveillance Hard Drive', 'hard drives', caddy)).toBe(false);
    expect(fitsBesideQuoted('Acme 1TB My Passport External Hard Drive, 2.5", USB 3.2', 'hard drives', caddy)).toBe(false);
    expect(driveSize(caddy)).toBe('2.5');
  });

  it('drops a card failing a wish its title decides, and knows which titles name the kind asked', () => {
    const pack = card('Acme 12cm ARGB Case Fans x3');
    const found = { cards: [pack], foundBy: new Map([[pack.url, 'ARGB case fan']]) };
    const single = { id: 'pack:1', label: 'One item', met: (title: string) => !/x3/.test(title) };
    expect(cardMatcher('fit', ['12cm ARGB case fan'], found)(pack)).toBe(true);
    expect(cardMatcher('fit', ['12cm ARGB case fan'], found, { wishes: [single] })(pack)).toBe(false);
    expect(namesKindAsked('Acme EOS Z50 with RF-S 18-45mm', ['network switch'])).toBe(false);
    expect(namesKindAsked('Acme 8-Port Gigabit Desktop Switch', ['network switch'])).toBe(true);
  });
});
