import { wooSlug } from '../../data/text';
import { loadSpotify, type SpotifyArtist, type SpotifyCatalog, type SpotifyTrack } from '../../data/spotify';
import { matchAllTerms } from '../match-all-terms';

export interface GenreNode {
  name: string;
  slug: string;
  subgenres: { name: string; slug: string; count: number }[];
  count: number;
}

export const byPopularity = (a: SpotifyTrack, b: SpotifyTrack) => b.popularity - a.popularity || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

/** The streaming catalogue: search, genre browsing and "fans also like" from shared playlists. */
export class TunesCatalog {
  readonly data: SpotifyCatalog;
  readonly genres: GenreNode[];
  private readonly artistsByPlaylist = new Map<string, Set<SpotifyArtist>>();
  private readonly fansCache = new Map<string, { artist: SpotifyArtist; shared: number }[]>();

  constructor(dataDir: string) {
    this.data = loadSpotify(dataDir);
    for (const artist of this.data.artists.values()) {
      for (const playlist of artist.playlistIds) {
        const set = this.artistsByPlaylist.get(playlist) ?? new Set<SpotifyArtist>();
        set.add(artist);
        this.artistsByPlaylist.set(playlist, set);
      }
    }
    const genres = new Map<string, GenreNode>();
    const node = (name: string) => {
      const existing = genres.get(name);
      if (existing) return existing;
      const created: GenreNode = { name, slug: wooSlug(name), subgenres: [], count: 0 };
      genres.set(name, created);
      return created;
    };
    for (const track of this.data.tracks) {
      track.genres.forEach((g) => node(g).count++);
      for (const sub of track.subgenres) {
        const genre = node(this.data.genreOfSubgenre.get(sub) ?? track.genres[0]!);
        let entry = genre.subgenres.find((s) => s.name === sub);
        if (!entry) genre.subgenres.push((entry = { name: sub, slug: wooSlug(sub), count: 0 }));
        entry.count++;
      }
    }
    this.genres = [...genres.values()].sort((a, b) => a.name.localeCompare(b.name));
    this.genres.forEach((g) => g.subgenres.sort((a, b) => a.name.localeCompare(b.name)));
  }

  genre(slug: string): GenreNode | undefined {
    return this.genres.find((g) => g.slug === slug);
  }

  tracksOf(genre: GenreNode, subgenreSlug?: string): SpotifyTrack[] {
    const sub = subgenreSlug ? genre.subgenres.find((s) => s.slug === subgenreSlug)?.name : undefined;
    return this.data.tracks.filter((t) => t.genres.includes(genre.name) && (!sub || t.subgenres.includes(sub))).sort(byPopularity);
  }

  searchTracks(query: string): SpotifyTrack[] {
    const match = matchAllTerms(query);
    return this.data.tracks.filter((t) => match(`${t.name} ${t.artist} ${t.albumName}`)).sort(byPopularity);
  }

  searchArtists(query: string): SpotifyArtist[] {
    const match = matchAllTerms(query);
    return [...this.data.artists.values()].filter((a) => match(a.name)).sort((a, b) => b.tracks.length - a.tracks.length || a.name.localeCompare(b.name));
  }

  /** Artists sharing the most playlists with this one; ties by catalogue size, then name. */
  fansAlsoLike(artist: SpotifyArtist, limit = 8): { artist: SpotifyArtist; shared: number }[] {
    const cached = this.fansCache.get(artist.slug);
    if (cached) return cached.slice(0, limit);
    const shared = new Map<SpotifyArtist, number>();
    for (const playlist of artist.playlistIds) {
      for (const other of this.artistsByPlaylist.get(playlist) ?? []) {
        if (other !== artist) shared.set(other, (shared.get(other) ?? 0) + 1);
      }
    }
    const ranked = [...shared]
      .map(([other, count]) => ({ artist: other, shared: count }))
      .sort((a, b) => b.shared - a.shared || b.artist.tracks.length - a.artist.tracks.length || a.artist.name.localeCompare(b.artist.name))
      .slice(0, 20);
    this.fansCache.set(artist.slug, ranked);
    return ranked.slice(0, limit);
  }
}

