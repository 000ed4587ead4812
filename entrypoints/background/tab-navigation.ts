import { browser } from 'wxt/browser';
import { sendMessage } from '../../lib/messaging';

/** A page that did not finish loading in time: worth one more try, unlike a refused connection. */
export class PageLoadTimeout extends Error {
  override name = 'PageLoadTimeout';
}

/** Loads a URL in a tab and resolves when the tab reports "complete"; rejects with a user-facing reason. */
export function navigateTab(tabId: number, url: string, timeoutMs: number, signal?: AbortSignal): Promise<void> {
  return whenLoaded(tabId, url, timeoutMs, signal, () => browser.tabs.update(tabId, { url }).then(() => false));
}

/**
 * Opens a background tab on `url` and resolves with its id once loaded. The tab is created on the
 * URL itself: Chrome never loads an inactive about:blank tab, so navigating one later would hang.
 */
export async function openTab(url: string, timeoutMs: number, opts: { signal?: AbortSignal; windowId?: number; onCreated?(tabId: number): Promise<void> } = {}): Promise<number> {
  const { signal, windowId } = opts;
  const tab = await browser.tabs.create({ url, active: false, windowId });
  const tabId = tab.id!;
  // Remembered before it loads: a worker stopped during the load must still be able to close it.
  await opts.onCreated?.(tabId).catch(() => undefined);
  // It may have finished loading before the listener was attached.
  await whenLoaded(tabId, url, timeoutMs, signal, async () => isLoaded(await browser.tabs.get(tabId), url)).catch(async (error) => {
    await browser.tabs.remove(tabId).catch(() => undefined);
    throw error;
  });
  return tabId;
}

const NUDGE_AFTER_MS = 3_000;

/** `start` begins the load; it answers true when the tab is already complete. */
function whenLoaded(tabId: number, url: string, timeoutMs: number, signal: AbortSignal | undefined, start: () => Promise<boolean>): Promise<void> {
  return new Promise((resolve, reject) => {
    const host = safeHost(url);
    const cleanup = () => {
      clearTimeout(timer);
      clearTimeout(nudge);
      browser.tabs.onUpdated.removeListener(onUpdated);
      browser.tabs.onRemoved.removeListener(onRemoved);
      signal?.removeEventListener('abort', onAbort);
    };
    const fail = (message: string) => {
      cleanup();
      reject(new Error(message));
    };
    // A late "complete" of the previous document (same site, other URL) must not pass for the new
    // one: a redirected URL counts only once the tab has started loading since we asked.
    let loadingSince = false;
    const onUpdated = (id: number, info: { status?: string }, tab: { url?: string }) => {
      if (id !== tabId) return;
      if (info.status === 'loading' && tab.url && tab.url !== 'about:blank') loadingSince = true;
      if (info.status !== 'complete' || !tab.url || tab.url === 'about:blank') return;
      // Firefox also reports "complete" for a new tab's initial about:blank (skipped above).
      if (!sameUrl(tab.url, url) && !(loadingSince && safeHost(tab.url) === safeHost(url))) return;
      cleanup();
      resolve();
    };
    const onRemoved = (id: number) => {
      if (id === tabId) fail(`The tab reading ${host} was closed before the page loaded.`);
    };
    const onAbort = () => fail('Cancelled.');
    // A background tab's navigation sometimes never starts (seen in headless Chromium 156 right after
    // a profile's first pages): no "loading" comes, and the page would only be read after the full
    // timeout and a retry. A navigation that has not started after a few seconds is asked for again.
    const nudge = setTimeout(() => {
      if (!loadingSince) void start().then((done) => done && (cleanup(), resolve()), () => undefined);
    }, NUDGE_AFTER_MS);
    const timer = setTimeout(() => {
      cleanup();
      reject(new PageLoadTimeout(`${host} did not finish loading within ${Math.round(timeoutMs / 1000)} s; it was skipped.`));
    }, timeoutMs);
    browser.tabs.onUpdated.addListener(onUpdated);
    browser.tabs.onRemoved.addListener(onRemoved);
    signal?.addEventListener('abort', onAbort);
    start().then(
      (done) => {
        if (done) {
          cleanup();
          resolve();
        }
      },
      (error: Error) => fail(`Could not open ${host}: ${error.message}`),
    );
  });
}

/** A fresh tab is loaded once it shows a page of the wanted site (sites may redirect within it). */
function isLoaded(tab: { status?: string; url?: string }, wanted: string): boolean {
  return tab.status === 'complete' && !!tab.url && tab.url !== 'about:blank' && safeHost(tab.url) === safeHost(wanted);
}

function sameUrl(actual: string, wanted: string): boolean {
  const strip = (u: string) => u.replace(/#.*$/, '').replace(/\/$/, '');
  return strip(actual) === strip(wanted);
}

export function safeHost(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

const CONTENT_SCRIPT_FILE = '/content-scripts/content.js';

/** A tab without the content script gets it injected (once), not an error. */
export async function ensureContentScript(tabId: number): Promise<void> {
  const answer = await sendMessage('ping', undefined, tabId).catch(() => undefined);
  if (answer === 'pong') return;
  try {
    if (browser.scripting) {
      await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT_FILE] });
    } else {
      // Firefox MV2 without the scripting API.
      await (browser.tabs as unknown as { executeScript(id: number, d: { file: string }): Promise<unknown> }).executeScript(tabId, { file: CONTENT_SCRIPT_FILE });
    }
  } catch (error) {
    throw new Error(`Tastebud may not read this site yet: allow it in Options → Sites. (${(error as Error).message})`);
  }
}
