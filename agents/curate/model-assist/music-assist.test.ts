import { describe, expect, it } from 'vitest';
import { track } from '../../checklist/fixtures';
import type { ParsedRequest } from '../../intents/types';
import type { PageReading } from '../../page/types';
import { FakeSiteVisitorTestDouble } from '../fake-visitor.test-double';
import { curateMusic } from '../music';
import type { CurationModel } from './types';

const tunes = { id: 'tunes', name: 'Tunes', baseUrl: 'http://tunes.test', kind: 'music' as const };
const tracks = [1, 2, 3, 4].map((n) => track({ url: `http://tunes.test/track/${n}`, title: `Song ${n}`, artist: n % 2 ? 'College' : 'Kavinsky', genres: ['Electronic'], styles: ['Synthwave'], features: { energy: 0.5 + n / 10 } }));
const pages: Record<string, PageReading> = Object.fromEntries(tracks.map((t) => [t.url, { kind: 'track', track: t }]));
const cards = tracks.map((t) => ({ url: t.url, name: `${t.artist} ${t.title} Electronic Synthwave` }));
// A song named without its artist: no rule can check "sounds like the Drive soundtrack".
const request: ParsedRequest = {
  text: 'synthwave that sounds like the Drive soundtrack', kind: 'music', engine: 'rules', notes: [],
  intents: [
    { domain: 'music', category: 'genre', role: 'wanted', text: 'synthwave', source: 'rules' },
    { domain: 'music', category: 'named_entity', role: 'referential', text: 'the Drive soundtrack', entityKind: 'song', source: 'model' },
  ],
};

/** TEST DOUBLE: a model that passes the wish for one named track only, and counts its calls. */
function modelPassing(title: string): CurationModel & { calls: string[] } {
  const calls: string[] = [];
  return {
    label: 'Title-matching model (test double)',
    calls,
    async judgeFreeText(wishes, evidence) {
      calls.push(evidence.title);
      const status = evidence.title === title ? 'pass' : 'unknown';
      return { decidedBy: 'double:title-match', judgements: wishes.map((w) => ({ itemId: w.id, status, reason: 'the page says so' })) };
    },
    async rewriteQuery() {
      return { decidedBy: 'double:title-match', queries: [] };
    },
    async pageWords() {
      return { decidedBy: 'double:title-match', terms: [] };
    },
    async readRequest() {
      return { decidedBy: 'double:title-match', problem: 'music requests are not read this way' };
    },
  };
}

describe('model-assisted music curation', () => {
  it('judges free-text wishes of the top tracks only, and a track the model passes leads its artist', async () => {
    const run = (model?: CurationModel, judgeTop?: number) =>
      curateMusic({ request, sites: [tunes], visitor: new FakeSiteVisitorTestDouble([{ ref: tunes, cards }], pages, 50), count: 4, modelAssist: model && { model, judgeTop } });
    const rules = await run();
    const firstCollege = (r: typeof rules) => r.tracks.find((t) => t.track.artist === 'College')!;
    expect(firstCollege(rules).track.title).not.toBe('Song 3');

    const model = modelPassing('Song 3');
    const assisted = await run(model, 3);
    expect(model.calls).toHaveLength(3);
    expect(firstCollege(assisted).track.title).toBe('Song 3');
    expect(firstCollege(assisted).verdicts.find((v) => v.kind === 'free-text')).toMatchObject({ status: 'pass', decidedBy: 'double:title-match' });
    expect(firstCollege(assisted).explanation.join(' ')).toMatch(/✓ the Drive soundtrack: the page says so/);
    expect(await run()).toEqual(rules);
  });

  it('searches a site that found nothing once more with the words a model proposes, and never without a model', async () => {
    const chillwave: ParsedRequest = { text: 'chillwave for the night drive', kind: 'music', engine: 'rules', notes: [], intents: [{ domain: 'music', category: 'genre', role: 'wanted', text: 'chillwave', source: 'rules' }] };
    const asked: string[] = [];
    /** TEST DOUBLE: proposes the site's word for the style it could not find. */
    const model: CurationModel = {
      label: 'Synonym model (test double)',
      async judgeFreeText(wishes) {
        return { decidedBy: 'double:synonyms', judgements: wishes.map((w) => ({ itemId: w.id, status: 'unknown' as const, reason: 'not judged' })) };
      },
      async rewriteQuery(query, site, why) {
        asked.push(`${query} @ ${site}: ${why}`);
        return { decidedBy: 'double:synonyms', queries: ['synthwave'] };
      },
      async pageWords() {
        return { decidedBy: 'double:synonyms', terms: [] };
      },
      async readRequest() {
        return { decidedBy: 'double:synonyms', problem: 'music requests are not read this way' };
      },
    };
    const run = async (m?: CurationModel) => {
      const visitor = new FakeSiteVisitorTestDouble([{ ref: tunes, cards }], pages, 50);
      return { result: await curateMusic({ request: chillwave, sites: [tunes], visitor, count: 4, modelAssist: m && { model: m } }), searches: visitor.searches };
    };
    const rules = await run();
    expect(rules.searches.some((s) => s.includes('synthwave'))).toBe(false);
    expect(rules.result.tracks).toHaveLength(0);

    const assisted = await run(model);
    expect(asked).toEqual(['chillwave @ Tunes: the site found no tracks for: chillwave']);
    expect(assisted.searches).toContain('tunes:synthwave:1');
    expect(assisted.result.tracks.length).toBeGreaterThan(0);
    expect(assisted.result.decisions).toContainEqual({ what: 'searches on Tunes after nothing was found: synthwave', engine: 'double:synonyms' });
  });
});
