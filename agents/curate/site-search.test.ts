import { describe, expect, it } from 'vitest';
import { fakeCard as card, fakeShopRef as ref, FakeSiteVisitorTestDouble } from './fake-visitor.test-double';
import { searchSite } from './site-search';

const shop = { ref: ref('a'), cards: [card('a', 'kit', 'Acme ARGB Fan Expansion Kit', 30), card('a', 'fan', 'Bolt ARGB Case Fan', 16)] };
const context = (visitor: FakeSiteVisitorTestDouble, accepts?: (c: { name: string }) => boolean) =>
  ({ visitor, signal: new AbortController().signal, seen: new Set<string>(), maxPages: 2, accepts });

describe('searchSite: relaxing a plan', () => {
  it('stops at the first query that finds anything when nothing says which cards are wanted', async () => {
    const visitor = new FakeSiteVisitorTestDouble([shop]);
    const found = await searchSite(shop.ref, [['argb fan expansion', 'argb fan']], context(visitor));
    expect(found.queries).toEqual(['argb fan expansion']);
  });

  it('goes on to the broader query when every card the first one found is not what was asked', async () => {
    const visitor = new FakeSiteVisitorTestDouble([shop]);
    const found = await searchSite(shop.ref, [['argb fan expansion', 'argb fan']], context(visitor, (c) => !/kit/i.test(c.name)));
    expect(found.queries).toEqual(['argb fan expansion', 'argb fan']);
    expect(found.cards.map((c) => c.name)).toContain('Bolt ARGB Case Fan');
    expect(found.foundBy.get('http://a.test/product/kit/')).toBe('argb fan expansion');
  });
});

describe('searchSite: one plan per named product', () => {
  const drives = { ref: ref('d'), cards: [card('d', 'big', 'Acme Zen SSD 1TB', 80), card('d', 'small', 'Acme Zen 2.5" 250 GB', 30)] };
  const plans = [['acme zen ssd 1 terabyte', 'acme zen ssd', 'acme zen'], ['acme zen ssd 250gb', 'acme zen ssd', 'acme zen']];
  const accepting = (size: RegExp) => (c: { name: string }) => size.test(c.name);

  it('goes on relaxing the second product\'s plan when the query both share found only the first product', async () => {
    const visitor = new FakeSiteVisitorTestDouble([drives]);
    const ctx = { ...context(visitor), acceptsForPlan: (plan: number) => accepting(plan === 0 ? /1TB/ : /250\s?GB/) };
    const found = await searchSite(drives.ref, plans, ctx);
    expect(found.cards.map((c) => c.name)).toEqual(['Acme Zen SSD 1TB', 'Acme Zen 2.5" 250 GB']);
    expect(found.queries).toEqual(['acme zen ssd 1 terabyte', 'acme zen ssd', 'acme zen ssd 250gb', 'acme zen']);
  });

  it('stops the second plan at a shared query as before when no check per product is given', async () => {
    const visitor = new FakeSiteVisitorTestDouble([drives]);
    const found = await searchSite(drives.ref, plans, context(visitor));
    expect(found.cards.map((c) => c.name)).toEqual(['Acme Zen SSD 1TB']);
  });
});
