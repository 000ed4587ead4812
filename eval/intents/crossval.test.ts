import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const dir = mkdtempSync(join(tmpdir(), 'tastebud-cv-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval:intents:cv command', () => {
  it('cross-validates on a small data folder and prints the eval:intents summary as JSON last', () => {
    mkdirSync(join(dir, 'music-intents'));
    const genres = ['jazz', 'rock', 'techno', 'folk', 'blues', 'metal'];
    const rows = genres.flatMap((g, k) => [
      { id: `${k}a`, language: 'en', query: `some ${g} please`, intents: [{ category: 'genre', text: g, role: 'wanted' }] },
      { id: `${k}b`, language: 'en', query: `anything but ${g}`, intents: [{ category: 'genre', text: g, role: 'rejected' }] },
    ]);
    writeFileSync(join(dir, 'music-intents', 'queries.jsonl'), rows.map((r) => JSON.stringify(r)).join('\n'));
    const out = execFileSync('npx', ['tsx', 'eval/intents/crossval.ts', '--data', dir, '--folds', '3', '--json'], { encoding: 'utf8', stdio: 'pipe' });
    const last = JSON.parse(out.trim().split('\n').pop()!);
    expect(Object.keys(last)).toEqual(['exact', 'partial', 'byCategory', 'byRole', 'msPerRequest']);
    expect(last.byCategory.genre.exact.f1).toBeGreaterThan(0.5);
    expect(out).toMatch(/3-fold cross-validation/);
  });
});
