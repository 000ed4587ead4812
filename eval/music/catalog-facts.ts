/**
 * The music sites' catalogues as TrackFacts, the way their pages show them: used to check that every
 * scenario can be satisfied, and for the "similar to" relation (artists sharing a playlist).
 */
import { loadArchive } from '../sites/data/freemusic';
import { loadSpotify } from '../sites/data/spotify';
import { moodWords } from '../sites/music/feature-words';
import type { RelatedArtists, TrackFacts } from './types';

export function tunesFacts(dataDir: string): TrackFacts[] {
  return loadSpotify(dataDir).tracks.map((t) => ({
    url: `tunes:${t.id}`,
    artist: t.artist,
    genres: t.genres,
    styles: t.subgenres,
    moods: moodWords(t.features, t.tempo),
    year: t.year,
    instrumental: t.features.instrumentalness > 0.5,
  }));
}

export function archiveFacts(dataDir: string): TrackFacts[] {
  return loadArchive(dataDir).flatMap((r) =>
    r.tracks.map((t, i) => ({
      url: `archive:${r.number}:${i + 1}`,
      artist: t.artist || r.artist,
      genres: r.genres,
      styles: r.styles,
      moods: [],
      year: r.year,
      activity: t.activity || undefined,
    })));
}

/** Artists that share at least one playlist on the streaming site, keyed and valued in lower case. */
export function relatedArtists(dataDir: string): RelatedArtists {
  const catalog = loadSpotify(dataDir);
  const byPlaylist = new Map<string, Set<string>>();
  for (const artist of catalog.artists.values()) {
    for (const playlist of artist.playlistIds) {
      const set = byPlaylist.get(playlist) ?? new Set<string>();
      set.add(artist.name.toLowerCase());
      byPlaylist.set(playlist, set);
    }
  }
  const related: RelatedArtists = new Map();
  for (const artist of catalog.artists.values()) {
    const name = artist.name.toLowerCase();
    const set = related.get(name) ?? new Set<string>();
    for (const playlist of artist.playlistIds) for (const other of byPlaylist.get(playlist) ?? []) if (other !== name) set.add(other);
    related.set(name, set);
  }
  return related;
}
