/**
 * The extension's SiteVisitor: the agents ask to search a site or read a URL, and this does it in
 * real background tabs through the content script, at most `maxTabs` at once, closing every tab it
 * opened when the run ends.
 */
import { browser } from 'wxt/browser';
import type { ListingPage, PageReading } from '../../agents/page/types';
import { searchUrl } from '../../agents/sites/search-url';
import { createSearchMemory } from '../../agents/sites/search-memory';
import type { SiteVisitor } from '../../agents/sites/types';
import { sendMessage } from '../../lib/messaging';
import { forgetRunTab, rememberRunTab } from './orphan-tabs';
import { ensureContentScript, navigateTab, openTab, PageLoadTimeout, safeHost } from './tab-navigation';

export interface TabVisitor extends SiteVisitor {
  closeAll(): Promise<void>;
}

export function createTabVisitor(opts: { maxTabs: number; pageTimeoutMs?: number; windowId?: number }): TabVisitor {
  const pageTimeoutMs = opts.pageTimeoutMs ?? 15_000;
  const idle: number[] = [];
  const opened = new Set<number>();
  // Waiters get a tab id, or -1 meaning "a place is free: open your own".
  const waiters: ((tabId: number) => void)[] = [];
  let opening = 0;
  let loads = 0;

  /** A pooled tab showing `url`: an idle one navigated there, a new one opened on it, or the next one freed. */
  async function acquire(url: string, signal?: AbortSignal): Promise<number> {
    for (;;) {
      let tabId = idle.pop();
      if (tabId === undefined && opened.size + opening < opts.maxTabs) {
        opening += 1;
        try {
          tabId = await openTab(url, pageTimeoutMs, { signal, windowId: opts.windowId, onCreated: rememberRunTab });
        } catch (error) {
          // The place this tab would have taken is free again: wake one waiter to open its own,
          // or it would wait for a tab that never comes.
          waiters.shift()?.(-1);
          throw error;
        } finally {
          opening -= 1;
        }
        opened.add(tabId);
        return tabId;
      }
      tabId ??= await new Promise<number>((resolve) => waiters.push(resolve));
      if (tabId < 0) continue; // a place was freed: open a tab of our own
      try {
        await navigateTab(tabId, url, pageTimeoutMs, signal);
        return tabId;
      } catch (error) {
        await releaseOrDrop(tabId);
        throw error;
      }
    }
  }

  /** Back to the pool; a tab the user (or a crash) closed is forgotten and its place freed. */
  async function releaseOrDrop(tabId: number): Promise<void> {
    const alive = await browser.tabs.get(tabId).then(() => true, () => false);
    if (!alive) {
      opened.delete(tabId);
      void forgetRunTab(tabId).catch(() => undefined);
      // Whoever waits for a tab may now open a new one.
      waiters.shift()?.(-1);
      return;
    }
    const next = waiters.shift();
    if (next) next(tabId);
    else idle.push(tabId);
  }

  /**
   * Runs `work` on a loaded page in a pooled tab; a tab the user closed is replaced, not fatal. A page
   * that timed out is tried once more: on a busy machine a load can miss the limit once, and a site
   * that truly hangs fails the second time too.
   */
  async function onPage<T>(url: string, signal: AbortSignal | undefined, work: (tabId: number) => Promise<T>): Promise<T> {
    try {
      return await onPageOnce(url, signal, work);
    } catch (error) {
      if (!(error instanceof PageLoadTimeout) || signal?.aborted) throw error;
      return onPageOnce(url, signal, work);
    }
  }

  async function onPageOnce<T>(url: string, signal: AbortSignal | undefined, work: (tabId: number) => Promise<T>): Promise<T> {
    signal?.throwIfAborted();
    loads += 1;
    const tabId = await acquire(url, signal);
    try {
      await ensureContentScript(tabId);
      return await work(tabId);
    } finally {
      await releaseOrDrop(tabId);
    }
  }

  async function readIn(tabId: number, url: string, waitForContentMs: number): Promise<PageReading> {
    const reading = await sendMessage('readPage', { waitForContentMs }, tabId);
    if (!reading) throw new Error(`The page at ${safeHost(url)} could not be read (the tab did not answer).`);
    return reading;
  }

  const memory = createSearchMemory((site, signal) =>
    onPage(site.baseUrl, signal, async (tabId) => {
      const method = await sendMessage('findSearch', undefined, tabId);
      if (!method) throw new Error(`${site.name} has no search box Tastebud could find on its home page.`);
      return method;
    }),
  );

  return {
    async search(site, query, page = 1, signal): Promise<ListingPage> {
      const method = await memory.methodFor(site, signal);
      const url = memory.knownPage(site, query, page) ?? searchUrl(method, query, page);
      const reading = await onPage(url, signal, (tabId) => readIn(tabId, url, 4000));
      if (reading.kind === 'listing') {
        memory.rememberNext(site, query, page, reading.listing.nextPageUrl);
        return reading.listing;
      }
      if (reading.kind === 'product') {
        // Some shops jump straight to the product when a search has exactly one hit.
        const p = reading.product;
        return { url, noResults: false, cards: [{ url: p.url, name: p.name ?? p.url, price: p.price, currency: p.currency, availability: p.availability, image: p.images[0] }] };
      }
      // Neither results nor "nothing found": the search page is not one Tastebud can read (a bot
      // check, a redesign). Said so, so that a site that is always like this is reported, not "empty".
      return { url, cards: [], noResults: false, unreadable: `${site.name}'s search page showed no results Tastebud could read (${reading.kind === 'unknown' ? reading.reason : `a ${reading.kind} page`}); the site may have changed its layout or be showing a check page.` };
    },
    read(url, signal) {
      return onPage(url, signal, (tabId) => readIn(tabId, url, 1500));
    },
    async addToCart(productUrl, signal) {
      return onPage(productUrl, signal, async (tabId) => {
        const clicked = await sendMessage('clickAddToCart', undefined, tabId);
        if (!clicked.ok) return clicked;
        // The click submits a form; wait for the shop's answer page before the tab is reused.
        await new Promise((r) => setTimeout(r, 300));
        await waitForComplete(tabId, pageTimeoutMs);
        return { ok: true, message: `Added to the cart at ${safeHost(productUrl)}.` };
      });
    },
    pagesLoaded: () => loads,
    async closeAll() {
      const ids = [...opened];
      opened.clear();
      idle.length = 0;
      await Promise.all(ids.map((id) => browser.tabs.remove(id).catch(() => undefined)));
      await Promise.all(ids.map((id) => forgetRunTab(id).catch(() => undefined)));
    },
  };
}

async function waitForComplete(tabId: number, timeoutMs: number): Promise<void> {
  const start = Date.now();
  while (Date.now() - start < timeoutMs) {
    const tab = await browser.tabs.get(tabId).catch(() => undefined);
    if (!tab || tab.status === 'complete') return;
    await new Promise((r) => setTimeout(r, 100));
  }
}
