/** The next page of a listing: rel=next, a "next" link, or the link to the current page number + 1. */
import { absoluteUrl, all, first, textOf } from '../text';

const NEXT_TEXT = /^(next|next page|weiter|nächste|suivant|page suivante|siguiente|successiv[ao]|volgende|następna|nästa|næste|seuraava|další|далее|次へ|下一页|다음|›|»|→|>)$/i;

export function nextPageUrl(doc: Document, pageUrl: string): string | undefined {
  const rel = first(doc, 'link[rel~=next][href], a[rel~=next][href]');
  if (rel) return absoluteUrl(rel.getAttribute('href'), pageUrl);
  const links = all(doc, 'a[href]').slice(0, 5000);
  const labelled = links.find((a) => {
    const label = textOf(a, 40) || a.getAttribute('aria-label') || a.getAttribute('title') || '';
    return NEXT_TEXT.test(label.trim()) || /\bnext\b/i.test(`${a.getAttribute('class') ?? ''} ${a.getAttribute('aria-label') ?? ''}`);
  });
  if (labelled) return absoluteUrl(labelled.getAttribute('href'), pageUrl);
  const current = first(doc, '[aria-current=page], .pagination .active, .page-numbers.current, [class*=pagination i] [class*=current i]');
  const n = Number(textOf(current, 10));
  if (!Number.isInteger(n) || n < 1) return undefined;
  const following = links.find((a) => textOf(a, 10) === String(n + 1) && a.closest('nav, [class*=pag i]'));
  return following ? absoluteUrl(following.getAttribute('href'), pageUrl) : undefined;
}
