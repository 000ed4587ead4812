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
