import type { SuiteSummary, TaskRow } from './types';

const f = (v: number | undefined) => (v === undefined ? '–' : v.toFixed(3));

/** Human-readable lines for a summary (the JSON form is printed last with --json). */
export function summaryLines(summary: SuiteSummary, rows: readonly TaskRow[]): string[] {
  const metrics = Object.keys(summary.overall.means);
  const line = (name: string, s: SuiteSummary['overall']) =>
    `${name.padEnd(28)} n=${String(s.tasks).padStart(3)}  ${metrics.map((m) => `${m} ${f(s.means[m])}`).join('  ')}  passed ${(s.passRate * 100).toFixed(1)}%  median ${s.medianSeconds.toFixed(1)} s`;
  return [
    ...rows.map((r) => `${r.passed ? 'PASS' : 'FAIL'} ${r.id}  ${metrics.map((m) => `${m}=${f(r.metrics[m])}`).join(' ')}  ${r.seconds.toFixed(1)} s${r.error ? `  error: ${r.error}` : ''}`),
    '',
    ...Object.entries(summary.byCategory).map(([c, s]) => line(c, s)),
    line('OVERALL', summary.overall),
    ...summary.targets.map((t) => `target ${t.label} >= ${t.target}: ${f(summary.overall.means[t.metric])} ${(summary.overall.means[t.metric] ?? 0) >= t.target ? 'met' : 'NOT met'}`),
  ];
}
