/**
 * How often a request is routed to the right side: a shopping request read as shopping (or as
 * both with the product kept, so the shops still get a product to search), a music request read
 * as music or both (both still reaches the music sites). A shopping request read as music sends the
 * user songs instead of products; this figure counts exactly that mistake.
 */
import type { ParsedRequest, RequestKind } from '../../agents/intents/types';

export interface KindScore {
  /** Requests routed to the right side. */
  right: number;
  total: number;
  /** right / total. */
  share: number;
  /** How many were read as each kind ("both-without-product" for a both request that lost its product). */
  byKind: Record<string, number>;
}

export type ExpectedKind = 'music' | 'shopping';

function kindLabel(p: ParsedRequest): string {
  if (p.kind !== 'both') return p.kind;
  return p.intents.some((i) => i.domain === 'shopping' && i.category === 'product_type') ? 'both' : 'both-without-product';
}

export function isRightKind(p: ParsedRequest, expected: ExpectedKind): boolean {
  const label = kindLabel(p);
  return expected === 'music' ? label === 'music' || label === 'both' || label === 'both-without-product' : label === 'shopping' || label === 'both';
}

export function scoreKinds(parsed: ParsedRequest[], expected: ExpectedKind): KindScore {
  const byKind: Record<string, number> = {};
  let right = 0;
  for (const p of parsed) {
    const label = kindLabel(p);
    byKind[label] = (byKind[label] ?? 0) + 1;
    if (isRightKind(p, expected)) right++;
  }
  return { right, total: parsed.length, share: parsed.length ? right / parsed.length : 0, byKind };
}

export function kindLine(expected: ExpectedKind, s: KindScore): string {
  const kinds: RequestKind[] = ['music', 'shopping', 'both', 'unknown'];
  const counts = [...kinds, 'both-without-product'].filter((k) => s.byKind[k]).map((k) => `${k} ${s.byKind[k]}`).join(', ');
  const rightAs = expected === 'music' ? 'music or both' : 'shopping, or both with the product';
  return `kind: ${s.right}/${s.total} (${s.share.toFixed(3)}) read as ${rightAs}  [${counts}]`;
}
