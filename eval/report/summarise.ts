import type { MetricStats, SuiteSummary, TaskRow } from './types';

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Means of every metric the rows carry; a metric missing on a row is left out of that mean. */
export function statsOf(rows: readonly TaskRow[]): MetricStats {
  const sums = new Map<string, { total: number; n: number }>();
  for (const row of rows) {
    for (const [name, value] of Object.entries(row.metrics)) {
      if (!Number.isFinite(value)) continue;
      const entry = sums.get(name) ?? { total: 0, n: 0 };
      entry.total += value;
      entry.n += 1;
      sums.set(name, entry);
    }
  }
  const seconds = rows.map((r) => r.seconds);
  return {
    tasks: rows.length,
    means: Object.fromEntries([...sums].map(([name, { total, n }]) => [name, total / n])),
    passRate: rows.length ? rows.filter((r) => r.passed).length / rows.length : 0,
    medianSeconds: median(seconds),
    meanSeconds: seconds.length ? seconds.reduce((a, b) => a + b, 0) / seconds.length : 0,
  };
}

export function summarise(suite: string, rows: readonly TaskRow[], opts: { command: string; targets: SuiteSummary['targets']; now?: Date }): SuiteSummary {
  const categories = [...new Set(rows.map((r) => r.category))].sort();
  return {
    suite,
    generatedAt: (opts.now ?? new Date()).toISOString(),
    command: opts.command,
    targets: opts.targets,
    overall: statsOf(rows),
    byCategory: Object.fromEntries(categories.map((c) => [c, statsOf(rows.filter((r) => r.category === c))])),
  };
}

/** Rows of several shards in one list: a task seen twice (a re-run shard) keeps its latest row. */
export function mergeRows(shards: readonly (readonly TaskRow[])[]): TaskRow[] {
  const byId = new Map<string, TaskRow>();
  for (const rows of shards) for (const row of rows) byId.set(row.id, row);
  return [...byId.values()];
}
