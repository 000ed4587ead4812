import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SuiteOptions } from '../report/suite-cli';
import { loadPersonalScenarios } from './scenarios';
import { personalSuite } from './suite';

const options = (extra: Partial<SuiteOptions> = {}): SuiteOptions => ({ data: '/data', shard: '1/1', json: false, headed: false, ...extra });

describe('eval:personal with --scenarios FILE', () => {
  it('runs the scenarios of that file, and says which file it read', () => {
    const [one] = loadPersonalScenarios();
    const file = join(mkdtempSync(join(tmpdir(), 'personal-set-')), 'scenarios.json');
    writeFileSync(file, JSON.stringify([{ ...one, id: 'x1', category: 'held-back' }]));
    const suite = personalSuite(options({ scenarios: file }));
    expect(suite.title(options({ scenarios: file }))).toBe(`Personalisation: 1 scenarios from ${file}`);
    expect(suite.title(options({ scenarios: file, category: 'brand' }))).toMatch(/^Personalisation: 0 scenarios/);
  });
  it('runs the suite\'s own scenarios.json without it', () => {
    const count = loadPersonalScenarios().length;
    expect(personalSuite(options()).title(options())).toBe(`Personalisation: ${count} scenarios`);
  });
  it('names the file and the scenario when the file is malformed', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'personal-set-')), 'scenarios.json');
    writeFileSync(file, JSON.stringify([{ id: 'x1', request: 'a mouse', category: 'c', checklist: [{ kind: 'colour', text: 'red' }] }]));
    expect(() => personalSuite(options({ scenarios: file }))).toThrow(new RegExp(`personal scenario x1 in ${file}`));
  });
});
