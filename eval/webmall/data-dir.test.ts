import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveWebmallData } from './data-dir';

function webmallLike(name: string): string {
  const dir = join(mkdtempSync(join(tmpdir(), 'wm-')), name);
  mkdirSync(dir);
  for (const f of ['tasks.json', 'shop1.csv', 'shop2.csv', 'shop3.csv', 'shop4.csv']) writeFileSync(join(dir, f), '');
  return dir;
}

describe('resolveWebmallData', () => {
  it('accepts the webmall folder itself and hands its parent to the local shops', () => {
    const dir = webmallLike('webmall');
    expect(resolveWebmallData(dir)).toMatchObject({ webmallDir: dir, sitesData: join(dir, '..') });
  });
  it('accepts the parent data folder', () => {
    const dir = webmallLike('webmall');
    expect(resolveWebmallData(join(dir, '..'))).toMatchObject({ webmallDir: dir });
  });
  it('exposes a folder with another name to the shops through a temporary webmall link', () => {
    const dir = webmallLike('held-back-tasks');
    const data = resolveWebmallData(dir);
    expect(existsSync(join(data.sitesData, 'webmall', 'shop3.csv'))).toBe(true);
    data.cleanup();
    expect(existsSync(data.sitesData)).toBe(false);
    expect(existsSync(join(dir, 'shop3.csv'))).toBe(true);
  });
  it('says what is missing', () => {
    expect(() => resolveWebmallData(mkdtempSync(join(tmpdir(), 'wm-empty-')))).toThrow(/no tasks\.json/);
  });
});
