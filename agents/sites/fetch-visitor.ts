/**
 * A SiteVisitor over plain HTTP for Node and tests: fetches the home page once per site to discover its
 * search, follows the site's own search URL and its pagination. Sees only server-rendered HTML.
 */
import { readListingPage } from '../page/listing/read-listing';
import { readPage } from '../page/read-page';
import type { ListingPage } from '../page/types';
import { findSearch } from './find-search';
import { searchBody, searchUrl } from './search-url';
import { createSearchMemory } from './search-memory';
import { declaredDataUrl, listingFromJson } from './script-listing';
import type { FetchVisitorOptions, SiteRef, SiteVisitor } from './types';

/** "shop2 (TechTalk)": the id the user configured first, then the shop's own name. */
function siteLabel(site: SiteRef): string {
  return site.name && site.name !== site.id ? `${site.id} (${site.name})` : site.id;
}

function hostName(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

export function createFetchVisitor(opts: FetchVisitorOptions): SiteVisitor {
  const fetchFn = opts.fetch ?? fetch;
  const timeoutMs = opts.timeoutMs ?? 10_000;
  let loaded = 0;
  /** Where each page ended up after redirects (a parsed Document may not know its URL). */
  const finalUrls = new WeakMap<Document, string>();

  async function load(url: string, who: string, signal?: AbortSignal, init?: RequestInit): Promise<Document> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetchFn(url, { ...init, signal: combined, redirect: 'follow' });
    } catch (error) {
      if (timeout.aborted) throw new Error(`${who} did not answer within ${Math.round(timeoutMs / 1000)} s (${url}); try again later or raise the timeout.`);
      if (signal?.aborted) throw new Error(`Visit to ${who} was cancelled (${url}).`);
      throw new Error(`Could not reach ${who} at ${url}: ${error instanceof Error ? error.message : String(error)}. Check that the site is up.`);
    }
    let html: string;
    try {
      html = await response.text();
    } catch {
      throw new Error(`${who} did not finish sending ${url} within ${Math.round(timeoutMs / 1000)} s; try again later.`);
    }
    loaded++;
    if (!response.ok) throw new Error(`${who} answered ${response.status} for ${url}; the page may have moved.`);
    const doc = opts.parseHtml(html, response.url || url);
    finalUrls.set(doc, response.url || url);
    return doc;
  }

  async function loadJson(url: string, who: string, signal?: AbortSignal): Promise<unknown> {
    const timeout = AbortSignal.timeout(timeoutMs);
    const response = await fetchFn(url, { headers: { accept: 'application/json' }, signal: signal ? AbortSignal.any([signal, timeout]) : timeout })
      .catch((e: unknown) => { throw new Error(`Could not reach ${who} at ${url}: ${e instanceof Error ? e.message : String(e)}. Check that the site is up.`); });
    loaded++;
    if (!response.ok) throw new Error(`${who} answered ${response.status} for the product list at ${url}; its listing may have changed.`);
    return response.json().catch(() => { throw new Error(`${who} sent no readable product list at ${url}.`); });
  }

  const memory = createSearchMemory((site, signal) =>
    load(site.baseUrl, siteLabel(site), signal).then((doc) => {
      const method = findSearch(doc, site.baseUrl);
      if (!method) throw new Error(`${siteLabel(site)} shows no search form or search link on ${site.baseUrl}; add a site profile for it.`);
      return method;
    }),
  );

  return {
    async search(site, query, page = 1, signal): Promise<ListingPage> {
      const method = await memory.methodFor(site, signal);
      const known = memory.knownPage(site, query, page);
      let doc: Document;
      let url: string;
      if (method.kind === 'form' && method.method === 'post' && !known) {
        url = method.action;
        doc = await load(url, siteLabel(site), signal, { method: 'POST', body: searchBody(method, query) });
      } else {
        url = known ?? searchUrl(method, query, page);
        doc = await load(url, siteLabel(site), signal);
      }
      const listing = readListingPage(doc, url);
      const dataUrl = !listing.cards.length && !listing.noResults ? declaredDataUrl(doc, finalUrls.get(doc) ?? url) : undefined;
      if (dataUrl) {
        // The page fills its list with a script from an endpoint it declares: read that, as the script would.
        const fromScript = listingFromJson(await loadJson(dataUrl, siteLabel(site), signal), finalUrls.get(doc) ?? url);
        memory.rememberNext(site, query, page, fromScript.nextPageUrl);
        return fromScript;
      }
      if (!listing.cards.length && !listing.noResults) {
        // Like the tab visitor: some shops jump straight to the product when a search has one hit.
        const reading = readPage(doc, finalUrls.get(doc) ?? url);
        if (reading.kind === 'product') {
          const p = reading.product;
          return { url, noResults: false, cards: [{ url: p.url, name: p.name ?? p.url, price: p.price, currency: p.currency, availability: p.availability, image: p.images[0] }] };
        }
      }
      memory.rememberNext(site, query, page, listing.nextPageUrl);
      if (listing.noResults || listing.cards.length) return listing;
      // Neither results nor "nothing found": a check page, a redesign, or results drawn by a script.
      return { ...listing, unreadable: `${siteLabel(site)}'s search page showed no results Tastebud could read; the site may have changed its layout or need a browser.` };
    },
    async read(url, signal) {
      return readPage(await load(url, hostName(url), signal), url);
    },
    pagesLoaded: () => loaded,
  };
}
