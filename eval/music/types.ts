/** Music scenarios (eval/music/scenarios.json): a request and the typed checklist it is judged by. */

export type MusicCheck =
  /** Genre, subgenre or style shown on the track page ("hard rock", "ambient", "hip hop"). */
  | { kind: 'genre'; value: string }
  | { kind: 'not-genre'; value: string }
  /** A feel word the sites show ("calm", "sad", "energetic", "danceable", "acoustic"). */
  | { kind: 'mood'; value: string }
  | { kind: 'not-mood'; value: string }
  /** Inclusive release-year range. */
  | { kind: 'decade'; from: number; to: number }
  | { kind: 'instrumental'; wanted: boolean }
  | { kind: 'not-artist'; artist: string }
  /** By another artist that shares a playlist with this one (the tunes site's "fans also like" basis). */
  | { kind: 'similar-to-artist'; artist: string };

export interface MusicScenario {
  id: string;
  /** For the per-category bars: the scenario's main difficulty. */
  category: string;
  request: string;
  minTracks: number;
  checklist: MusicCheck[];
}

/** What a check needs to know about a returned track (read from its page). */
export interface TrackFacts {
  url: string;
  artist: string;
  genres: string[];
  styles: string[];
  moods: string[];
  year?: number;
  instrumental?: boolean;
  /** 1 passive .. 3 active, where the site shows it. */
  activity?: number;
}

/** Artist (lower-case) -> artists that share a playlist with it (lower-case). */
export type RelatedArtists = Map<string, Set<string>>;
