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
  /**
   * The same for the plan at an index, where each plan searches one subject of several ("the 1TB model and the 250GB one"):
   * the first subject's cards are no reason to stop searching for the second.
   */
  acceptsForPlan?(plan: number): ((card: ListingCard, query: string) => boolean) | undefined;
}

export interface SiteCards {
  cards: ListingCard[];
  queries: string[];
  /** Card URL -> the query that found it first (the shop matched every one of its terms somewhere). */
  foundBy: Map<string, string>;
  /**
   * Card URL -> later queries that found it again: a card the first query's reading rejects may be
   * what a later one asked for ("Vida heatsink" for a cooler sold as a "Heatsink & Fan", first found by
   * "Vida air CPU cooler" in its description).
   */
  alsoFoundBy: Map<string, string[]>;
}

/** For each subject's plan, stops at the first query that finds anything on this site. */
export async function searchSite(site: SiteRef, plans: string[][], ctx: SearchContext): Promise<SiteCards> {
  const byUrl = new Map<string, ListingCard>();
  const foundBy = new Map<string, string>();
  const alsoFoundBy = new Map<string, string[]>();
  const queries: string[] = [];
  const foundHere = new Map<string, ListingCard[]>();
  for (const [index, plan] of plans.entries()) {
    const accepts = ctx.acceptsForPlan?.(index) ?? ctx.accepts;
    for (const query of plan) {
      const key = `${site.id}\u0000${query.toLowerCase()}`;
      // A query another subject's plan ran here already: its cards answer this plan too, or the plan goes on relaxing.
      const earlier = foundHere.get(key);
      if (earlier && ctx.acceptsForPlan && accepts && !earlier.some((c) => accepts(c, query))) continue;
      if (ctx.seen.has(key)) break;
      ctx.seen.add(key);
      queries.push(query);
      ctx.onProgress?.({ site: site.id, status: 'searching', query });
      const found = await searchAllPages(site, query, ctx);
      foundHere.set(key, found);
      for (const c of found) noteFound(c, query, { byUrl, foundBy, alsoFoundBy });
      ctx.onProgress?.({ site: site.id, status: 'read', items: byUrl.size });
      if (found.length && (!accepts || found.some((c) => accepts(c, query)))) break;
    }
  }
  return { cards: [...byUrl.values()], queries, foundBy, alsoFoundBy };
}

/** A card a query found: new, or found again by another query. */
function noteFound(card: ListingCard, query: string, into: { byUrl: Map<string, ListingCard>; foundBy: Map<string, string>; alsoFoundBy: Map<string, string[]> }): void {
  if (!into.byUrl.has(card.url)) (into.byUrl.set(card.url, card), into.foundBy.set(card.url, query));
  else if (into.foundBy.get(card.url) !== query) into.alsoFoundBy.set(card.url, [...into.alsoFoundBy.get(card.url) ?? [], query]);
}

/** A later search's cards added to a site's earlier ones (the broader queries run where few matched). */
export function withMoreCards(found: SiteCards, more: SiteCards): SiteCards {
  const byUrl = new Map(found.cards.map((c) => [c.url, c]));
  const merged = { byUrl, foundBy: new Map(found.foundBy), alsoFoundBy: new Map(found.alsoFoundBy) };
  for (const c of more.cards) noteFound(c, more.foundBy.get(c.url)!, merged);
  return { cards: [...byUrl.values()], queries: [...found.queries, ...more.queries], foundBy: merged.foundBy, alsoFoundBy: merged.alsoFoundBy };
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
