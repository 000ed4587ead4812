import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsatisfiableScenarios } from './satisfiability';
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
    expect(unsatisfiableScenarios(scenarios, data)).toEqual([]);
  }, 180_000);
});
if (!hasData) console.warn(`Music catalogue not found under ${data}: set TASTEBUD_DATA to check scenario satisfiability.`);
