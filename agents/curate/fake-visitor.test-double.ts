/**
 * TEST DOUBLE: an in-memory SiteVisitor over fixture listings and pages. Search mimics WooCommerce
 * (every term must occur in the name, case-insensitive substring). Never used outside tests.
 */
import type { ListingCard, PageReading } from '../page/types';
import type { SiteRef, SiteVisitor } from '../sites/types';

/** A fake shop at http://ID.test, and a listing card on it: the fixtures the shopping tests build on. */
export const fakeShopRef = (id: string): SiteRef => ({ id, name: `Shop ${id}`, baseUrl: `http://${id}.test`, kind: 'shop' });
export const fakeCard = (site: string, slug: string, name: string, price: number): ListingCard => ({ url: `http://${site}.test/product/${slug}/`, name, price });

export interface FakeSite {
  ref: SiteRef;
  cards: ListingCard[];
  /** Makes every search on this site throw, to test failure reporting. */
  broken?: boolean;
  /** Searches for which the site shows a page that is neither results nor "nothing found" (a bot check). */
  unreadable?: (query: string) => boolean;
}

export class FakeSiteVisitorTestDouble implements SiteVisitor {
  readonly searches: string[] = [];
  readonly reads: string[] = [];
  readonly carted: string[] = [];
  constructor(private sites: FakeSite[], private pages: Record<string, PageReading> = {}, private pageSize = 4) {}

  async search(site: SiteRef, query: string, page = 1): Promise<ListingPage> {
    this.searches.push(`${site.id}:${query}:${page}`);
    const s = this.sites.find((x) => x.ref.id === site.id);
    if (!s || s.broken) throw new Error(`search form not found on ${site.baseUrl}`);
    if (s.unreadable?.(query)) return { url: `${site.baseUrl}/?s=${encodeURIComponent(query)}`, cards: [], noResults: false, unreadable: `${site.name} showed a check page instead of results` };
    const terms = query.toLowerCase().split(/\s+/).filter(Boolean);
    const hits = s.cards.filter((c) => terms.every((t) => c.name.toLowerCase().includes(t)));
    const cards = hits.slice((page - 1) * this.pageSize, page * this.pageSize);
    const more = hits.length > page * this.pageSize;
    return { url: `${site.baseUrl}/?s=${encodeURIComponent(query)}&paged=${page}`, cards, noResults: hits.length === 0, nextPageUrl: more ? `${site.baseUrl}/page/${page + 1}` : undefined };
  }

  async read(url: string): Promise<PageReading> {
    this.reads.push(url);
    return this.pages[url] ?? { kind: 'unknown', url, reason: 'no fixture page' };
  }

  async addToCart(productUrl: string) {
    this.carted.push(productUrl);
    return { ok: true, message: 'added' };
  }

  pagesLoaded(): number {
    return this.searches.length + this.reads.length;
  }
}

type ListingPage = Awaited<ReturnType<SiteVisitor['search']>>;
