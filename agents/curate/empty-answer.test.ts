import { describe, expect, it } from 'vitest';
import { product } from '../checklist/fixtures';
import { emptyAnswerNote } from './empty-answer';
import type { Candidate } from './rank';
import type { SiteReport } from './types';

const site = (queries: string[], status: SiteReport['status'] = 'done'): SiteReport => ({ site: 's', status, queries, itemsRead: 0 });
const failing = (name: string, labels: string[]): Candidate => ({
  offer: { site: 's', productKey: name, readInFull: true, record: product({ url: `http://s.test/${name}/`, name, price: 10 }) },
  verdicts: labels.map((label) => ({ itemId: label, kind: 'attribute-present' as const, label, hard: true, status: 'fail' as const, reason: 'not mentioned', decidedBy: 'rules' })),
});

describe('emptyAnswerNote: why nothing was answered', () => {
  it('names the wishes that ruled the offers out, the one that ruled out most first', () => {
    const note = emptyAnswerNote([failing('A', ['white', 'handles']), failing('B', ['white']), failing('C', ['white', '6 fans'])], [site(['case'])]);
    expect(note).toBe('3 offers found; none met every wish. Wishes that ruled them out: "white" (3), "6 fans" (1), "handles" (1). Dropping or rewording one of these may help.');
  });

  it('says what the shops were searched for when they listed nothing that fits', () => {
    expect(emptyAnswerNote([], [site(['Shortlist Intel build motherboard']), site(['Shortlist Intel build motherboard', 'Z790'])])).toMatch(/^No shop listed anything that fits for "Shortlist Intel build motherboard", "Z790"\. Try naming/);
  });

  it('says nothing of its own when no shop could be searched (that has its own message)', () => {
    expect(emptyAnswerNote([], [site([], 'failed')])).toBeUndefined();
  });
});
