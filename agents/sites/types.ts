/** How the agents reach a site: discovering its search, and visiting pages (fetch in Node, tabs in the extension). */
import type { ListingPage, PageReading } from '../page/types';

export interface SiteRef {
  id: string;
  name: string;
  baseUrl: string;
  kind: 'shop' | 'music';
}

/** How a site searches, as discovered on its pages. */
export type SearchMethod =
  | {
      kind: 'form';
      /** Absolute URL the form submits to. */
      action: string;
      method: 'get' | 'post';
      /** Name of the query field ("s", "q", "query", "search"). */
      queryParam: string;
      /** Hidden inputs sent along (WooCommerce's post_type=product). */
      hidden: Record<string, string>;
      /** Name of the page parameter where the site's pagination shows one. */
      pageParam?: string;
    }
  | {
      kind: 'pattern';
      /** URL with "{query}" (and optionally "{page}") placeholders. */
      template: string;
    };

export interface SiteVisitor {
  search(site: SiteRef, query: string, page?: number, signal?: AbortSignal): Promise<ListingPage>;
  read(url: string, signal?: AbortSignal): Promise<PageReading>;
  addToCart?(productUrl: string, signal?: AbortSignal): Promise<{ ok: boolean; message: string }>;
  /** pages loaded so far, for benchmarks */
  pagesLoaded(): number;
}

export interface FetchVisitorOptions {
  parseHtml(html: string, url: string): Document;
  fetch?: typeof fetch;
  timeoutMs?: number;
}
