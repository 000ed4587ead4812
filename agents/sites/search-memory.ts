/**
 * What every SiteVisitor remembers between searches of one run: how each site searches (discovered
 * once, a failed discovery retried next time) and the next-page links the sites themselves gave,
 * which beat a guessed page parameter.
 */
import type { SearchMethod, SiteRef } from './types';

export interface SearchMemory {
  methodFor(site: SiteRef, signal?: AbortSignal): Promise<SearchMethod>;
  /** The site's own link to `page` of `query`, when an earlier page showed one. */
  knownPage(site: SiteRef, query: string, page: number): string | undefined;
  rememberNext(site: SiteRef, query: string, page: number, nextUrl: string | undefined): void;
}

export function createSearchMemory(discover: (site: SiteRef, signal?: AbortSignal) => Promise<SearchMethod>): SearchMemory {
  const methods = new Map<string, Promise<SearchMethod>>();
  const nextPages = new Map<string, string>();
  const key = (site: SiteRef, query: string, page: number) => `${site.id}|${query}|${page}`;
  return {
    methodFor(site, signal) {
      let found = methods.get(site.id);
      if (!found) {
        found = discover(site, signal);
        found.catch(() => methods.delete(site.id));
        methods.set(site.id, found);
      }
      return found;
    },
    knownPage: (site, query, page) => (page > 1 ? nextPages.get(key(site, query, page)) : undefined),
    rememberNext(site, query, page, nextUrl) {
      if (nextUrl) nextPages.set(key(site, query, page + 1), nextUrl);
    },
  };
}
