import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SuiteOptions } from '../report/suite-cli';
import { loadMusicScenarios } from './scenarios';
import { musicSuite } from './suite';

const options = (extra: Partial<SuiteOptions> = {}): SuiteOptions => ({ data: '/data', shard: '1/1', json: false, headed: false, ...extra });

describe('eval:music with --scenarios FILE', () => {
  it('runs the scenarios of that file, and says which file it read', () => {
    const [one] = loadMusicScenarios();
    const file = join(mkdtempSync(join(tmpdir(), 'music-set-')), 'scenarios.json');
    writeFileSync(file, JSON.stringify([{ ...one, id: 'x1', category: 'held-back' }]));
    const suite = musicSuite(options({ scenarios: file }));
    expect(suite.title(options({ scenarios: file }))).toBe(`Music: 1 scenarios from ${file}`);
    expect(suite.title(options({ scenarios: file, category: 'genre' }))).toMatch(/^Music: 0 scenarios/);
  });
  it('runs the suite\'s own scenarios.json without it', () => {
    const count = loadMusicScenarios().length;
    expect(musicSuite(options()).title(options())).toBe(`Music: ${count} scenarios`);
  });
  it('names the file and the scenario when the file is malformed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'music-set-')), 'scenarios.json');
    writeFileSync(file, JSON.stringify([{ id: 'x1', request: 'some jazz', category: 'c', minTracks: 5, checklist: [{ kind: 'tempo', value: 'fast' }] }]));
    expect(() => musicSuite(options({ scenarios: file }))).toThrow(new RegExp(`music scenario x1 in ${file}`));
  });
});
