/**
 * npm run -s eval:intents -- --data DIR [--engine rules] [--json]
 * npm run -s eval:intents -- --shopping FILE [--engine rules] [--json]
 * Prints micro P/R/F1 (exact and partial) per category and role and the time per request; with
 * --json the last stdout line is one JSON object.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { engineByName } from './engines';
import { trainingDataWarning } from './trained-on';
import { scoreMusic, type ScoredRequest } from './score';
import { scoreShopping, type ShoppingRecord } from './shopping-score';
import { line, printMusicSummary, round, short } from './summary';
import type { Intent } from '../../agents/intents/types';

const args = process.argv.slice(2);
const arg = (name: string): string | undefined => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : undefined; };
const asJson = args.includes('--json');
const engine = engineByName(arg('--engine') ?? 'rules');

function readJsonl<T>(file: string): T[] {
  if (!existsSync(file)) throw new Error(`eval:intents: ${file} not found; pass the folder that holds queries.jsonl (e.g. --data ../shared/data/music-intents)`);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as T);
}

async function timed<T>(items: T[], run: (item: T) => Promise<Intent[]>): Promise<{ results: Intent[][]; ms: number }> {
  const results: Intent[][] = [];
  const start = performance.now();
  for (const item of items) results.push(await run(item));
  return { results, ms: (performance.now() - start) / Math.max(1, items.length) };
}

async function music(dir: string): Promise<void> {
  const rows = readJsonl<{ query: string; intents: Array<{ category: string; role: string; text: string }> }>(join(dir, 'queries.jsonl'));
  // Only the tagger was trained; the rules alone can be scored on any file.
  const warning = arg('--engine') === 'rules-only' ? undefined : trainingDataWarning(join(dir, 'queries.jsonl'));
  if (warning) console.error(warning);
  await timed(rows.slice(0, 50), async (r) => (await engine(r.query, 'music')).intents); // warm-up: lexicons load once
  const { results, ms } = await timed(rows, async (r) => (await engine(r.query, 'music')).intents);
  const scored: ScoredRequest[] = rows.map((r, i) => ({
    gold: r.intents,
    predicted: results[i]!.filter((x) => x.domain === 'music').map((x) => ({ category: x.category, role: x.role, text: x.text })),
  }));
  if (warning) console.log(warning);
  printMusicSummary(`music intents: ${rows.length} requests from ${dir}`, scoreMusic(scored), ms, asJson);
}

async function shopping(file: string): Promise<void> {
  const rows = readJsonl<ShoppingRecord>(file);
  const { results, ms } = await timed(rows, async (r) => (await engine(r.query, 'shopping')).intents);
  const s = scoreShopping(rows.map((record, i) => ({ record, intents: results[i]! })));
  console.log(`shopping requests: ${rows.length} from ${file}`);
  console.log(line('price bounds', s.price));
  console.log(line('attributes + options', s.attributes));
  console.log(`ms per request: ${ms.toFixed(3)}`);
  if (asJson) console.log(JSON.stringify({ price: short(s.price), attributes: short(s.attributes), msPerRequest: round(ms) }));
}

const dataDir = arg('--data');
const shoppingFile = arg('--shopping');
if (!dataDir && !shoppingFile) {
  console.error('usage: npm run -s eval:intents -- --data DIR [--engine rules] [--json] | --shopping FILE [--json]');
  process.exit(2);
}
try {
  if (dataDir) await music(dataDir);
  if (shoppingFile) await shopping(shoppingFile);
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}
