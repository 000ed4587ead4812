/**
 * One site's search step: run the planned queries (relaxing until something is found), follow
 * result pages, report progress. Loop detection: a (site, query, page) is never run twice in a run.
 */
import type { ListingCard } from '../page/types';
import type { SiteRef, SiteVisitor } from '../sites/types';
import { raceAbort } from './bounded';
import type { ProgressEvent } from './types';

export interface SearchContext {
  visitor: SiteVisitor;
  signal: AbortSignal;
  onProgress?(ev: ProgressEvent): void;
  /** Shared across the run: keys already searched. */
  seen: Set<string>;
  maxPages: number;
  /**
   * Whether a card a query found is the thing asked for: a query whose cards all fail it does not end
   * the relaxing ("single ARGB fan" finding only an expansion kit is no reason to stop before "ARGB fan").
   */
  accepts?(card: ListingCard, query: string): boolean;
}

export interface SiteCards {
  cards: ListingCard[];
  queries: string[];
  /** Card URL -> the query that found it first (the shop matched every one of its terms somewhere). */
  foundBy: Map<string, string>;
}

/** For each subject's plan, stops at the first query that finds anything on this site. */
export async function searchSite(site: SiteRef, plans: string[][], ctx: SearchContext): Promise<SiteCards> {
  const byUrl = new Map<string, ListingCard>();
  const foundBy = new Map<string, string>();
  const queries: string[] = [];
  for (const plan of plans) {
    for (const query of plan) {
      const key = `${site.id}\u0000${query.toLowerCase()}`;
      if (ctx.seen.has(key)) break;
      ctx.seen.add(key);
      queries.push(query);
      ctx.onProgress?.({ site: site.id, status: 'searching', query });
      const found = await searchAllPages(site, query, ctx);
      for (const c of found) if (!byUrl.has(c.url)) (byUrl.set(c.url, c), foundBy.set(c.url, query));
      ctx.onProgress?.({ site: site.id, status: 'read', items: byUrl.size });
      if (found.length && (!ctx.accepts || found.some((c) => ctx.accepts!(c, query)))) break;
    }
  }
  return { cards: [...byUrl.values()], queries, foundBy };
}

async function searchAllPages(site: SiteRef, query: string, ctx: SearchContext): Promise<ListingCard[]> {
  const cards: ListingCard[] = [];
  for (let page = 1; page <= ctx.maxPages; page++) {
    const listing = await raceAbort(ctx.visitor.search(site, query, page, ctx.signal), ctx.signal);
    if (listing.noResults || !listing.cards.length) break;
    cards.push(...listing.cards);
    if (!listing.nextPageUrl) break;
  }
  return cards;
}
