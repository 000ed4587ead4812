import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RawAnswer } from '../report/types';
import { nodeSummary, scoreNodeAnswers } from './node-score';
import { scoreWebmallAnswers, withReferenceSummary } from './score-run';

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

describe('WebMall scored strictly and with the reference offer', () => {
  const rows = scoreWebmallAnswers([
    answer('S1', 'Substitutes', ['http://127.0.0.1:4002/product/twin-cable/'], ['http://127.0.0.1:4001/product/quoted-cable/']),
    answer('P1', 'Cheapest', ['http://127.0.0.1:4002/product/other-cable/']),
  ], gold, data);

  it('keeps the picks alone as the headline, so the quoted product never counts as an answer there', () => {
    expect(rows[0]!.metrics).toMatchObject({ recall: 0.5, completion: 0 });
    expect(rows[0]!.answer).toEqual(['shop2/product/twin-cable/']);
    expect(rows[0]!.passed).toBe(false);
  });

  it('adds the quoted product\'s offer in the second figure, and leaves tasks without one unchanged', () => {
    expect(rows[0]!.alsoScored).toEqual({ f1WithReference: 1, completionWithReference: 1 });
    expect(rows[1]!.alsoScored).toEqual({ f1WithReference: 1, completionWithReference: 1 });
    const extra = withReferenceSummary(rows);
    expect(extra.json).toEqual({ withReference: { completion: 1, f1: 1 } });
    expect(extra.lines.join('\n')).toMatch(/Substitutes: completion 0\.000 strict, 1\.000 with the reference offer/);
    expect(extra.lines.join('\n')).not.toMatch(/Cheapest:/);
  });

  it('scores the Node proxy\'s answers the same two ways', () => {
    const [row] = scoreNodeAnswers([{ id: 'S1', category: 'Substitutes', request: 'r', urls: ['http://127.0.0.1:4002/product/twin-cable/'], referenceUrls: ['http://127.0.0.1:4001/product/quoted-cable/'], seconds: 1, pagesLoaded: 3 }], gold, data, sites, [1, 2]);
    expect(row!.score.completion).toBe(0);
    expect(row!.scoreWithReference.completion).toBe(1);
    expect(row!.referenced).toEqual(['shop1/product/quoted-cable/']);
  });

  it('gives each task its own row in the Node proxy\'s JSON summary, so a subset can be scored from it', () => {
    const rows = scoreNodeAnswers([
      { id: 'S1', category: 'Substitutes', request: 'r', urls: ['http://127.0.0.1:4002/product/twin-cable/'], referenceUrls: ['http://127.0.0.1:4001/product/quoted-cable/'], seconds: 1, pagesLoaded: 3 },
      { id: 'P1', category: 'Cheapest', request: 'r', urls: [], seconds: 2, pagesLoaded: 0, error: 'shop 2 timed out' },
    ], gold, data, sites, [1, 2]);
    const summary = nodeSummary(rows);
    expect(summary.tasks).toEqual([
      { id: 'S1', category: 'Substitutes', completion: 0, f1: expect.closeTo(2 / 3), completionWithReference: 1, f1WithReference: 1, seconds: 1, pagesLoaded: 3 },
      { id: 'P1', category: 'Cheapest', completion: 0, f1: 0, completionWithReference: 0, f1WithReference: 0, seconds: 2, pagesLoaded: 0, error: 'shop 2 timed out' },
    ]);
    expect(summary.overall['completion']).toBe(0);
    expect(summary.withReference.completion).toBe(0.5);
  });
});
