import { describe, expect, it } from 'vitest';
import type { Intent, ParsedRequest, RequestKind } from '../../agents/intents/types';
import { kindLine, scoreKinds } from './kind-score';

const product: Intent = { domain: 'shopping', category: 'product_type', role: 'wanted', text: 'headphones', source: 'rules' };
const parsed = (kind: RequestKind, intents: Intent[] = []): ParsedRequest => ({ text: 'x', kind, intents, engine: 'rules', notes: [] });

describe('request kind scoring', () => {
  it('counts a shopping request as routed right only when the shops still get a product', () => {
    const s = scoreKinds([parsed('shopping'), parsed('both', [product]), parsed('both'), parsed('music'), parsed('unknown')], 'shopping');
    expect(s).toMatchObject({ right: 2, total: 5, share: 0.4 });
    expect(s.byKind).toEqual({ shopping: 1, both: 1, 'both-without-product': 1, music: 1, unknown: 1 });
  });

  it('counts a music request read as music or both as routed right', () => {
    const s = scoreKinds([parsed('music'), parsed('both'), parsed('shopping'), parsed('unknown')], 'music');
    expect(s).toMatchObject({ right: 2, total: 4, share: 0.5 });
    expect(kindLine('music', s)).toMatch(/^kind: 2\/4 \(0\.500\) read as music or both/);
  });
});
