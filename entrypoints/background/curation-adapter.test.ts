import { describe, expect, it } from 'vitest';
import { FakeSiteVisitorTestDouble } from '../../agents/curate/fake-visitor.test-double';
import type { ParsedRequest } from '../../agents/intents/types';
import type { StoredSite } from '../../agents/store/types';
import { curateForRun } from './curation-adapter';

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
    const gone = { label: 'WebLLM', judgeFreeText: () => Promise.reject(new Error('no Tastebud side panel is open to run the model')), rewriteQuery: () => Promise.reject(new Error('unused')) };
    const result = await run({ model: gone });
    expect(result.picks.map((p) => p.url)).toEqual(['http://a.test/product/lamp/']);
    expect(result.notes).toContainEqual(expect.stringMatching(/WebLLM could not help with this run \(no Tastebud side panel is open/));
  });
});
