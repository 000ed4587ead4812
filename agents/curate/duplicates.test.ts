import { describe, expect, it } from 'vitest';
import { mergeSameShopDuplicates } from './duplicates';
import type { Candidate } from './rank';

const candidate = (site: string, slug: string, name: string, price: number): Candidate => ({
  offer: { site, productKey: name, readInFull: false, record: { url: `http://${site}.test/product/${slug}/`, name, price, images: [], categories: [], specs: {}, options: {}, sources: {}, confidence: 0.5 } },
  verdicts: [],
});

describe('mergeSameShopDuplicates', () => {
  it('keeps one listing of an offer a shop lists twice, the original, and every other shop\'s offer', () => {
    const merged = mergeSameShopDuplicates([
      candidate('a', 'usb-cable-1-metre-2', 'USB Cable, 1 Metre', 4.99),
      candidate('a', 'usb-cable-1-metre', 'USB Cable, 1 Metre', 4.99),
      candidate('b', 'usb-cable-1-metre', 'USB Cable, 1 Metre', 4.99),
    ], true);
    expect(merged.map((c) => c.offer.record.url)).toEqual(['http://a.test/product/usb-cable-1-metre/', 'http://b.test/product/usb-cable-1-metre/']);
  });

  it('when the price decides, keeps both listings of one title at two prices so the cheaper can win', () => {
    const listings = [candidate('a', 'x', 'USB Cable', 5.99), candidate('a', 'x-2', 'USB Cable', 4.99)];
    expect(mergeSameShopDuplicates(listings, true)).toHaveLength(2);
    expect(mergeSameShopDuplicates(listings, false).map((c) => c.offer.record.url)).toEqual(['http://a.test/product/x/']);
  });
});
