import { describe, expect, it } from 'vitest';
import { barChart, histogramBuckets } from './charts';
import { renderReport } from './html';
import { median, mergeRows, summarise } from './summarise';
import type { TaskRow } from './types';

const row = (id: string, category: string, f1: number, seconds: number, extra: Partial<TaskRow> = {}): TaskRow => ({
  id, category, request: `request ${id}`, status: 'done', seconds, metrics: { f1, completion: f1 === 1 ? 1 : 0 }, passed: f1 === 1, answer: [], notes: [], ...extra,
});

describe('summarise', () => {
  const rows = [row('a', 'Cheapest', 1, 4), row('b', 'Cheapest', 0.5, 10), row('c', 'Specific', 1, 6)];
  const summary = summarise('webmall', rows, { command: 'cmd', targets: [{ metric: 'completion', target: 0.8, label: 'completion' }], now: new Date(0) });

  it('averages each metric overall and per category', () => {
    expect(summary.overall.means['f1']).toBeCloseTo(2.5 / 3);
    expect(summary.overall.passRate).toBeCloseTo(2 / 3);
    expect(summary.byCategory['Cheapest']!.means['completion']).toBe(0.5);
    expect(summary.byCategory['Specific']!.tasks).toBe(1);
    expect(summary.overall.medianSeconds).toBe(6);
  });
  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([1, 9, 3, 5])).toBe(4);
    expect(median([])).toBe(0);
  });
  it('merges shards, keeping the latest row of a task run twice', () => {
    const merged = mergeRows([[row('a', 'C', 0, 1)], [row('b', 'C', 1, 1), row('a', 'C', 1, 2)]]);
    expect(merged.map((r) => [r.id, r.metrics['f1']])).toEqual([['a', 1], ['b', 1]]);
  });

  it('renders a self-contained report with charts, the table and links to what the agent saw', () => {
    const html = renderReport(summary, [...rows, row('d', 'Specific', 0, 3, { screenshot: 'shots/d.png', request: 'cheap <script>' })]);
    expect(html).toContain('<svg');
    expect(html).toContain('completion per category');
    expect(html).toContain('Time distribution');
    expect(html).toContain('href="shots/d.png"');
    expect(html).toContain('cheap &lt;script&gt;');
    // Offline: no script and nothing fetched from elsewhere.
    expect(html).not.toMatch(/<script|src="http|<link /);
  });
});

describe('charts', () => {
  it('colours bars under the target differently from bars that meet it', () => {
    const svg = barChart('x', [{ label: 'good', value: 0.9 }, { label: 'bad', value: 0.3 }], { target: 0.8 });
    expect(svg.match(/fill="#2b8a3e"/g)).toHaveLength(1);
    expect(svg.match(/fill="#d9822b"/g)).toHaveLength(1);
  });
  it('puts every value in one time bucket', () => {
    const buckets = histogramBuckets([0.5, 2, 7.9, 8]);
    expect(buckets.reduce((n, b) => n + b.count, 0)).toBe(4);
    expect(buckets.at(-1)!.count).toBeGreaterThanOrEqual(1);
  });
});
