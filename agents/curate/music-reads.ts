/** Reading music pages into tracks: a track page, a listing with tracks, or an artist with its tracks. */
import type { ArtistRecord, TrackRecord } from '../page/types';
import type { SiteRef, SiteVisitor } from '../sites/types';
import { raceAbort } from './bounded';

export interface MusicFinds {
  tracks: TrackRecord[];
  artists: ArtistRecord[];
}

export async function searchMusic(site: SiteRef, query: string, visitor: SiteVisitor, signal: AbortSignal, seenReads: Set<string>, maxReads: number): Promise<MusicFinds> {
  const finds: MusicFinds = { tracks: [], artists: [] };
  const listing = await raceAbort(visitor.search(site, query, 1, signal), signal);
  for (const card of listing.cards) {
    if (seenReads.size >= maxReads) break;
    if (seenReads.has(card.url)) continue;
    seenReads.add(card.url);
    await readInto(card.url, visitor, signal, finds);
  }
  return finds;
}

export async function readInto(url: string, visitor: SiteVisitor, signal: AbortSignal, finds: MusicFinds): Promise<void> {
  const page = await raceAbort(visitor.read(url, signal), signal);
  if (page.kind === 'track') finds.tracks.push(page.track);
  else if (page.kind === 'artist') { finds.artists.push(page.artist); finds.tracks.push(...page.artist.tracks); }
  else if (page.kind === 'listing') finds.tracks.push(...(page.tracks ?? []));
}
