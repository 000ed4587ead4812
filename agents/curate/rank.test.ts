import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { compareCandidates, selectOffers, type Candidate } from './rank';
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

describe('selectOffers: superlatives over figures titles write their own way', () => {
  it('ranks by the newest version of the named standard, not by words', () => {
    const shape = classifyRequest('Find all offers for the USB Bluetooth adapter that supports the most recent Bluetooth version.');
    expect(shape.superlative).toEqual({ measure: 'version', direction: 'max', family: 'bluetooth' });
    const picks = selectOffers([ssd('Maker (USB-BT400) USB Bluetooth 4.0 Adapter', 16), ssd('Maker (USB-BT500) USB Bluetooth 5.0 Adapter, Backward Compatible', 22.99),
      ssd('Other BT 5.3 USB Dongle', 12), ssd('Maker Bluetooth & NFC Music Receiver', 21)], shape).picks;
    expect(picks.map((p) => p.offer.record.price)).toEqual([12]);
    expect(classifyRequest('Find the highest capacity version of the Maker T7 SSD.').superlative).toEqual({ measure: 'capacity', direction: 'max' });
  });

  it('says which version a left-out offer has, as the title writes it', () => {
    const shape = { ...classifyRequest('Find the adapter with the latest Bluetooth version.'), explainLeftOut: true };
    const { leftOut } = selectOffers([ssd('Maker Bluetooth 4.2 Adapter', 9), ssd('Maker Bluetooth 5.3 Adapter', 19)], shape);
    expect(leftOut.map((l) => l.reason)).toEqual(['bluetooth version 4.2 is not the highest (5.3)']);
  });

  it('ranks fans by their top RPM (the top of a range) for "the highest maximum speed"', () => {
    const shape = classifyRequest('Find all offers for the case fan with the highest maximum speed across all shops.');
    expect(shape.superlative).toEqual({ measure: 'speed', direction: 'max' });
    const picks = selectOffers([ssd('Maker P12 12cm PWM Case Fan, 300-2100 RPM', 6), ssd('Maker Silent R3 5cm Case Fan, 3500 RPM', 12.99),
      ssd('Maker Light Wings 12cm Case Fans (3 Pack), Up to 2500 RPM', 49.99), ssd('Maker 8cm Case Fan, Rifle Bearing', 5)], shape).picks;
    expect(picks.map((p) => p.offer.record.price)).toEqual([12.99]);
  });

  it('still ranks memory by its clock when most titles give one', () => {
    const shape = classifyRequest('Find all offers for the fastest DDR5 memory kit.');
    const picks = selectOffers([ssd('Maker 32GB DDR5 6000MHz Kit, RGB fans 2000 RPM', 99), ssd('Maker 32GB DDR5 6400MHz Kit', 129), ssd('Maker 16GB DDR5 5600MHz', 60)], shape).picks;
    expect(picks.map((p) => p.offer.record.price)).toEqual([129]);
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

describe('selectOffers: the cheapest of offers that all fail to show a hard figure', () => {
  const sized = (name: string, price: number, status: 'pass' | 'unknown'): Candidate => ({
    ...ssd(name, price),
    verdicts: [{ itemId: 'measure:gb>=128', kind: 'measure', label: 'At least 128 GB', hard: true, status, reason: status, decidedBy: 'rules' }],
  });
  const shape = classifyRequest('Find the cheapest offer for a USB flash drive with at least 128GB of storage.');

  it('picks none when no offer shows the figure, rather than guess', () => {
    const { picks, leftOut } = selectOffers([sized('Maker DVD Writer', 39.99, 'unknown')], shape);
    expect(picks).toEqual([]);
    expect(leftOut[0]!.reason).toMatch(/does not show At least 128 GB/);
  });

  it('picks the cheapest confirmed offer when one shows it', () => {
    const picks = selectOffers([sized('Maker DVD Writer', 39.99, 'unknown'), sized('Maker 128GB USB Flash Drive', 45, 'pass')], shape).picks;
    expect(picks.map((p) => p.offer.record.name)).toEqual(['Maker 128GB USB Flash Drive']);
  });
});

describe('selectOffers: the extreme of an attribute the request names', () => {
  it('keeps the processor with the most cores, and says the others\' counts', () => {
    const shape = { ...classifyRequest('Find all offers for the Intel processor with the highest core count across all shops.'), explainLeftOut: true };
    const { picks, leftOut } = selectOffers([ssd('Intel Core i7-13700K CPU, 1700, 16-Core, 125W', 389.99), ssd('Intel Core i9-10920X, 2066, 12-Core, 165W', 599),
      ssd('Intel 6 Core Xeon E-Series 2236 CPU', 299), ssd('Intel Processor 300 CPU, 1700, Dual Core, 46W', 99)], shape);
    expect(picks.map((p) => p.offer.record.price)).toEqual([389.99]);
    expect(leftOut.map((l) => l.reason)).toContain('core count 12 is not the highest (16)');
  });

  it('keeps the memory with the lowest CAS latency, leaving out boards that state none', () => {
    const shape = classifyRequest('Find all offers for the DDR5 memory with the lowest CAS latency available.');
    const picks = selectOffers([ssd('Maker 32GB Kit (2 x 16GB), DDR5, 6000MHz, CL30, 1.35V', 129.99), ssd('Maker 32GB Kit (2 x 16GB), DDR5, 6400MHz, CL32', 139.99),
      ssd('Maker 16GB, DDR5, 4800MHz, CL40', 49.99), ssd('Maker B650M, AM5, Micro ATX, 4 DDR5, HDMI', 99)], shape).picks;
    expect(picks.map((p) => p.offer.record.price)).toEqual([129.99]);
  });
});

describe('selectOffers: the cheapest of what the request describes', () => {
  const described = (name: string, price: number, curved: 'pass' | 'fail' | 'unknown', origin: 'request' | 'profile' = 'request'): Candidate => ({
    ...ssd(name, price),
    verdicts: [{ itemId: 'present:curved', kind: 'attribute-present', label: 'curved', hard: false, origin, status: curved, reason: curved, decidedBy: 'rules' }],
  });
  const shape = classifyRequest('Find the cheapest offer for a curved monitor with a screen of at least 27 inches.');

  it('leaves out a cheaper flat monitor when other offers say they are curved', () => {
    const { picks, leftOut } = selectOffers([described('Maker 27" Gaming Monitor', 199.99, 'unknown'), described('Maker 31.5 VA Monitor Curved', 299.99, 'pass')], shape);
    expect(picks.map((p) => p.offer.record.price)).toEqual([299.99]);
    expect(leftOut[0]!.reason).toMatch(/does not say "curved"/);
  });

  it('keeps the cheapest when no offer says the word, and when only the profile likes it', () => {
    expect(selectOffers([described('Maker 27" Monitor', 199.99, 'unknown'), described('Other 32" Monitor', 299.99, 'unknown')], shape).picks.map((p) => p.offer.record.price)).toEqual([199.99]);
    expect(selectOffers([described('Maker 27" Monitor', 199.99, 'fail', 'profile'), described('Other 32" Curved Monitor', 299.99, 'pass', 'profile')], shape).picks.map((p) => p.offer.record.price)).toEqual([199.99]);
  });
});

describe('selectOffers when no offer meets every hard wish', () => {
  const failing = (name: string, labels: string[]): Candidate => ({
    ...ssd(name, 50),
    verdicts: labels.map((label) => ({ itemId: label, kind: 'attribute-present' as const, label, hard: true, status: 'fail' as const, reason: 'not mentioned', decidedBy: 'rules' })),
  });

  it('shows those missing the same single wish as the closest, and says which wish they miss', () => {
    const shape = classifyRequest('Find all offers for Maker tablets with a pen holder.');
    const { picks, nearMisses } = selectOffers([failing('Maker Tab A', ['pen holder']), failing('Maker Tab B', ['pen holder']), failing('Maker Phone', ['pen holder', 'tablet'])], shape);
    expect(picks.map((p) => p.offer.record.name)).toEqual(['Maker Tab A', 'Maker Tab B']);
    expect(nearMisses).toBe('pen holder');
  });

  it('shows every offer missing only one wish when they miss different ones, and says which', () => {
    const { picks, nearMisses } = selectOffers([failing('Maker Tab A', ['pen holder']), failing('Maker Tab B', ['12-inch size']), failing('Maker Phone', ['pen holder', 'tablet'])], classifyRequest('Find all offers for Maker tablets with a pen holder.'));
    expect(picks.map((p) => p.offer.record.name).sort()).toEqual(['Maker Tab A', 'Maker Tab B']);
    expect(nearMisses).toBe('pen holder; 12-inch size');
  });

  it('shows nothing when every offer misses two wishes or more, or when the request fills a cart', () => {
    expect(selectOffers([failing('Maker Phone', ['pen holder', 'tablet']), failing('Other Phone', ['pen holder', 'Maker'])], classifyRequest('Find all offers for Maker tablets with a pen holder.')).picks).toEqual([]);
    expect(selectOffers([failing('Maker Tab A', ['pen holder'])], classifyRequest('Find all offers for the Maker Tab A and add them to the cart.')).picks).toEqual([]);
  });
});

describe('compareCandidates: ties', () => {
  it('orders equally good, equally priced offers by their page, not by which shop\'s address sorts first', () => {
    const at = (origin: string, slug: string): Candidate => ({ offer: { site: origin, productKey: slug, readInFull: false, record: product({ url: `${origin}/product/${slug}/`, name: slug, price: 599.99 }) }, verdicts: [] });
    // Local shops listen on ports that change from run to run: the same two offers must come out in one order.
    for (const [first, second] of [['http://127.0.0.1:40001', 'http://127.0.0.1:39999'], ['http://127.0.0.1:39999', 'http://127.0.0.1:40001']]) {
      const sorted = [at(first!, 'palit-rtx4070-super-jetstream-oc'), at(second!, 'palit-rtx4070-super-dual-oc')].sort(compareCandidates);
      expect(sorted.map((c) => c.offer.record.name)).toEqual(['palit-rtx4070-super-dual-oc', 'palit-rtx4070-super-jetstream-oc']);
    }
  });
});

describe('compareCandidates: ties between shops', () => {
  it('orders the same product\'s equal offers by shop, whatever port each local shop got this run', () => {
    const offer = (site: string, port: number): Candidate => ({
      offer: { site, productKey: 'card', readInFull: true, record: product({ url: `http://127.0.0.1:${port}/product/maker-card/`, name: 'Maker Card', price: 599.99 }) },
      verdicts: [],
    });
    for (const [p1, p3] of [[40000, 30000], [30000, 40000]] as const) {
      expect([offer('shop3', p3), offer('shop1', p1)].sort(compareCandidates).map((c) => c.offer.site)).toEqual(['shop1', 'shop3']);
    }
  });
});

describe('selectOffers: a best fit that contradicts a stated wish', () => {
  const v = (label: string, status: 'pass' | 'fail' | 'unknown', kind: Candidate['verdicts'][number]['kind'] = 'attribute-absent') =>
    ({ itemId: `${kind}:${label}`, kind, label, hard: false, origin: 'request' as const, status, reason: '', decidedBy: 'rules' as const });
  const offer = (name: string, verdicts: Candidate['verdicts']): Candidate => ({
    offer: { site: 'a', productKey: name, readInFull: true, record: product({ url: `http://a.test/${encodeURIComponent(name)}`, name, price: 100 }) },
    verdicts,
  });
  const fit = classifyRequest('Find all offers for a case that fits that description.');

  it('leaves out an offer whose page contradicts "No glass" where another may meet it', () => {
    const { picks, leftOut } = selectOffers([offer('Acme North Mesh Case', [v('No glass', 'unknown')]), offer('Acme North Glass Case', [v('No glass', 'fail')])], fit);
    expect(picks.map((p) => p.offer.record.name)).toEqual(['Acme North Mesh Case']);
    expect(leftOut[0]!.reason).toMatch(/contradicts "No glass"/);
  });

  it('keeps every offer when all contradict the wish (it may be misread), and never drops for a brand', () => {
    expect(selectOffers([offer('A Case', [v('No glass', 'fail')]), offer('B Case', [v('No glass', 'fail')])], fit).picks).toHaveLength(2);
    expect(selectOffers([offer('A Case', [v('Brand Acme', 'pass', 'brand-is')]), offer('B Case', [v('Brand Acme', 'fail', 'brand-is')])], fit).picks).toHaveLength(2);
  });
});
