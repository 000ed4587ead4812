/**
 * Links into a site's genre / style / tag browse pages ("/genre/latin/reggaeton", "/browse/style/hard-rock"):
 * music sites search titles and names, so a genre is often only reachable by browsing.
 */
import { absoluteUrl, all, textOf } from '../text';

const BROWSE_PATH = /(^|\/)(genres?|styles?|subgenres?|browse|tags?)(\/|$)/i;

export function browseLinks(doc: Document, pageUrl: string): { text: string; url: string }[] {
  const origin = new URL(pageUrl).origin;
  const links: { text: string; url: string }[] = [];
  for (const a of all(doc, 'a[href]').slice(0, 2000)) {
    const url = absoluteUrl(a.getAttribute('href'), pageUrl);
    const text = textOf(a, 80);
    if (!url || !text || !url.startsWith(origin)) continue;
    if (BROWSE_PATH.test(new URL(url).pathname)) links.push({ text, url });
  }
  return Array.from(new Map(links.map((l) => [l.url, l])).values()).slice(0, 400);
}
