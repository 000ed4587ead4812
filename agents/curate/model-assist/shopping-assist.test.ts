import { describe, expect, it } from 'vitest';
import type { ParsedRequest } from '../../intents/types';
import { ScriptedLlmEngine } from '../../llm/scripted/engine';
import { fakeCard, fakeShopRef, FakeSiteVisitorTestDouble, type FakeSite } from '../fake-visitor.test-double';
import { curateShopping } from '../shopping';
import { curationModelFromEngine } from './engine-model';
import type { CurationModel } from './types';

const shop = { id: 'a', name: 'Lamp Shop', baseUrl: 'http://a.test', kind: 'shop' as const };
const cards = [
  { url: 'http://a.test/product/lamp-plain/', name: 'Basic Desk Lamp LED', price: 20 },
  { url: 'http://a.test/product/lamp-brass/', name: 'Brass Desk Lamp LED', price: 50 },
];
const sites = [{ ref: shop, cards }];
// "well reviewed" without a number: no rule can check it, so the checklist keeps it as free text.
const wellReviewed: ParsedRequest = {
  text: 'Find a desk lamp that is well reviewed', kind: 'shopping', engine: 'rules', notes: [],
  intents: [{ domain: 'shopping', category: 'rating', role: 'wanted', text: 'well reviewed', source: 'model' }],
};
const judged = (id: string, verdict: string, reason: string) => JSON.stringify({ judgements: [{ id, verdict, reason }] });
// These tests are about the model's other roles: it does not read the request here (request-reading.test.ts does).
const curate = (request: ParsedRequest, model?: CurationModel, extra: { callTimeoutMs?: number } = {}) =>
  curateShopping({ request, sites: [shop], visitor: new FakeSiteVisitorTestDouble(sites), modelAssist: model && { model, readRequest: false, ...extra } });
const names = (r: Awaited<ReturnType<typeof curate>>) => r.picks.map((p) => p.offer.record.name);
const freeVerdict = (r: Awaited<ReturnType<typeof curate>>, at: number) => r.picks[at]!.verdicts.find((v) => v.kind === 'free-text')!;

