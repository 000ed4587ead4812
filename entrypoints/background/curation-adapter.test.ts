import { describe, expect, it } from 'vitest';
import { FakeSiteVisitorTestDouble } from '../../agents/curate/fake-visitor.test-double';
import type { ParsedRequest } from '../../agents/intents/types';
import type { StoredSite } from '../../agents/store/types';
import { product } from '../../agents/checklist/fixtures';
import { curateForRun, oneLinePerWish } from './curation-adapter';

const site = { id: 'a', name: 'Lamp Shop', baseUrl: 'http://a.test', kind: 'shop', enabled: true } as StoredSite;
const cards = [{ url: 'http://a.test/product/lamp/', name: 'Brass Desk Lamp LED', price: 50 }];
const parsed: ParsedRequest = {
  text: 'Find a desk lamp that is well reviewed', kind: 'shopping', engine: 'rules', notes: [],
  intents: [{ domain: 'shopping', category: 'rating', role: 'wanted', text: 'well reviewed', source: 'rules' }],
};
const profile = { likes: [], dislikes: [], brandsLiked: [], brandsAvoided: [], sizes: {} };
const run = (modelAssist?: Parameters<typeof curateForRun>[0]['modelAssist']) => curateForRun({
  parsed, sites: [site], visitor: new FakeSiteVisitorTestDouble([{ ref: site, cards }]), profile: profile as never, maxPicks: 3,
  signal: new AbortController().signal, onProgress: () => undefined, modelAssist,
});

describe('a run\'s notes about free-text wishes', () => {
  it('with the model-free engine, names the wishes no model judged and what would change that', async () => {
    const result = await run();
    expect(result.picks[0]!.verdicts.find((v) => v.label.startsWith('well reviewed'))).toMatchObject({ verdict: 'unknown' });
    expect(result.notes).toContainEqual(expect.stringMatching(/No model judged "well reviewed".*Options → Engine/));
  });

  it('with a model that cannot be reached, says so and keeps the rules\' answer', async () => {
    const gone = { label: 'WebLLM', judgeFreeText: () => Promise.reject(new Error('no Tastebud side panel is open to run the model')), rewriteQuery: () => Promise.reject(new Error('unused')), pageWords: () => Promise.reject(new Error('unused')), readRequest: () => Promise.reject(new Error('no Tastebud side panel is open to run the model')) };
    const result = await run({ model: gone });
    expect(result.picks.map((p) => p.url)).toEqual(['http://a.test/product/lamp/']);
    expect(result.notes).toContainEqual(expect.stringMatching(/WebLLM could not help with this run \(no Tastebud side panel is open/));
  });
});

describe('a request that quotes a product', () => {
  const shopA = { id: 'a', name: 'Shop A', baseUrl: 'http://a.test', kind: 'shop', enabled: true } as StoredSite;
  const shopB = { id: 'b', name: 'Shop B', baseUrl: 'http://b.test', kind: 'shop', enabled: true } as StoredSite;
  const quoted = 'http://b.test/product/hdmi-3/';
  const cable = 'Hama High Speed HDMI Cable, 3 Metres, Supports 4K';
  const visitor = () => new FakeSiteVisitorTestDouble(
    [{ ref: shopA, cards: [{ url: 'http://a.test/product/hdmi-3/', name: cable, price: 7.99 }] }, { ref: shopB, cards: [{ url: quoted, name: cable, price: 19.99 }] }],
    { [quoted]: { kind: 'product', product: product({ url: quoted, name: cable, price: 19.99, currency: 'EUR', images: ['http://b.test/hdmi.jpg'] }) } },
  );
  const ask = (text: string) => curateForRun({
    parsed: { text, kind: 'shopping', engine: 'rules', notes: [], intents: [] }, sites: [shopA, shopB], visitor: visitor(), profile: profile as never,
    maxPicks: 3, signal: new AbortController().signal, onProgress: () => undefined,
  });

  it('stores the quoted product with its shop and price apart from the picks, and marks the picks as its alternatives', async () => {
    const result = await ask(`Find the cheapest alternative for this item: ${quoted} .`);
    expect(result.references).toEqual([expect.objectContaining({ url: quoted, title: cable, siteName: 'Shop B', price: 19.99, currency: 'EUR', image: 'http://b.test/hdmi.jpg', verdicts: [] })]);
    expect(result.picks.map((p) => p.url)).toEqual(['http://a.test/product/hdmi-3/']);
    expect(result.alternativesToReference).toBe(true);
  });

  it('keeps the quoted product for a compatible request, without price comparisons', async () => {
    const result = await ask(`Find a DisplayPort cable that works with this cable: ${quoted}`);
    expect(result.references.map((r) => r.url)).toEqual([quoted]);
    expect(result.alternativesToReference).toBe(false);
  });

  it('has no reference when the request quotes nothing', async () => {
    const result = await ask('Find all offers for the Hama High Speed HDMI Cable');
    expect(result.references).toEqual([]);
    expect(result.alternativesToReference).toBe(false);
  });
});

describe('a shopping run that finds nothing', () => {
  it('says what the shops were searched for, once, instead of a generic "nothing matched"', async () => {
    const result = await curateForRun({
      parsed: { text: 'Find a garden hose', kind: 'shopping', engine: 'rules', notes: [], intents: [] }, sites: [site],
      visitor: new FakeSiteVisitorTestDouble([{ ref: site, cards }]), profile: profile as never, maxPicks: 3,
      signal: new AbortController().signal, onProgress: () => undefined,
    });
    expect(result.picks).toEqual([]);
    expect(result.emptyMessage).toMatch(/No shop listed anything that fits for "garden hose".*Try naming the product/);
    expect(result.notes.join(' ')).not.toMatch(/No shop listed/);
  });
});

describe('a card\'s marks', () => {
  it('show a wish checked two ways once, marked by the worse check', () => {
    const v = (label: string, verdict: 'pass' | 'fail' | 'unknown') => ({ label, verdict, decidedBy: 'rules' });
    expect(oneLinePerWish([v('Not eminem', 'pass'), v('Upbeat', 'pass'), v('Not eminem', 'fail')])).toEqual([v('Not eminem', 'fail'), v('Upbeat', 'pass')]);
    expect(oneLinePerWish([v('Not eminem', 'unknown'), v('Not eminem', 'pass')])).toEqual([v('Not eminem', 'unknown')]);
  });
});
