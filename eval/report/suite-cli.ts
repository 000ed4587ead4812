/**
 * What every suite's CLI shares: its options, the built-extension check, and running the suite's
 * Playwright spec (Playwright's own --shard) while printing a progress line per finished task.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { LOCAL_EXTENSION_DIR } from '../browser/launch-extension';
import { BENCH_ENV } from './bench-env';
import type { RawAnswer } from './types';

export interface SuiteOptions {
  data: string;
  /** "I/N", Playwright's shard notation; "1/1" when not sharded. */
  shard: string;
  category?: string;
  /** WebMall: another tasks file over the same shops (--tasks FILE), resolved. */
  tasks?: string;
  /** Music and personalisation: another scenarios file (--scenarios FILE), resolved. */
  scenarios?: string;
  json: boolean;
  headed: boolean;
}

export function parseSuiteArgs(argv: string[], usage: string): SuiteOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      data: { type: 'string' },
      shard: { type: 'string', default: '1/1' },
      category: { type: 'string' },
      tasks: { type: 'string' },
      scenarios: { type: 'string' },
      json: { type: 'boolean', default: false },
      headed: { type: 'boolean', default: false },
    },
  });
  if (!values.data) throw new Error(`Missing --data DIR.\nUsage: ${usage}`);
  if (!/^\d+\/\d+$/.test(values.shard!)) throw new Error(`--shard takes I/N (e.g. 2/4), got "${values.shard}".`);
  const data = resolve(values.data);
  if (!existsSync(data)) throw new Error(`Data folder ${data} does not exist. Pass --data DIR (e.g. ../shared/data).`);
  return { data, shard: values.shard!, category: values.category, tasks: values.tasks === undefined ? undefined : resolve(values.tasks), scenarios: scenariosFileArg(values.scenarios), json: values.json!, headed: values.headed! };
}

/** --scenarios FILE, resolved; a missing file is refused here, before anything starts. */
export function scenariosFileArg(file: string | undefined): string | undefined {
  if (file === undefined) return undefined;
  const path = resolve(file);
  if (!existsSync(path)) throw new Error(`--scenarios ${path} does not exist: pass a scenarios list in the suite's scenarios.json format.`);
  return path;
}

/** The runners build nothing: they measure the extension as built, and say how to build it. */
export function requireBuiltExtension(): void {
  if (!existsSync(join(LOCAL_EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension at ${LOCAL_EXTENSION_DIR}. Build it first: TASTEBUD_LOCAL=1 npx wxt build`);
  }
}

/** What the spec learns from the CLI: the options that decide which tasks it runs and where answers go. */
export function specEnv(opts: { options: SuiteOptions; dataForSpec: string; rawFile: string; reportDir: string }): Record<string, string> {
  return {
    [BENCH_ENV.data]: opts.dataForSpec,
    [BENCH_ENV.rawFile]: opts.rawFile,
    [BENCH_ENV.reportDir]: opts.reportDir,
    [BENCH_ENV.category]: opts.options.category ?? '',
    [BENCH_ENV.tasks]: opts.options.tasks ?? '',
    [BENCH_ENV.scenarios]: opts.options.scenarios ?? '',
    ...(opts.options.headed ? { HEADED: '1' } : {}),
  };
}

const readRaw = (path: string): RawAnswer[] =>
  existsSync(path) ? readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as RawAnswer) : [];

/**
 * Runs `playwright test -c eval/playwright.config.ts SPEC --shard I/N`; its own output goes to a log
 * file beside the results, and each answer the spec records is announced as it arrives.
 */
export async function runSuiteSpec(opts: { spec: string; reportDir: string; options: SuiteOptions; dataForSpec: string; onAnswer(raw: RawAnswer, index: number): void }): Promise<{ raw: RawAnswer[]; exitCode: number; logPath: string }> {
  mkdirSync(opts.reportDir, { recursive: true });
  const tag = opts.options.shard.replace('/', '-of-');
  const rawFile = join(opts.reportDir, `raw-shard-${tag}.jsonl`);
  const logPath = join(opts.reportDir, `playwright-shard-${tag}.log`);
  rmSync(rawFile, { force: true });
  const env = { ...process.env, ...specEnv({ ...opts, rawFile }) };
  const log = createWriteStream(logPath);
  const child = spawn('npx', ['playwright', 'test', '-c', 'eval/playwright.config.ts', opts.spec, '--shard', opts.options.shard], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout.pipe(log);
  child.stderr.pipe(log);
  let announced = 0;
  const announce = () => {
    const raw = readRaw(rawFile);
    for (; announced < raw.length; announced++) opts.onAnswer(raw[announced]!, announced);
  };
  const timer = setInterval(announce, 500);
  const exitCode = await new Promise<number>((done) => child.on('close', (code) => done(code ?? 1)));
  clearInterval(timer);
  announce();
  log.end();
  return { raw: readRaw(rawFile), exitCode, logPath };
}

export function progressLine(raw: RawAnswer, index: number): string {
  const pages = raw.pagesLoaded === undefined ? '' : `, ${raw.pagesLoaded} pages`;
  const cart = raw.cartAdded ? `, ${raw.cartAdded.length} added to carts` : '';
  return `[${index + 1}] ${raw.id}: ${raw.status}, ${raw.picks.length} picks${cart}, ${raw.seconds.toFixed(1)} s${pages}${raw.error ? ` (error: ${raw.error})` : ''}`;
}