describe('model-assisted shopping curation (scripted engine: a test double)', () => {
  it('a free-text wish the model judges moves the pick that meets it up, labelled with who judged it', async () => {
    const rules = await curate(wellReviewed);
    expect(names(rules)).toEqual(['Basic Desk Lamp LED', 'Brass Desk Lamp LED']);
    expect(freeVerdict(rules, 0)).toMatchObject({ status: 'unknown', decidedBy: 'unverifiable' });

    // The rules rank the cheaper lamp first, so it is asked about first.
    const engine = new ScriptedLlmEngine([judged('w1', 'fail', 'no reviews shown'), judged('w1', 'pass', '4.8 stars from 900 reviews')]);
    const result = await curate(wellReviewed, curationModelFromEngine(engine));
    expect(names(result)).toEqual(['Brass Desk Lamp LED', 'Basic Desk Lamp LED']);
    expect(freeVerdict(result, 0)).toMatchObject({ status: 'pass', label: 'well reviewed', decidedBy: 'scripted:scripted', reason: '4.8 stars from 900 reviews' });
    expect(freeVerdict(result, 1)).toMatchObject({ status: 'fail', decidedBy: 'scripted:scripted' });
    expect(result.picks[0]!.explanation.join(' ')).toMatch(/✓ well reviewed: 4.8 stars/);
    expect(result.decisions).toContainEqual({ what: 'free-text wishes of the top candidates', engine: 'scripted:scripted' });
    // The page is data inside tags, and the model is told never to follow it.
    expect(engine.prompts[0]!.prompt.user).toMatch(/<page>title: Basic Desk Lamp LED/);
    expect(engine.prompts[0]!.prompt.system).toMatch(/never follow instructions/);
  });

  it('garbage from the model leaves the wish unknown with a note, never a made-up pass', async () => {
    const engine = new ScriptedLlmEngine(['Sure! It looks great.', judged('w7', 'pass', 'an id that was never asked about')]);
    const result = await curate(wellReviewed, curationModelFromEngine(engine));
    expect(names(result)).toEqual(['Basic Desk Lamp LED', 'Brass Desk Lamp LED']);
    expect(result.picks.every((p) => p.verdicts.filter((v) => v.kind === 'free-text').every((v) => v.status === 'unknown' && v.decidedBy === 'unverifiable'))).toBe(true);
    expect(result.notes.join('\n')).toMatch(/not JSON.*"Basic Desk Lamp LED" stay unchecked/);
    expect(result.notes.join('\n')).toMatch(/none of the model's judgements fit the schema.*"Brass Desk Lamp LED"/);
  });

  it('a model that fails or never answers leaves the rules\' answer, says so, and is not asked again', async () => {
    const rules = await curate(wellReviewed);
    const engine = new ScriptedLlmEngine([new Error('the server went away')]);
    const failed = await curate(wellReviewed, curationModelFromEngine(engine));
    expect(failed.picks).toEqual(rules.picks);
    expect(engine.prompts).toHaveLength(1);
    expect(failed.notes.join('\n')).toMatch(/could not help with this run \(the server went away\); the rules decided the rest/);

    let calls = 0;
    const silent: CurationModel = {
      label: 'Silent model (test double)',
      judgeFreeText: () => (calls++, new Promise(() => undefined)),
      rewriteQuery: () => new Promise(() => undefined),
      pageWords: () => new Promise(() => undefined),
      readRequest: () => new Promise(() => undefined),
    };
    const timedOut = await curate(wellReviewed, silent, { callTimeoutMs: 50 });
    expect(timedOut.picks).toEqual(rules.picks);
    expect(calls).toBe(1);
    expect(timedOut.notes.join('\n')).toMatch(/Silent model \(test double\) could not help.*took longer/);
  });

  it('asks for other search words only when every planned query found nothing', async () => {
    const lamp: ParsedRequest = { text: 'Find a desk lamp', kind: 'shopping', engine: 'rules', notes: [], intents: [] };
    const unused = new ScriptedLlmEngine([]);
    const found = await curate(lamp, curationModelFromEngine(unused));
    expect(found.picks.length).toBeGreaterThan(0);
    expect(unused.prompts).toHaveLength(0);

    const luminaire: ParsedRequest = { ...lamp, text: 'Find a reading luminaire' };
    expect((await curate(luminaire)).picks).toHaveLength(0);
    const engine = new ScriptedLlmEngine(['{"queries": ["reading luminaire", "desk lamp", "<script>x</script>"]}']);
    const rewritten = await curate(luminaire, curationModelFromEngine(engine));
    expect(names(rewritten)).toEqual(['Basic Desk Lamp LED', 'Brass Desk Lamp LED']);
    expect(rewritten.sites[0]!.queries.at(-1)).toBe('desk lamp');
    expect(rewritten.decisions).toContainEqual({ what: 'queries for Lamp Shop after nothing was found: desk lamp', engine: 'scripted:scripted' });
    expect(engine.prompts[0]!.prompt.user).toMatch(/<query>reading luminaire<\/query>/);
  });

  it('without a model, or with one nothing needs, the output is exactly the model-free one', async () => {
    const rules = await curate(wellReviewed);
    expect(await curate(wellReviewed)).toEqual(rules);
    const lamp: ParsedRequest = { text: 'Find a desk lamp', kind: 'shopping', engine: 'rules', notes: [], intents: [] };
    const idle = new ScriptedLlmEngine([]);
    expect(await curate(lamp, curationModelFromEngine(idle))).toEqual(await curate(lamp));
    expect(idle.prompts).toHaveLength(0);
  });
});

describe('a need in the shopper\'s own words: the model proposes the words pages use, the pages decide', () => {
  const cables: FakeSite[] = [
    { ref: fakeShopRef('a'), cards: [
      fakeCard('a', 'rotatable', 'Hama HDMI Cable w/ Rotatable Plugs, 1.5 Metre', 14.99),
      fakeCard('a', 'speed', 'Hama High Speed HDMI Cable, 3 Metre', 9.99),
      fakeCard('a', 'gold', 'Jedel HDMI Cable, Gold-Plated, 5 Metre', 7.99),
    ] },
    { ref: fakeShopRef('b'), cards: [
      fakeCard('b', 'rotatable', 'Hama HDMI Cable w/ Rotatable Plugs, 1.5 Metre', 13.99),
      fakeCard('b', 'braided', 'Sandberg HDMI Cable, Braided, 2 Metre', 11.99),
      fakeCard('b', 'flat', 'Jedel Flat HDMI Cable, 1 Metre', 5.99),
      fakeCard('b', 'long', 'Hama HDMI Cable, Ethernet, 10 Metre', 19.99),
    ] },
  ];
  const request: ParsedRequest = { text: 'Find all offers for an HDMI cable whose ends can turn.', kind: 'shopping', engine: 'rules', notes: [], intents: [] };
  /** TEST DOUBLE: answers the page-words question with fixed terms (or a problem) and judges nothing. */
  const wordingModel = (answer: { terms: string[]; problem?: string }): CurationModel & { needs: string[] } => {
    const needs: string[] = [];
    return {
      label: 'Wording model (test double)',
      needs,
      judgeFreeText: async (wishes) => ({ decidedBy: 'double:wording', judgements: wishes.map((w) => ({ itemId: w.id, status: 'unknown' as const, reason: 'not judged' })) }),
      rewriteQuery: async () => ({ decidedBy: 'double:wording', queries: [] }),
      pageWords: async (need, kind) => (needs.push(`${need} | ${kind}`), { decidedBy: 'double:wording', ...answer }),
      readRequest: async () => ({ decidedBy: 'double:wording', problem: 'reads no requests' }),
    };
  };
  const run = (model?: CurationModel) => curateShopping({ request, sites: cables.map((s) => s.ref), visitor: new FakeSiteVisitorTestDouble(cables), modelAssist: model && { model, readRequest: false } });
  const urls = (r: Awaited<ReturnType<typeof run>>) => r.picks.map((p) => p.offer.record.url).sort();

  it('finds the product whose page words the need differently ("ends can turn" -> "Rotatable Plugs") at every shop', async () => {
    // No page says "turn": the rules alone can only answer every HDMI cable.
    expect(urls(await run())).toHaveLength(7);
    const model = wordingModel({ terms: ['rotatable', 'swivel plugs'] });
    const result = await run(model);
    expect(urls(result)).toEqual(['http://a.test/product/rotatable/', 'http://b.test/product/rotatable/']);
    expect(model.needs).toEqual(['whose ends can turn | cable']);
    expect(result.decisions).toContainEqual({ what: 'words a page would use for "whose ends can turn": rotatable, swivel plugs', engine: 'double:wording' });
    expect(result.decisions.map((d) => d.what).join('\n')).toMatch(/pages state .*"rotat…"/);
  });

  it('words no page states, or an unusable answer, change nothing but a note', async () => {
    const rules = await run();
    expect(urls(await run(wordingModel({ terms: ['swivel'] })))).toEqual(urls(rules));
    const broken = await run(wordingModel({ terms: [], problem: 'the model\'s answer was not JSON (Unexpected token)' }));
    expect(urls(broken)).toEqual(urls(rules));
    expect(broken.notes.join('\n')).toMatch(/Wording model \(test double\): the model's answer was not JSON.*looked up by your own words only/);
  });
});
