import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import type { Candidate } from './rank';
import { keepSeries, seriesOf, seriesTier } from './series';

const phone = (name: string, price: number): Candidate => ({
  offer: { site: 'a', productKey: name, readInFull: false, record: product({ url: `http://a.test/${encodeURIComponent(name)}`, name, price }) },
  verdicts: [],
});

describe('budget and premium series', () => {
  it('reads the tier only when the request speaks of a series', () => {
    expect(seriesTier("cheapest offer for each model of the maker's budget-friendly phone series")).toBe('budget');
    expect(seriesTier('the flagship line of tablets')).toBe('premium');
    expect(seriesTier('a budget phone')).toBeUndefined();
  });

  it('names a series by the letters of its model number', () => {
    expect(seriesOf('Smartphone Maker Galaxy A25 5G 6/128GB Yellow')).toBe('a');
    expect(seriesOf('Maker Galaxy S24+ 5G 12/256GB')).toBe('s');
  });

  it('keeps the series with the lowest median price, and says why the others were left out', () => {
    const dropped: string[] = [];
    const kept = keepSeries([phone('Maker X15 128GB', 150), phone('Maker X25 128GB', 210), phone('Maker Q23 256GB', 650), phone('Maker Q24 256GB', 120)], 'budget', (c, r) => dropped.push(`${c.offer.record.name}: ${r}`));
    expect(kept.map((c) => c.offer.record.name)).toEqual(['Maker X15 128GB', 'Maker X25 128GB']);
    expect(dropped.join('\n')).toMatch(/Maker Q24 256GB: not in the budget series \(X/);
  });
});
