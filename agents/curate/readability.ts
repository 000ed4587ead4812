/**
 * Watches what a site's pages read as during one visit, so that a site none of whose pages could be
 * read (a bot check, a redesign) is reported as a problem instead of as "found nothing".
 */
import type { SiteVisitor } from '../sites/types';

export interface Readability {
  /** Some page of the site read as a listing, product, track or artist. */
  readable: boolean;
  /** The first reason a page could not be read. */
  problem?: string;
}

export function watchReadability(visitor: SiteVisitor): { visitor: SiteVisitor; state: Readability } {
  const state: Readability = { readable: false };
  const watched: SiteVisitor = {
    ...visitor,
    async search(site, query, page, signal) {
      const listing = await visitor.search(site, query, page, signal);
      if (listing.unreadable) state.problem ??= listing.unreadable;
      else state.readable = true;
      return listing;
    },
    async read(url, signal) {
      const reading = await visitor.read(url, signal);
      if (reading.kind === 'unknown') state.problem ??= `the page ${url} could not be read (${reading.reason}); the site may have changed its layout.`;
      else state.readable = true;
      return reading;
    },
  };
  return { visitor: watched, state };
}
