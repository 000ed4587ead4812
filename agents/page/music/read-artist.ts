/** Artist pages: name, genres, tracks shown, and related artists ("Fans also like", "Similar artists"). */
import { jsonLdNodes } from '../structured/jsonld';
import { asList, hasType, isNode, text } from '../structured/values';
import { absoluteUrl, all, first, metaContent, textOf } from '../text';
import type { ArtistRecord } from '../types';
import { musicNodes, trackFromNode } from './read-track';

const RELATED_HEADING = /fans also like|related artists|similar artists|you might also like|ähnliche künstler|artistes similaires|artistas similares|artisti simili|if you like/i;

function relatedArtists(doc: Document, pageUrl: string): ArtistRecord['related'] {
  for (const heading of all(doc, 'h2, h3, h4, [class*=heading i], [aria-label]').slice(0, 300)) {
    const label = `${textOf(heading, 80)} ${heading.getAttribute('aria-label') ?? ''}`;
    if (!RELATED_HEADING.test(label)) continue;
    // The section is the heading's own container (aria-labelled) or what follows the heading.
    const section = heading.hasAttribute('aria-label') && heading.querySelector('a') ? heading : heading.parentElement;
    const links = section ? all(section, 'a[href]') : [];
    const related = links
      .map((a) => ({ name: textOf(a, 100), url: absoluteUrl(a.getAttribute('href'), pageUrl) ?? '' }))
      .filter((r) => r.name && r.url && r.url !== pageUrl);
    if (related.length > 0) return Array.from(new Map(related.map((r) => [r.url, r])).values()).slice(0, 50);
  }
  return [];
}

export function readArtistPage(doc: Document, url: string): ArtistRecord {
  const node = jsonLdNodes(doc).find((n) => hasType(n, ['MusicGroup', 'Person']) && text(n['name']));
  const name = text(node?.['name']) ?? metaContent(doc, ['og:title']) ?? textOf(first(doc, 'h1'), 200);
  const genres = node ? asList(node['genre']).map((g) => text(g)).filter((g): g is string => Boolean(g)) : [];
  const domGenres = [
    ...all(doc, '[class*=genre i] a, [class*=genre i] li, [itemprop=genre]').map((el) => textOf(el, 50)),
    // A plain line of genre names ("pop, rock · dance pop"), outside any track row.
    ...all(doc, 'p[class*=genre i], div[class*=genre i], span[class*=genre i]').filter((el) => !el.querySelector('a, li') && !el.closest('li, tr'))
      .flatMap((el) => textOf(el, 400).split(/\s*[,;|·]\s*/)),
  ].filter((g) => g.length > 0 && g.length < 50);
  const nested = node ? asList(node['track']).flatMap((t) => (isNode(t) && isNode(t['itemListElement']) ? [t['itemListElement']] : asList(isNode(t) ? t['itemListElement'] ?? t : t))) : [];
  const trackNodes = [...nested.filter(isNode).map((t) => (isNode(t['item']) ? t['item'] : t)), ...musicNodes(doc, ['MusicRecording'])];
  const tracks = Array.from(new Map(trackNodes.filter((t) => text(t['name'])).map((t) => trackFromNode(t, url)).map((t) => [`${t.url}|${t.title}`, t])).values());
  for (const t of tracks) if (!t.artist) t.artist = name;
  return { url, name, genres: Array.from(new Set([...genres, ...domGenres])), related: relatedArtists(doc, url), tracks };
}
