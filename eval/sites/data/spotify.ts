import { join } from 'node:path';
import { readCsv } from './csv';
import { assignUniqueSlugs, wooSlug } from './text';

export const FEATURE_NAMES = ['danceability', 'energy', 'valence', 'acousticness', 'instrumentalness', 'speechiness', 'liveness'] as const;
export type FeatureName = (typeof FEATURE_NAMES)[number];

export interface SpotifyTrack {
  id: string;
  name: string;
  artist: string;
  artistSlug: string;
  popularity: number;
  albumId: string;
  albumName: string;
  releaseDate: string;
  year?: number;
  /** Every playlist genre / subgenre the track was filed under (a track can sit in several playlists). */
  genres: string[];
  subgenres: string[];
  playlistIds: string[];
  features: Record<FeatureName, number>;
  tempo: number;
  loudness: number;
  key: number;
  mode: number;
  durationMs: number;
}

export interface SpotifyArtist {
  name: string;
  slug: string;
  tracks: SpotifyTrack[];
  playlistIds: Set<string>;
}

export interface SpotifyCatalog {
  tracks: SpotifyTrack[];
  trackById: Map<string, SpotifyTrack>;
  artists: Map<string, SpotifyArtist>;
  playlistNames: Map<string, string>;
  /** Each playlist subgenre sits under one playlist genre ("dance pop" -> "pop"). */
  genreOfSubgenre: Map<string, string>;
}

const cache = new Map<string, SpotifyCatalog>();
const addUnique = (list: string[], value: string) => {
  if (value && !list.includes(value)) list.push(value);
};

/** The three parts of the TidyTuesday table, tracks deduplicated by id with all their genres kept. */
export function loadSpotify(dataDir: string): SpotifyCatalog {
  const dir = join(dataDir, 'music-catalog');
  const cached = cache.get(dir);
  if (cached) return cached;
  const trackById = new Map<string, SpotifyTrack>();
  const playlistNames = new Map<string, string>();
  const genreOfSubgenre = new Map<string, string>();
  for (const part of [1, 2, 3]) {
    for (const row of readCsv(join(dir, `tidytuesday_spotify_songs_part${part}of3.csv`))) {
      const id = row['track_id'] ?? '';
      if (!id) continue;
      playlistNames.set(row['playlist_id'] ?? '', row['playlist_name'] ?? '');
      if (!genreOfSubgenre.has(row['playlist_subgenre'] ?? '')) genreOfSubgenre.set(row['playlist_subgenre'] ?? '', row['playlist_genre'] ?? '');
      let track = trackById.get(id);
      if (!track) {
        const num = (key: string) => Number(row[key] ?? 0);
        const releaseDate = row['track_album_release_date'] ?? '';
        track = {
          id,
          name: row['track_name'] ?? '',
          artist: row['track_artist'] ?? '',
          artistSlug: '',
          popularity: num('track_popularity'),
          albumId: row['track_album_id'] ?? '',
          albumName: row['track_album_name'] ?? '',
          releaseDate,
          year: /^\d{4}/.test(releaseDate) ? Number(releaseDate.slice(0, 4)) : undefined,
          genres: [],
          subgenres: [],
          playlistIds: [],
          features: Object.fromEntries(FEATURE_NAMES.map((f) => [f, num(f)])) as Record<FeatureName, number>,
          tempo: num('tempo'),
          loudness: num('loudness'),
          key: num('key'),
          mode: num('mode'),
          durationMs: num('duration_ms'),
        };
        trackById.set(id, track);
      }
      addUnique(track.genres, row['playlist_genre'] ?? '');
      addUnique(track.subgenres, row['playlist_subgenre'] ?? '');
      addUnique(track.playlistIds, row['playlist_id'] ?? '');
    }
  }
  const tracks = [...trackById.values()];
  const artistNames = [...new Set(tracks.map((t) => t.artist))].sort();
  const slugs = assignUniqueSlugs(artistNames, (name) => wooSlug(name) || 'artist');
  const artists = new Map<string, SpotifyArtist>();
  const bySlug = new Map<string, SpotifyArtist>();
  for (const name of artistNames) {
    const artist: SpotifyArtist = { name, slug: slugs.get(name)!, tracks: [], playlistIds: new Set() };
    artists.set(artist.slug, artist);
    bySlug.set(name, artist);
  }
  for (const track of tracks) {
    const artist = bySlug.get(track.artist)!;
    track.artistSlug = artist.slug;
    artist.tracks.push(track);
    track.playlistIds.forEach((p) => artist.playlistIds.add(p));
  }
  const catalog = { tracks, trackById, artists, playlistNames, genreOfSubgenre };
  cache.set(dir, catalog);
  return catalog;
}
