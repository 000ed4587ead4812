/** Whether the local music sites can satisfy a scenario: shared by the public and held-back sets' tests. */
import { archiveFacts, relatedArtists, tunesFacts } from './catalog-facts';
import { checkTrack } from './checks';
import type { MusicScenario } from './types';

/** Scenarios that fewer than minTracks tracks, or tracks by fewer than 3 artists, fully satisfy, as "id: N tracks by M artists". */
export function unsatisfiableScenarios(scenarios: readonly MusicScenario[], dataDir: string): string[] {
  const tracks = [...tunesFacts(dataDir), ...archiveFacts(dataDir)];
  const related = relatedArtists(dataDir);
  return scenarios.flatMap((s) => {
    const fits = tracks.filter((t) => s.checklist.every((c) => checkTrack(c, t, related)));
    const artists = new Set(fits.map((t) => t.artist.toLowerCase())).size;
    return fits.length >= s.minTracks && artists >= 3 ? [] : [`${s.id}: ${fits.length} tracks by ${artists} artists`];
  });
}
