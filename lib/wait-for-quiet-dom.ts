/**
 * Listings that render client-side (from a JSON endpoint) are empty at "load". Waiting until the
 * DOM has been still for a moment reads them without knowing each site's framework.
 */
export function waitForQuietDom(doc: Document, maxMs: number, quietMs = 250): Promise<void> {
  return new Promise((resolve) => {
    const start = Date.now();
    let timer: ReturnType<typeof setTimeout>;
    const finish = () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(deadline);
      resolve();
    };
    const observer = new MutationObserver(() => {
      clearTimeout(timer);
      if (Date.now() - start >= maxMs) return finish();
      timer = setTimeout(finish, quietMs);
    });
    observer.observe(doc.documentElement, { childList: true, subtree: true, characterData: true });
    timer = setTimeout(finish, quietMs);
    const deadline = setTimeout(finish, maxMs);
  });
}
