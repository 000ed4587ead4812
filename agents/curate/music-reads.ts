/** Reading music pages into tracks: a track page, a listing with tracks, or an artist with its tracks. */
import { trackFromRow } from '../page/music/row-track';
import type { ArtistRecord, ListingCard, ListingPage, PageReading, TrackRecord } from '../page/types';
import type { SiteRef, SiteVisitor } from '../sites/types';
import { raceAbort } from './bounded';

export interface MusicFinds {
  tracks: TrackRecord[];
  artists: ArtistRecord[];
  /** URLs of tracks read from their own page (a track page, or a release page listing it), not from a list elsewhere. */
  ownPage: Set<string>;
  /** Genre / style browse links seen on the pages read. */
  browseLinks?: { text: string; url: string }[];
}

export const emptyFinds = (): MusicFinds => ({ tracks: [], artists: [], ownPage: new Set(), browseLinks: [] });

/**
 * What a list row alone says about its track: out ('drop'), kept as the row shows it without opening
 * its page ('settled': every wish decided; 'unfit': a wanted wish unmet, kept in case wishes must be
 * loosened), or worth opening ('read').
 */
export type RowChoice = 'drop' | 'settled' | 'unfit' | 'read';

/**
 * How much of a listing to read; `stop` is asked before each page read and ends the listing early when
 * it says so. `row` decides from a row which track pages to open (all of them without it); `tag` is the
 * genre or style the listing is a browse page of, which every row on it is filed under; `listingPages`
 * caps the listing pages read, rows worth opening or not (a glance at a listing, not a reading of it).
 */
type Limits = { pages?: number; maxCards?: number; stop?: (readSoFar: MusicFinds) => boolean; row?: (track: TrackRecord) => RowChoice; tag?: string; listingPages?: number };

/**
 * Listing pages of rows that were none worth opening do not count against `pages`, up to this many
 * pages in all: a rare wish (the 1980s among a genre's most played) shows one fitting row in 20 or so,
 * and a page passed over by its rows costs one load and no track reads.
 */
const MAX_LISTING_PAGES = 16;

function rowTrack(card: ListingCard, tag: string | undefined): TrackRecord {
  const track = trackFromRow(card);
  if (tag && !track.styles.some((s) => s.toLowerCase() === tag.toLowerCase())) track.styles = [...track.styles, tag];
  return track;
}

/** Reads the cards of a listing and of its next pages, sharing the site's read budget. */
async function readListing(first: ListingPage, next: (page: number, listing: ListingPage) => Promise<ListingPage | undefined>, visitor: SiteVisitor, signal: AbortSignal, seenReads: Set<string>, maxReads: number, limits: Limits): Promise<MusicFinds> {
  const finds = emptyFinds();
  let cardsRead = 0;
  let counted = 0;
  let listing: ListingPage | undefined = first;
  for (let page = 1; listing && page <= Math.min(MAX_LISTING_PAGES, limits.listingPages ?? Infinity); page++) {
    finds.browseLinks!.push(...(listing.browseLinks ?? []));
    const readBefore = cardsRead;
    for (const card of listing.cards) {
      if (seenReads.size >= maxReads || cardsRead >= (limits.maxCards ?? Infinity) || limits.stop?.(finds)) return finds;
      if (seenReads.has(card.url)) continue;
      const row = rowTrack(card, limits.tag);
      const choice = limits.row?.(row) ?? 'read';
      if (choice === 'drop') continue;
      if (choice !== 'read') { finds.tracks.push(row); continue; }
      seenReads.add(card.url);
      cardsRead++;
      await readInto(card.url, visitor, signal, finds);
    }
    // A page whose rows were all settled or passed over by the list alone cost one read: the next may hold what is wanted.
    if (cardsRead > readBefore || !limits.row) counted++;
    if (!listing.nextPageUrl || listing.noResults || counted >= (limits.pages ?? 1) || page >= (limits.listingPages ?? Infinity) || limits.stop?.(finds)) break;
    listing = await next(page + 1, listing);
  }
  return finds;
}

/** A genre or style browse page and its next pages. */
export async function browseMusic(url: string, visitor: SiteVisitor, signal: AbortSignal, seenReads: Set<string>, maxReads: number, limits: Limits = {}): Promise<MusicFinds> {
  const open = async (u: string) => {
    const page = await raceAbort(visitor.read(u, signal), signal);
    return page.kind === 'listing' ? page.listing : undefined;
  };
  const first = await open(url);
  if (!first) return emptyFinds();
  return readListing(first, (_, l) => (l.nextPageUrl ? open(l.nextPageUrl) : Promise.resolve(undefined)), visitor, signal, seenReads, maxReads, limits);
}

/** A site search: the cards of up to `pages` result pages (at most `maxCards` of them). */
export async function searchMusic(site: SiteRef, query: string, visitor: SiteVisitor, signal: AbortSignal, seenReads: Set<string>, maxReads: number, limits: Limits = {}): Promise<MusicFinds> {
  const first = await raceAbort(visitor.search(site, query, 1, signal), signal);
  return readListing(first, (page) => raceAbort(visitor.search(site, query, page, signal), signal), visitor, signal, seenReads, maxReads, limits);
}

/**
 * A listing page read once in a visit is not fetched again: a glance at a subgenre's first page and the
 * reading on of that subgenre share it. Track and artist pages need no memory: `seenReads` opens each once.
 */
export function rememberListings(visitor: SiteVisitor): SiteVisitor {
  const listings = new Map<string, PageReading>();
  return {
    ...visitor,
    async read(url, signal) {
      const key = url.split('#')[0]!;
      const known = listings.get(key);
      if (known) return known;
      const reading = await visitor.read(url, signal);
      if (reading.kind === 'listing') listings.set(key, reading);
      return reading;
    },
  };
}

export async function readInto(url: string, visitor: SiteVisitor, signal: AbortSignal, finds: MusicFinds): Promise<void> {
  const page = await raceAbort(visitor.read(url, signal), signal);
  if (page.kind === 'track') { finds.tracks.push(page.track); finds.ownPage.add(page.track.url); }
  else if (page.kind === 'artist') { finds.artists.push(page.artist); finds.tracks.push(...page.artist.tracks); }
  else if (page.kind === 'listing') {
    finds.browseLinks?.push(...(page.listing.browseLinks ?? []));
    const tracks = page.tracks ?? [];
    finds.tracks.push(...tracks);
    for (const t of tracks) if (t.url.split('#')[0] === url.split('#')[0]) finds.ownPage.add(t.url);
  }
}

/** The track as its own page shows it; undefined when the page no longer reads as that track. */
export async function readOwnPage(url: string, visitor: SiteVisitor, signal?: AbortSignal): Promise<TrackRecord | undefined> {
  const page = await visitor.read(url, signal);
  if (page.kind === 'track') return page.track;
  if (page.kind === 'listing') return page.tracks?.find((t) => t.url === url);
  return undefined;
}
