/**
 * npm run -s eval:intents -- --data DIR [--engine rules] [--json]
 * npm run -s eval:intents -- --shopping FILE [--engine rules] [--json]
 * Prints micro P/R/F1 (exact and partial) per category and role and the time per request; with
 * --json the last stdout line is one JSON object. Both also print the kind figure: how many
 * requests the engine, left to decide the kind itself, routes to the right side. A --shopping FILE
 * may be ShoppingBench JSONL or a JSON list of unlabelled requests (WebShop's human goals): then
 * only the kind figure is printed.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { engineByName } from './engines';
import { trainingDataWarning } from './trained-on';
import { scoreMusic, type ScoredRequest } from './score';
import { scoreShopping, type ShoppingRecord } from './shopping-score';
import { line, printMusicSummary, round, short } from './summary';
import { kindLine, scoreKinds, type ExpectedKind } from './kind-score';
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

/** The kind figure: every request parsed with no domain given, as the side panel parses it. */
async function kindFigure(queries: string[], expected: ExpectedKind) {
  const parsed = [];
  for (const q of queries) parsed.push(await engine(q));
  const s = scoreKinds(parsed, expected);
  return { line: kindLine(expected, s), json: { kind: { share: round(s.share), right: s.right, total: s.total, byKind: s.byKind } } };
}

/** ShoppingBench JSONL records, or a JSON list of request strings (or records) without labels. */
function readShoppingRequests(file: string): ShoppingRecord[] {
  if (!existsSync(file)) throw new Error(`eval:intents: ${file} not found; pass a ShoppingBench .jsonl or a JSON list of requests (e.g. --shopping ../shared/data/shopping-requests/shoppingbench-product.jsonl)`);
  const text = readFileSync(file, 'utf8');
  if (!text.trimStart().startsWith('[')) return readJsonl<ShoppingRecord>(file);
  return (JSON.parse(text) as Array<string | ShoppingRecord>).map((r) => (typeof r === 'string' ? { query: r, reward: {} } : r));
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
  const kind = await kindFigure(rows.map((r) => r.query), 'music');
  printMusicSummary(`music intents: ${rows.length} requests from ${dir}`, scoreMusic(scored), ms, asJson, { lines: [kind.line], json: kind.json });
}

async function shopping(file: string): Promise<void> {
  const rows = readShoppingRequests(file);
  const labelled = rows.some((r) => r.reward.price || r.reward.attributes || r.reward.sku_options);
  const { results, ms } = await timed(rows, async (r) => (await engine(r.query, 'shopping')).intents);
  const kind = await kindFigure(rows.map((r) => r.query), 'shopping');
  console.log(`shopping requests: ${rows.length} from ${file}${labelled ? '' : ' (no labels: kind figure only)'}`);
  const s = labelled ? scoreShopping(rows.map((record, i) => ({ record, intents: results[i]! }))) : undefined;
  if (s) console.log(`${line('price bounds', s.price)}\n${line('attributes + options', s.attributes)}`);
  console.log(kind.line);
  console.log(`ms per request: ${ms.toFixed(3)}`);
  if (asJson) console.log(JSON.stringify({ ...(s ? { price: short(s.price), attributes: short(s.attributes) } : {}), msPerRequest: round(ms), ...kind.json }));
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
