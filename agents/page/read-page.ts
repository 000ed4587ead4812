/**
 * readPage: decide what kind of page this is (product, listing, track, artist) from declared markup
 * first, then from what the page shows; "unknown" with a reason when nothing fits.
 */
import { readArtistPage } from './music/read-artist';
import { musicNodes, readTrackPage } from './music/read-track';
import { readListingPage } from './listing/read-listing';
import { readProductPage } from './product/read-product';
import { labelledValues } from './dom/labels';
import { openGraphType } from './structured/meta';
import { textOf } from './text';
import { trackFromRow } from './music/row-track';
import type { PageReading } from './types';

const ARTIST_RELATED_HEADING = /fans also like|related artists|similar artists/i;


function declaredKind(doc: Document): PageReading['kind'] | undefined {
  const og = openGraphType(doc) ?? '';
  if (og.startsWith('music.song') || musicNodes(doc, ['MusicRecording']).length === 1) return 'track';
  if (og === 'music.musician' || og === 'profile' || musicNodes(doc, ['MusicGroup']).length > 0) return 'artist';
  return undefined;
}

/** A page without music markup that still shows "Artist" plus genre, style or year facts. */
function showsMusicFacts(doc: Document): boolean {
  const labels = new Set(labelledValues(doc, 800).map((l) => l.label.toLowerCase()));
  return labels.has('artist') && ['genre', 'genres', 'style', 'styles', 'year', 'released', 'album'].some((l) => labels.has(l));
}

export function readPage(doc: Document, url: string): PageReading {
  try {
    const declared = declaredKind(doc);
    if (declared === 'track') return { kind: 'track', track: readTrackPage(doc, url) };
    if (declared === 'artist') return { kind: 'artist', artist: readArtistPage(doc, url) };
    const listing = readListingPage(doc, url);
    const product = readProductPage(doc, url);
    const productLike = product.price !== undefined && product.confidence >= 0.5;
    // An artist page without declared markup: a list of tracks under a "fans also like" list of artists.
    if (!productLike && listing.cards.length >= 2 && ARTIST_RELATED_HEADING.test(textOf(doc.body, 20_000))) {
      const artist = readArtistPage(doc, url);
      if (artist.related.length) return { kind: 'artist', artist: { ...artist, tracks: artist.tracks.length ? artist.tracks : listing.cards.map((c) => trackFromRow(c, { name: artist.name, url })) } };
    }
    // A product page often shows a few "related" cards; a listing shows many and no single product.
    if (listing.noResults || (listing.cards.length >= 3 && !(productLike && product.sources.price !== 'dom')) || (listing.cards.length >= 2 && !productLike)) {
      const tracks = musicNodes(doc, ['MusicRecording']).length > 1 ? readArtistPage(doc, url).tracks : undefined;
      return tracks ? { kind: 'listing', listing, tracks } : { kind: 'listing', listing };
    }
    if (productLike || (product.confidence >= 0.6 && product.name)) return { kind: 'product', product };
    if (showsMusicFacts(doc)) return { kind: 'track', track: readTrackPage(doc, url) };
    if (musicNodes(doc, ['MusicRecording']).length > 1) return { kind: 'listing', listing, tracks: readArtistPage(doc, url).tracks };
    // A search with a single hit: one card and no product of its own.
    if (listing.cards.length === 1) return { kind: 'listing', listing };
    return { kind: 'unknown', url, reason: 'no product, listing or music data found on the page' };
  } catch (error) {
    return { kind: 'unknown', url, reason: `the page could not be read: ${error instanceof Error ? error.message : String(error)}` };
  }
}
