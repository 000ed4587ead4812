/**
 * A track known from its row in a list (search results, a browse page, an artist's tracks): what the
 * row shows, marked `fromListRow` so that checks treat what it does not show as unknown.
 */
import type { ListingCard, TrackRecord } from '../types';

export function trackFromRow(card: ListingCard, artist?: { name: string; url?: string }): TrackRecord {
  const track: TrackRecord = {
    url: card.url,
    title: card.name,
    artist: card.artist ?? artist?.name ?? '',
    genres: [],
    // A row's tags do not say which are genres and which styles: kept as styles, matched alike.
    styles: card.tags ?? [],
    moods: card.moods ?? [],
    features: {},
    fromListRow: true,
  };
  const artistUrl = card.artistUrl ?? (card.artist ? undefined : artist?.url);
  if (artistUrl) track.artistUrl = artistUrl;
  if (card.year !== undefined) track.year = card.year;
  if (card.popularity !== undefined) track.popularity = card.popularity;
  return track;
}
