import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { archiveFacts, relatedArtists, tunesFacts } from './catalog-facts';
import { checkTrack } from './checks';
import { loadMusicScenarios } from './scenarios';

const data = resolve(process.env.TASTEBUD_DATA ?? '../shared/data');
const hasData = existsSync(resolve(data, 'music-catalog'));
const scenarios = loadMusicScenarios();

describe('music scenarios', () => {
  it('are at least 30, each with a checklist and several kinds across them', () => {
    expect(scenarios.length).toBeGreaterThanOrEqual(30);
    const kinds = new Set(scenarios.flatMap((s) => s.checklist.map((c) => c.kind)));
    for (const kind of ['genre', 'not-genre', 'mood', 'decade', 'instrumental', 'not-artist', 'similar-to-artist']) expect(kinds).toContain(kind);
  });

  it.skipIf(!hasData)('can each be satisfied by the local music sites: enough tracks by at least 3 artists meet every item', () => {
    const tracks = [...tunesFacts(data), ...archiveFacts(data)];
    const related = relatedArtists(data);
    const unsatisfiable = scenarios.flatMap((s) => {
      const fits = tracks.filter((t) => s.checklist.every((c) => checkTrack(c, t, related)));
      const artists = new Set(fits.map((t) => t.artist.toLowerCase())).size;
      return fits.length >= s.minTracks && artists >= 3 ? [] : [`${s.id}: ${fits.length} tracks by ${artists} artists`];
    });
    expect(unsatisfiable).toEqual([]);
  }, 180_000);
});
if (!hasData) console.warn(`Music catalogue not found under ${data}: set TASTEBUD_DATA to check scenario satisfiability.`);
