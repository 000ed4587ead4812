/**
 * How a long list of picks is shown: offers of the same product (the curation's product key) share
 * one card, in the order of their best-ranked offer, and the cards come a page at a time. Pure, so
 * the side panel and its tests agree on what "the first page" is.
 */
import type { StoredPick } from '../../agents/store/types';

/** One card: a product and every offer of it that was picked, each with its place in the ranking. */
export interface PickGroup {
  key: string;
  /** The best-ranked offer, shown as the card itself. */
  lead: RankedPick;
  /** The product's other offers, in rank order. */
  others: RankedPick[];
}

/** A pick and its 1-based place in the run's ranking (kept so readers of the panel see the agent's order). */
export interface RankedPick {
  pick: StoredPick;
  rank: number;
}

/** Cards shown at first and added by each "Show more". */
export const PAGE_SIZE = 10;

/** Groups picks by product; a pick without a product key (a track, an older stored run) is its own card. */
export function groupPicks(picks: readonly StoredPick[]): PickGroup[] {
  const groups = new Map<string, PickGroup>();
  picks.forEach((pick, i) => {
    const key = pick.productKey ? `product:${pick.productKey}` : `url:${pick.url}`;
    const ranked = { pick, rank: i + 1 };
    const group = groups.get(key);
    if (group) group.others.push(ranked);
    else groups.set(key, { key, lead: ranked, others: [] });
  });
  return [...groups.values()];
}

/** What one page shows: the cards, how many more there are, and how many the next "Show more" adds. */
export interface PickPage {
  shown: PickGroup[];
  remaining: number;
  next: number;
}

/** The first `count` cards (at least one page, never past the end). */
export function pageOf(groups: readonly PickGroup[], count: number, pageSize = PAGE_SIZE): PickPage {
  const n = Math.min(groups.length, Math.max(pageSize, count));
  const remaining = groups.length - n;
  return { shown: groups.slice(0, n), remaining, next: Math.min(pageSize, remaining) };
}
