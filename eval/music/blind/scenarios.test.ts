import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsatisfiableScenarios } from '../satisfiability';
import { loadMusicScenarios } from '../scenarios';

// The held-back set is only validated here; no agent runs on it (see README.md).
const data = resolve(process.env.TASTEBUD_DATA ?? '../shared/data');
const hasData = existsSync(resolve(data, 'music-catalog'));
const blind = loadMusicScenarios(join(__dirname, 'scenarios.json'));

describe('held-back music scenarios (eval/music/blind)', () => {
  it('are 12, in the public set\'s format, with ids and requests of their own, over the public set\'s categories', () => {
    expect(blind).toHaveLength(12);
    const publicSet = loadMusicScenarios();
    const publicIds = new Set(publicSet.map((s) => s.id));
    const publicRequests = new Set(publicSet.map((s) => s.request));
    expect(blind.filter((s) => publicIds.has(s.id) || publicRequests.has(s.request))).toEqual([]);
    expect(new Set(blind.map((s) => s.category))).toEqual(new Set(publicSet.map((s) => s.category)));
  });

  it.skipIf(!hasData)('can each be satisfied by the local music sites: enough tracks by at least 3 artists meet every item', () => {
    expect(unsatisfiableScenarios(blind, data)).toEqual([]);
  }, 180_000);
});
