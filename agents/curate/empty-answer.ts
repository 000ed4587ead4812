/**
 * Why a run answers nothing, in words a shopper can act on: what the shops were searched for when they listed nothing of
 * the kind, or which wishes ruled out the offers they did list, the one that ruled out most first. "Nothing matched"
 * alone leaves the shopper guessing which word to drop.
 */
import { hardFails, type Candidate } from './rank';
import type { SiteReport } from './types';

/** Wishes (or queries) named, at most: the rest of the wishes are counted. */
const NAMED_AT_MOST = 3;

export function emptyAnswerNote(candidates: readonly Candidate[], sites: readonly SiteReport[]): string | undefined {
  const searched = sites.filter((s) => s.status === 'done');
  if (!searched.length) return undefined;
  if (!candidates.length) {
    const queries = [...new Set(searched.flatMap((s) => s.queries))].slice(0, NAMED_AT_MOST);
    return queries.length ? `No shop listed anything that fits for ${queries.map((q) => `"${q}"`).join(', ')}. Try naming the product or its kind in a few words.` : undefined;
  }
  const ruledOut = new Map<string, number>();
  for (const c of candidates) {
    for (const label of new Set(hardFails(c).map((v) => v.label))) ruledOut.set(label, (ruledOut.get(label) ?? 0) + 1);
  }
  const offers = `${candidates.length} offer${candidates.length === 1 ? '' : 's'}`;
  if (!ruledOut.size) return `${offers} found, but none could be confirmed to meet every wish.`;
  const ranked = [...ruledOut].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const named = ranked.slice(0, NAMED_AT_MOST).map(([label, n]) => `"${label}" (${n})`).join(', ');
  const more = ranked.length > NAMED_AT_MOST ? ` and ${ranked.length - NAMED_AT_MOST} more` : '';
  return `${offers} found; none met every wish. Wishes that ruled them out: ${named}${more}. Dropping or rewording one of these may help.`;
}
