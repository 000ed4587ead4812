/** Shard result files and the summary/report written beside them under eval/reports/<suite>/. */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderReport } from './html';
import { mergeRows, summarise } from './summarise';
import type { ShardResults, SuiteSummary, TaskRow } from './types';

/** One file per shard; a run of one category gets its own file so it never overwrites a full run. */
export const shardFileName = (shard: string, category?: string) =>
  `results-shard-${shard.replace('/', '-of-')}${category ? `-${category.replace(/[^A-Za-z0-9_+-]/g, '_')}` : ''}.json`;

export function writeShardResults(dir: string, results: ShardResults): string {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, shardFileName(results.shard, results.category));
  writeFileSync(path, JSON.stringify(results, null, 1));
  return path;
}

export function readShardResults(dir: string): ShardResults[] {
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => /^results-shard-.*\.json$/.test(n)).sort();
  } catch {
    throw new Error(`No results folder at ${dir}: run a suite first (e.g. npm run -s eval:webmall -- --data DIR).`);
  }
  if (names.length === 0) throw new Error(`No results-shard-*.json files in ${dir}: run a suite (or its shards) first.`);
  // Oldest first, so a task re-run later (a category run after a full one) keeps its latest row.
  return names.map((n) => JSON.parse(readFileSync(join(dir, n), 'utf8')) as ShardResults).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Writes summary.json and report.html for these rows; returns the summary and the report path. */
export function writeSummaryAndReport(dir: string, suite: string, rows: TaskRow[], opts: { command: string; targets: SuiteSummary['targets']; name?: string }) {
  const summary = summarise(suite, rows, opts);
  const name = opts.name ?? 'report';
  writeFileSync(join(dir, `${name === 'report' ? 'summary' : `${name}-summary`}.json`), JSON.stringify(summary, null, 1));
  const reportPath = join(dir, `${name}.html`);
  writeFileSync(reportPath, renderReport(summary, [...rows].sort((a, b) => a.category.localeCompare(b.category) || a.id.localeCompare(b.id))));
  return { summary, reportPath };
}

/** Combines every shard file of a suite folder into one summary and one report. */
export function mergeShards(dir: string, command: string) {
  const shards = readShardResults(dir);
  const suite = shards[0]!.suite;
  const rows = mergeRows(shards.map((s) => s.rows));
  return { shards: shards.map((s) => s.shard), rows, ...writeSummaryAndReport(dir, suite, rows, { command, targets: shards[0]!.targets }) };
}
