import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { selectOffers, type Candidate } from './rank';
import { classifyRequest } from './request-shape';

const ssd = (name: string, price: number): Candidate => ({
  offer: { site: 'a', productKey: name, readInFull: false, record: product({ url: `http://a.test/${encodeURIComponent(name)}`, name, price }) },
  verdicts: [],
});

describe('selectOffers with floors from a quoted product', () => {
  it('keeps only picks at least as fast as the original, then the cheapest of those', () => {
    const shape = { ...classifyRequest('Find the cheapest alternative with at least the same speed for this product'), floors: [{ measure: 'read-speed' as const, value: 5000 }] };
    const { picks, leftOut } = selectOffers([ssd('Slow 1TB NVMe SSD, R/W 3500/2100 MB/s', 60), ssd('Fast 1TB NVMe SSD, R/W 7400/6500 MB/s', 99.99), ssd('Faster 1TB NVMe SSD, R/W 7450/6900 MB/s', 129), ssd('Mystery 1TB NVMe SSD', 50)], shape);
    expect(picks.map((p) => p.offer.record.name)).toEqual(['Fast 1TB NVMe SSD, R/W 7400/6500 MB/s']);
    expect(leftOut.map((l) => l.reason)).toEqual(expect.arrayContaining(['read-speed 3500 is below 5000', 'its read-speed is not shown']));
  });
});

describe('selectOffers with a superlative', () => {
  it('keeps the smallest capacity, and keeps everything when no title shows the figure', () => {
    const smallest = classifyRequest('Find all offers for the smallest available Maker NV9 model.');
    expect(smallest.superlative).toEqual({ measure: 'capacity', direction: 'min' });
    expect(selectOffers([ssd('Maker 1TB NV9 SSD', 99), ssd('Maker 250GB NV9 SSD', 39), ssd('Maker 250GB NV9 SSD, shop b', 41)], smallest).picks.map((p) => p.offer.record.price)).toEqual([39, 41]);
    expect(selectOffers([ssd('Maker Mini Case', 50), ssd('Maker Tower Case', 70)], classifyRequest('Find all offers for the smallest Maker case.')).picks).toHaveLength(2);
  });
});

describe('classifyRequest: uses that ask for the best of a measure', () => {
  it('reads a monitor for competitive e-sports as the highest refresh rate', () => {
    expect(classifyRequest('Find the cheapest offer for a gaming monitor which is suitable for competitive reaction-based e-sports gaming.').superlative)
      .toEqual({ measure: 'refresh-rate', direction: 'max' });
    expect(classifyRequest('Find the cheapest offer for a gaming mouse for competitive play.').superlative).toBeUndefined();
  });
});

describe('selectOffers for a personal best fit', () => {
  const v = (kind: Candidate['verdicts'][number]['kind'], status: 'pass' | 'fail' | 'unknown') =>
    ({ itemId: `${kind}:${status}`, kind, label: kind, hard: false, status, reason: '', decidedBy: 'rules' });
  const offer = (name: string, price: number, verdicts: Candidate['verdicts'], site = 'a'): Candidate => ({
    offer: { site, productKey: name, readInFull: false, record: product({ url: `http://${site}.test/${encodeURIComponent(name)}`, name, price }) },
    verdicts,
  });
  const names = (picks: Candidate[]) => picks.map((p) => `${p.offer.site}:${p.offer.record.name}`);
  const fit = classifyRequest('a keyboard');

  it('ranks within budget above over budget even when the over-budget one meets more likes, and avoided brands last', () => {
    const { picks } = selectOffers([
      offer('Pricey K1 Keyboard', 90, [v('price-at-most', 'fail'), v('attribute-present', 'pass'), v('brand-is', 'pass')]),
      offer('Avoided K2 Keyboard', 20, [v('price-at-most', 'pass'), v('brand-is-not', 'fail'), v('attribute-present', 'pass')]),
      offer('Plain K3 Keyboard', 30, [v('price-at-most', 'pass'), v('attribute-present', 'unknown')]),
    ], fit);
    expect(names(picks)).toEqual(['a:Plain K3 Keyboard', 'a:Pricey K1 Keyboard', 'a:Avoided K2 Keyboard']);
  });

  it('ranks a liked brand first among equal fits', () => {
    const { picks } = selectOffers([
      offer('Other K4 Keyboard', 20, [v('attribute-present', 'pass'), v('brand-is', 'unknown')]),
      offer('Liked K5 Keyboard', 30, [v('attribute-present', 'unknown'), v('brand-is', 'pass')]),
    ], fit);
    expect(names(picks)[0]).toBe('a:Liked K5 Keyboard');
  });

  it('shows different products before a second offer of the same one, among equal fits only', () => {
    const same = [v('attribute-present', 'pass')];
    const { picks } = selectOffers([
      offer('Acme K11 Wired Keyboard', 29.99, same, 'a'),
      offer('Acme K11 Wired Keyboard', 29.99, same, 'b'),
      offer('Other T50 Wired Keyboard', 39.99, same, 'a'),
      offer('Worse Z9 Keyboard', 9.99, [v('attribute-present', 'fail')], 'a'),
    ], fit);
    expect(names(picks)).toEqual(['a:Acme K11 Wired Keyboard', 'a:Other T50 Wired Keyboard', 'b:Acme K11 Wired Keyboard', 'a:Worse Z9 Keyboard']);
  });
});
