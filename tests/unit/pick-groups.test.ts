import { describe, expect, it } from 'vitest';
import type { StoredPick } from '../../agents/store/types';
import { groupPicks, pageOf } from '../../lib/ui/pick-groups';

const pick = (url: string, siteName: string, productKey?: string): StoredPick => ({ url, title: url, siteName, productKey, explanation: '', verdicts: [] });

describe('picks of the same product', () => {
  it('share one card, led by the best-ranked offer, in the order of each product\'s best offer', () => {
    const groups = groupPicks([
      pick('a1', 'Shop A', 'case x'),
      pick('b1', 'Shop A', 'case y'),
      pick('a2', 'Shop B', 'case x'),
      pick('c1', 'Shop C', 'case z'),
      pick('a3', 'Shop C', 'case x'),
    ]);
    expect(groups.map((g) => g.lead.pick.url)).toEqual(['a1', 'b1', 'c1']);
    expect(groups[0]!.others.map((o) => [o.pick.url, o.rank])).toEqual([['a2', 3], ['a3', 5]]);
    expect(groups[1]!.others).toEqual([]);
  });

  it('keep picks without a product key (tracks, runs stored before keys existed) apart', () => {
    const groups = groupPicks([pick('t1', 'Tunes'), pick('t2', 'Tunes'), pick('t1', 'Tunes')]);
    expect(groups.map((g) => g.lead.pick.url)).toEqual(['t1', 't2']);
    expect(groups[0]!.others.map((o) => o.rank)).toEqual([3]);
  });
});

describe('pages of cards', () => {
  const groups = groupPicks(Array.from({ length: 23 }, (_, i) => pick(`p${i}`, 'Shop', `k${i}`)));

  it('show the first page and say how many more the next click adds', () => {
    const first = pageOf(groups, 0);
    expect(first.shown).toHaveLength(10);
    expect(first.remaining).toBe(13);
    expect(first.next).toBe(10);
    const last = pageOf(groups, 20);
    expect(last.shown).toHaveLength(20);
    expect(last.next).toBe(3);
    expect(pageOf(groups, 30)).toMatchObject({ remaining: 0, next: 0 });
    expect(pageOf(groups, 30).shown).toHaveLength(23);
  });

  it('show every card of a short list at once', () => {
    expect(pageOf(groups.slice(0, 4), 0)).toMatchObject({ remaining: 0, next: 0 });
  });
});
