import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'tastebud-intents-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval:intents command', () => {
  // The rules alone are deterministic on hand-written requests; the trained tagger is measured by eval:intents:cv.
  it('prints one JSON object with the agreed fields as the last stdout line', () => {
    const rows = [
      { id: '1', language: 'en', query: 'upbeat 90s rock but no screaming', intents: [
        { category: 'mood', text: 'upbeat', role: 'wanted' }, { category: 'decade', text: '90s', role: 'wanted' },
        { category: 'genre', text: 'rock', role: 'wanted' }, { category: 'instrument', text: 'screaming', role: 'rejected' }] },
      { id: '2', language: 'en', query: 'anything new', intents: [] },
    ];
    writeFileSync(join(dir, 'queries.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
    const out = execFileSync('npx', ['tsx', 'eval/intents/cli.ts', '--data', dir, '--engine', 'rules-only', '--json'], { encoding: 'utf8' });
    const last = JSON.parse(out.trim().split('\n').pop()!);
    expect(Object.keys(last)).toEqual(['exact', 'partial', 'byCategory', 'byRole', 'msPerRequest', 'kind']);
    expect(last.exact).toEqual({ p: 1, r: 1, f1: 1 });
    expect(last.byRole.rejected.exact.f1).toBe(1);
  });

  it('says which folder is missing', () => {
    expect(() => execFileSync('npx', ['tsx', 'eval/intents/cli.ts', '--data', join(dir, 'nope')], { encoding: 'utf8', stdio: 'pipe' }))
      .toThrow(/queries\.jsonl/);
  });
});
