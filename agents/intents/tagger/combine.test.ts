import { describe, expect, it } from 'vitest';
import { requestContext } from './context';
import { reconcileSpans } from './reconcile';
import type { LabelledSpan } from './types';

const span = (from: number, to: number, category: LabelledSpan['category'], role: LabelledSpan['role'] = 'wanted'): LabelledSpan => ({ from, to, category, role });

describe('reconciling tagger spans with the rules', () => {
  it('splits a span made of whole lexicon phrases of different categories', () => {
    // "upbeat pop": mood + genre, which the tagger may have run together.
    const ctx = requestContext('upbeat pop');
    expect(reconcileSpans(ctx, [span(0, 2, 'genre')])).toEqual([span(0, 1, 'mood'), span(1, 2, 'genre')]);
  });

  it('keeps an instrument with its modifier together ("acoustic bass")', () => {
    const ctx = requestContext('punk guitar');
    expect(reconcileSpans(ctx, [span(0, 2, 'instrument')])).toEqual([span(0, 2, 'instrument')]);
  });

  it('gives a decade the decade grammar\'s edges ("early 2000s")', () => {
    const ctx = requestContext('early 2000s emo');
    expect(reconcileSpans(ctx, [span(1, 2, 'decade'), span(2, 3, 'genre')])).toEqual([span(0, 2, 'decade'), span(2, 3, 'genre')]);
  });
});
