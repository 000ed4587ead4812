/**
 * Listings that a page's own script fills from a JSON endpoint the page declares
 * (`<ul id="product-list" data-api="/api/products">`): without running scripts, the fetch visitor
 * asks that endpoint with the page's own query, as the script would, and reads the products from the
 * JSON. Only same-origin endpoints; only objects that carry a name and a link count as products.
 */
import type { ListingCard, ListingPage } from '../page/types';

/** The endpoint a listing page declares for its script, with the page's query carried over. */
export function declaredDataUrl(doc: Document, pageUrl: string): string | undefined {
  const el = doc.querySelector('[data-api], [data-endpoint], [data-source-url]');
  const raw = el?.getAttribute('data-api') ?? el?.getAttribute('data-endpoint') ?? el?.getAttribute('data-source-url');
  if (!raw) return undefined;
  const page = new URL(pageUrl);
  const api = new URL(raw, page);
  if (api.origin !== page.origin) return undefined;
  for (const [k, v] of page.searchParams) if (!api.searchParams.has(k)) api.searchParams.set(k, v);
  const category = el?.getAttribute('data-category');
  if (category && !api.searchParams.has('category')) api.searchParams.set('category', category);
  return api.toString();
}

type Json = Record<string, unknown>;
const isObj = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function priceOf(p: Json): number | undefined {
  const raw = isObj(p['prices']) ? p['prices']['price'] : p['price'];
  const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? Number(raw.replace(',', '.')) : NaN;
  return Number.isFinite(n) ? n : undefined;
}

/** Products from the endpoint's JSON: the first list of objects with a name and a link. */
export function listingFromJson(json: unknown, pageUrl: string): ListingPage {
  const root = isObj(json) ? json : {};
  const list = (Array.isArray(json) ? json : Object.values(root).find((v) => Array.isArray(v) && v.some(isObj))) as unknown[] | undefined;
  const cards: ListingCard[] = (list ?? []).filter(isObj).flatMap((p) => {
    const name = str(p['name']) ?? str(p['title']);
    const link = str(p['permalink']) ?? str(p['url']) ?? str(p['link']);
    if (!name || !link) return [];
    const currency = isObj(p['prices']) ? str(p['prices']['currency_code']) : str(p['currency']);
    const stock = p['is_in_stock'] ?? p['in_stock'];
    return [{ url: new URL(link, pageUrl).toString(), name, price: priceOf(p), currency, availability: stock === false ? 'OutOfStock' as const : stock === true ? 'InStock' as const : undefined }];
  });
  const total = typeof root['total'] === 'number' ? root['total'] : undefined;
  let nextPageUrl: string | undefined;
  if (root['next']) {
    const next = new URL(pageUrl);
    next.searchParams.set('page', String(Number(next.searchParams.get('page') ?? '1') + 1));
    nextPageUrl = next.toString();
  }
  return { url: pageUrl, cards, noResults: total === 0 || (list !== undefined && cards.length === 0), nextPageUrl, totalResults: total };
}
