import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { unsatisfiableScenarios } from '../satisfiability';
import { loadPersonalScenarios } from '../scenarios';

// The held-back set is only validated here; no agent runs on it (see README.md).
const data = resolve(process.env.TASTEBUD_DATA ?? '../shared/data');
const hasData = existsSync(resolve(data, 'webmall', 'shop1.csv'));
const file = join(__dirname, 'scenarios.json');
const blind = loadPersonalScenarios(file);
const kindsOf = (list: typeof blind) => new Set(list.flatMap((s) => s.checklist.flatMap((c) => (c.kind === 'product-type' ? [c.text.toLowerCase()] : []))));

describe('held-back personalisation scenarios (eval/personal/blind)', () => {
  it('are 12, in the public set\'s format, with ids and product kinds of their own', () => {
    expect(blind).toHaveLength(12);
    const publicSet = loadPersonalScenarios();
    const publicIds = new Set(publicSet.map((s) => s.id));
    expect(blind.filter((s) => publicIds.has(s.id))).toEqual([]);
    const publicKinds = kindsOf(publicSet);
    expect([...kindsOf(blind)].filter((k) => publicKinds.has(k))).toEqual([]);
  });

  it.skipIf(!hasData)('can each be satisfied by at least 3 products of the four shops', () => {
    expect(unsatisfiableScenarios(blind, data)).toEqual([]);
  }, 60_000);
});
