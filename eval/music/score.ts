/** Scores one music scenario's returned tracks against its checklist. Pure. */
import { checkTrack, describeCheck, isRejectedCheck } from './checks';
import type { MusicScenario, RelatedArtists, TrackFacts } from './types';

export interface MusicScore {
  /** Satisfied (check, track) pairs over all pairs; 0 when nothing was returned. */
  satisfied: number;
  /** Tracks that break at least one rejected item (not-artist, not-genre, not-mood). */
  violations: number;
  /** Distinct artists over tracks. */
  artistVariety: number;
  tracks: number;
  /** At least minTracks, every item met on every track, no violation. */
  passed: boolean;
  /** Per check, how many tracks met it: "genre hard rock 5/6". */
  perCheck: string[];
}

export function scoreMusicScenario(scenario: MusicScenario, tracks: readonly TrackFacts[], related: RelatedArtists): MusicScore {
  const pairs = scenario.checklist.map((check) => ({ check, met: tracks.filter((t) => checkTrack(check, t, related)).length }));
  const total = scenario.checklist.length * tracks.length;
  const metTotal = pairs.reduce((n, p) => n + p.met, 0);
  const rejected = scenario.checklist.filter(isRejectedCheck);
  const violations = tracks.filter((t) => rejected.some((c) => !checkTrack(c, t, related))).length;
  const satisfied = total ? metTotal / total : 0;
  return {
    satisfied,
    violations,
    artistVariety: tracks.length ? new Set(tracks.map((t) => t.artist.toLowerCase())).size / tracks.length : 0,
    tracks: tracks.length,
    passed: tracks.length >= scenario.minTracks && satisfied === 1 && violations === 0,
    perCheck: pairs.map((p) => `${describeCheck(p.check)} ${p.met}/${tracks.length}`),
  };
}
