import type { ListingPage, PageReading } from '../page/types';
export interface SiteRef { id: string; name: string; baseUrl: string; kind: 'shop' | 'music' }
export interface SiteVisitor {
  search(site: SiteRef, query: string, page?: number, signal?: AbortSignal): Promise<ListingPage>;
  read(url: string, signal?: AbortSignal): Promise<PageReading>;
  addToCart?(productUrl: string, signal?: AbortSignal): Promise<{ ok: boolean; message: string }>;
  pagesLoaded(): number;
}
