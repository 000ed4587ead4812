import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BENCH_ENV } from './bench-env';
import { benchSettings } from './record-answer';
import { checkSetOption, reportDirFor, runSuite, type SuiteDefinition } from './run-suite';
import { parseSuiteArgs, specEnv, type SuiteOptions } from './suite-cli';

const USAGE = 'npm run -s eval:x -- --data DIR';
const data = mkdtempSync(join(tmpdir(), 'suite-data-'));
const scenariosFile = (): string => {
  const file = join(mkdtempSync(join(tmpdir(), 'suite-set-')), 'scenarios.json');
  writeFileSync(file, '[]');
  return file;
};
const options = (extra: Partial<SuiteOptions> = {}): SuiteOptions => ({ data, shard: '1/1', json: false, headed: false, ...extra });
const definition = (suite: string): SuiteDefinition => ({
  suite, spec: 'none.spec.ts', targets: [], title: () => suite, dataForSpec: () => data,
  score: () => { throw new Error('scored without a run'); },
});

describe('--scenarios FILE', () => {
  it('is read from the command line as a resolved path', () => {
    const file = scenariosFile();
    expect(parseSuiteArgs(['--data', data, '--scenarios', file], USAGE).scenarios).toBe(resolve(file));
    expect(parseSuiteArgs(['--data', data], USAGE).scenarios).toBeUndefined();
  });
  it('is refused when the file does not exist, before anything runs', () => {
    expect(() => parseSuiteArgs(['--data', data, '--scenarios', '/nonexistent/scenarios.json'], USAGE)).toThrow(/--scenarios \/nonexistent\/scenarios\.json does not exist/);
  });
  it('is refused by eval:webmall, which takes --tasks', async () => {
    expect(() => checkSetOption('webmall', { scenarios: scenariosFile() })).toThrow(/--scenarios FILE applies to eval:music and eval:personal only; eval:webmall takes another tasks file with --tasks FILE/);
    await expect(runSuite(definition('webmall'), options({ scenarios: scenariosFile() }))).rejects.toThrow(/eval:webmall takes another tasks file/);
  });
  it('is accepted by eval:music and eval:personal, which in turn refuse --tasks', async () => {
    for (const suite of ['music', 'personal']) {
      expect(() => checkSetOption(suite, { scenarios: scenariosFile() })).not.toThrow();
      expect(() => checkSetOption(suite, { tasks: '/x/tasks.json' })).toThrow(new RegExp(`--tasks FILE applies to eval:webmall only; eval:${suite} takes another scenarios file with --scenarios FILE`));
      await expect(runSuite(definition(suite), options({ tasks: '/x/tasks.json' }))).rejects.toThrow(/--tasks FILE applies to eval:webmall only/);
    }
    expect(() => checkSetOption('webmall', { tasks: '/x/tasks.json' })).not.toThrow();
  });
  it('writes the report into a folder of its own, named after the set, beside the public set\'s', () => {
    expect(reportDirFor('personal', {})).toBe(resolve('eval/reports/personal'));
    expect(reportDirFor('personal', { scenarios: '/repo/eval/personal/blind/scenarios.json' })).toBe(resolve('eval/reports/personal-blind-scenarios'));
    expect(reportDirFor('music', { scenarios: '/repo/eval/music/blind/scenarios.json' })).toBe(resolve('eval/reports/music-blind-scenarios'));
    expect(reportDirFor('webmall', { tasks: '/repo/eval/webmall/extra/tasks.json' })).toBe(resolve('eval/reports/webmall-extra-tasks'));
  });
  it('reaches the Playwright spec through the environment, and an unset one means the suite\'s own file', () => {
    const file = scenariosFile();
    const env = specEnv({ options: options({ scenarios: file }), dataForSpec: data, rawFile: '/r/raw.jsonl', reportDir: '/r' });
    expect(env[BENCH_ENV.scenarios]).toBe(file);
    const saved = { ...process.env };
    try {
      Object.assign(process.env, env);
      expect(benchSettings().scenarios).toBe(file);
      Object.assign(process.env, specEnv({ options: options(), dataForSpec: data, rawFile: '/r/raw.jsonl', reportDir: '/r' }));
      expect(benchSettings().scenarios).toBeUndefined();
    } finally {
      for (const key of Object.values(BENCH_ENV)) delete process.env[key];
      Object.assign(process.env, saved);
    }
  });
});
