/**
 * Reads the page it runs in and acts on it when the background asks. Not declared in the manifest:
 * the background injects it into the tabs it opens, so the extension needs no blanket host access.
 * Page text is only ever data handed to the readers, never instructions.
 */
import { readPage } from '../agents/page';
import { findSearch } from '../agents/sites/find-search';
import { onMessage } from '../lib/messaging';
import { findAddToCartButton } from '../lib/add-to-cart';
import { waitForQuietDom } from '../lib/wait-for-quiet-dom';

declare global {
  interface Window {
    __tastebudContent?: boolean;
  }
}

export default defineContentScript({
  matches: ['<all_urls>'],
  registration: 'runtime',
  main() {
    // Injected twice (e.g. after a retry)? One set of listeners is enough.
    if (window.__tastebudContent) return;
    window.__tastebudContent = true;

    onMessage('ping', () => 'pong' as const);
    onMessage('readPage', async ({ data }) => {
      await waitForQuietDom(document, data.waitForContentMs ?? 3000);
      return readPage(document, location.href);
    });
    onMessage('findSearch', () => findSearch(document, location.href) ?? null);
    onMessage('clickAddToCart', () => {
      const button = findAddToCartButton(document);
      if (!button) return { ok: false, message: 'This page has no add-to-cart button that Tastebud could find.' };
      // Reply first: the click usually navigates and ends this script.
      setTimeout(() => button.click(), 0);
      return { ok: true, message: 'Clicked add to cart.' };
    });
  },
});
