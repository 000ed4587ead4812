import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawAnswer } from '../report/types';
import { nodeSummary, scoreNodeAnswers } from './node-score';
import { picksOnlySummary, scoreWebmallAnswers } from './score-run';

// Two tiny shop exports: the quoted cable on shop 1, its cheaper twin on shop 2.
const data = mkdtempSync(join(tmpdir(), 'wm-score-'));
mkdirSync(join(data, 'webmall'));
writeFileSync(join(data, 'webmall', 'shop1.csv'), 'ID,Name,Published,Regular price\n1,Quoted Cable,1,19.99\n');
writeFileSync(join(data, 'webmall', 'shop2.csv'), 'ID,Name,Published,Regular price\n7,Twin Cable,1,7.99\n8,Other Cable,1,5.99\n');
const sites = { shop1: 'http://127.0.0.1:4001', shop2: 'http://127.0.0.1:4002' };
// Gold for a substitute task lists the quoted product's own offer as well as the alternative.
const gold = new Map([['S1', [{ shop: 1 as const, productId: '1' }, { shop: 2 as const, productId: '7' }]], ['P1', [{ shop: 2 as const, productId: '8' }]]]);
const answer = (id: string, category: string, picks: string[], referenceUrls?: string[]): RawAnswer => ({
  id, category, request: 'r', status: 'done', picks: picks.map((url) => ({ url, title: url })), referenceUrls, seconds: 1, sites,
});

describe('WebMall scored on every offer the panel lists, the quoted one included, and on the picks alone', () => {
  const rows = scoreWebmallAnswers([
    answer('S1', 'Substitutes', ['http://127.0.0.1:4002/product/twin-cable/'], ['http://127.0.0.1:4001/product/quoted-cable/']),
    answer('P1', 'Cheapest', ['http://127.0.0.1:4002/product/other-cable/']),
  ], gold, data);

  it('answers with the picks and the quoted product\'s own offer, as WebMall\'s gold for a substitute lists both', () => {
    expect(rows[0]!.metrics).toMatchObject({ recall: 1, completion: 1 });
    expect(rows[0]!.answer).toEqual(['shop2/product/twin-cable/', 'shop1/product/quoted-cable/']);
    expect(rows[0]!.passed).toBe(true);
  });

  it('counts a quoted offer gold does not list against precision', () => {
    const [row] = scoreWebmallAnswers([answer('P1', 'Cheapest', ['http://127.0.0.1:4002/product/other-cable/'], ['http://127.0.0.1:4001/product/quoted-cable/'])], gold, data);
    expect(row!.metrics).toMatchObject({ precision: 0.5, completion: 0 });
    expect(row!.alsoScored).toEqual({ f1PicksOnly: 1, completionPicksOnly: 1 });
  });

  it('scores the picks alone in the second figure, and leaves tasks without a quoted product unchanged', () => {
    expect(rows[0]!.alsoScored).toEqual({ f1PicksOnly: expect.closeTo(2 / 3), completionPicksOnly: 0 });
    expect(rows[1]!.alsoScored).toEqual({ f1PicksOnly: 1, completionPicksOnly: 1 });
    const extra = picksOnlySummary(rows);
    expect(extra.json).toEqual({ picksOnly: { completion: 0.5, f1: expect.closeTo(5 / 6) } });
    expect(extra.lines.join('\n')).toMatch(/Substitutes: completion 1\.000, 0\.000 on the picks alone/);
    expect(extra.lines.join('\n')).not.toMatch(/Cheapest:/);
  });

  it('scores the Node proxy\'s answers the same two ways', () => {
    const [row] = scoreNodeAnswers([{ id: 'S1', category: 'Substitutes', request: 'r', urls: ['http://127.0.0.1:4002/product/twin-cable/'], referenceUrls: ['http://127.0.0.1:4001/product/quoted-cable/'], seconds: 1, pagesLoaded: 3 }], gold, data, sites, [1, 2]);
    expect(row!.score.completion).toBe(1);
    expect(row!.scorePicksOnly.completion).toBe(0);
    expect(row!.referenced).toEqual(['shop1/product/quoted-cable/']);
  });

  it('gives each task its own row in the Node proxy\'s JSON summary, so a subset can be scored from it', () => {
    const rows = scoreNodeAnswers([
      { id: 'S1', category: 'Substitutes', request: 'r', urls: ['http://127.0.0.1:4002/product/twin-cable/'], referenceUrls: ['http://127.0.0.1:4001/product/quoted-cable/'], seconds: 1, pagesLoaded: 3 },
      { id: 'P1', category: 'Cheapest', request: 'r', urls: [], seconds: 2, pagesLoaded: 0, error: 'shop 2 timed out' },
    ], gold, data, sites, [1, 2]);
    const summary = nodeSummary(rows);
    expect(summary.tasks).toEqual([
      { id: 'S1', category: 'Substitutes', completion: 1, precision: 1, recall: 1, f1: 1, completionPicksOnly: 0, f1PicksOnly: expect.closeTo(2 / 3), seconds: 1, pagesLoaded: 3 },
      { id: 'P1', category: 'Cheapest', completion: 0, precision: 0, recall: 0, f1: 0, completionPicksOnly: 0, f1PicksOnly: 0, seconds: 2, pagesLoaded: 0, error: 'shop 2 timed out' },
    ]);
    expect(summary.overall['completion']).toBe(0.5);
    expect(summary.picksOnly.completion).toBe(0);
  });
});
