/**
 * What a music result row shows about its track or release, besides the link: the artist, the year,
 * genre / style / tag names, feel words and popularity. Rows are read so that an agent can tell from
 * the list which tracks are worth opening (an "80s" wish is settled by a row showing 1984), instead
 * of opening every track page. Only what the row itself shows is read; nothing is guessed.
 */
import { absoluteUrl, all, cleanText, first, textOf } from '../text';
import type { ListingCard } from '../types';

type RowFacts = Pick<ListingCard, 'artist' | 'artistUrl' | 'year' | 'tags' | 'moods' | 'popularity'>;

const YEAR = /\b(19\d{2}|20\d{2})\b/g;
const ARTIST_PATH = /\/(artists?|bands?|musicians?|performers?)\//i;
const TAG_PATH = /\/(genres?|styles?|subgenres?|tags?)\//i;
/** Parts of a row whose text is a name (title, album, label), where a number is not the release year. */
const NAME_PART = '[class*=title i], [class*=name i], [class*=album i], [class*=label i]';

/** Text nodes of the row outside links and named parts: where a bare year or a tag list stands. */
function looseText(row: Element): string {
  const doc = row.ownerDocument;
  const walker = doc.createTreeWalker(row, 4 /* NodeFilter.SHOW_TEXT */);
  const parts: string[] = [];
  for (let node = walker.nextNode(), n = 0; node && n < 200; node = walker.nextNode(), n++) {
    const parent = node.parentElement;
    const named = parent?.closest(NAME_PART);
    if (!parent || parent.closest('a') || (named && named !== row && row.contains(named))) continue;
    parts.push(node.nodeValue ?? '');
  }
  return cleanText(parts.join(' '));
}

/** The one release year the row shows: a year or date element, else a single year-shaped number outside names and links. */
function rowYear(row: Element, loose: string): number | undefined {
  const marked = first(row, '[class*=year i], [itemprop=datePublished], time[datetime], [class*=date i], [class*=released i]');
  const markedText = marked ? `${marked.getAttribute('datetime') ?? ''} ${marked.getAttribute('content') ?? ''} ${textOf(marked, 40)}` : '';
  const years = new Set([...(markedText.match(YEAR) ?? loose.match(YEAR) ?? [])]);
  // Two different years (a reissue, a year in a label's name): the row does not say which is the release.
  return years.size === 1 ? Number([...years][0]) : undefined;
}

const splitNames = (text: string) => text.split(/\s*[,;/|·]\s*/).map((t) => t.trim()).filter((t) => t.length > 1 && t.length < 40 && !/^\d+$/.test(t));

/** Genre / style / tag names: links into browse pages, marked tag elements, else one bracketed list ("[Ambient, Techno]"). */
function rowTags(row: Element, loose: string): string[] {
  const linked = all(row, 'a[href]').filter((a) => TAG_PATH.test(a.getAttribute('href') ?? '')).map((a) => textOf(a, 40));
  const marked = all(row, '[class*=genre i], [class*=style i], [class*=tag i], [itemprop=genre]').filter((el) => !el.querySelector('[class*=genre i], [class*=style i], [class*=tag i]')).flatMap((el) => splitNames(textOf(el, 200)));
  const bracketed = /\[([^\]]{2,200})\]/.exec(loose)?.[1];
  const names = linked.length || marked.length ? [...linked, ...marked] : splitNames(bracketed ?? '');
  return Array.from(new Set(names.filter(Boolean)));
}

function rowPopularity(row: Element): number | undefined {
  const el = first(row, '[class*=popularity i], [title=Popularity i], [aria-label*=popularity i]');
  const value = Number(/\d+(?:\.\d+)?/.exec(textOf(el, 20))?.[0] ?? NaN);
  return Number.isFinite(value) ? value : undefined;
}

/** Facts of a music row; `titleLink` is the row's own link (to the track or release), never the artist. */
export function rowFacts(row: Element, titleLink: Element | undefined, pageUrl: string): RowFacts {
  // Simple selectors inside the row only: "[class*=artist] a" would also match the page's own "artist-page" section around it.
  const artistParts = all(row, '[class*=artist i], [itemprop=byArtist]');
  const artistLink = artistParts.map((el) => (el.matches('a[href]') ? el : first(el, 'a[href]'))).find((a): a is Element => a !== null && a !== titleLink)
    ?? all(row, 'a[href]').find((a) => a !== titleLink && ARTIST_PATH.test(a.getAttribute('href') ?? ''));
  const artistText = artistLink ? textOf(artistLink, 120) : textOf(artistParts[0], 120);
  const loose = looseText(row);
  const moods = all(row, '[class*=mood i], [class*=feel i], [class*=vibe i]').flatMap((el) => splitNames(textOf(el, 200)));
  const facts: RowFacts = {
    artist: artistText || undefined,
    artistUrl: absoluteUrl(artistLink?.getAttribute('href'), pageUrl),
    year: rowYear(row, loose),
    tags: rowTags(row, loose),
    moods: Array.from(new Set(moods)),
    popularity: rowPopularity(row),
  };
  if (!facts.tags?.length) delete facts.tags;
  if (!facts.moods?.length) delete facts.moods;
  for (const key of Object.keys(facts) as (keyof RowFacts)[]) if (facts[key] === undefined) delete facts[key];
  return facts;
}
