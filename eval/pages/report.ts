/** Scores a run and prints the table (and, with --json, one JSON line last). */
import type { SnapshotPage } from './dataset';
import type { PageResult } from './node-run';
import { ATTRIBUTES, countPage, toScore, type Counts, type Score } from './score';
import { median } from '../report/summarise';

export interface Report {
  scores: Record<(typeof ATTRIBUTES)[number], Score>;
  msPerPage: number;
  misses: string[];
}

export function scoreRun(pages: SnapshotPage[], results: PageResult[]): Report {
  const byId = new Map(results.map((r) => [r.id, r]));
  const counts = Object.fromEntries(ATTRIBUTES.map((a) => [a, { tp: 0, fp: 0, fn: 0 } as Counts])) as Record<(typeof ATTRIBUTES)[number], Counts>;
  const misses: string[] = [];
  for (const page of pages) {
    const prediction = byId.get(page.id)?.prediction ?? {};
    for (const attribute of ATTRIBUTES) {
      const right = countPage(attribute, prediction, page.gold, counts[attribute]);
      if (right === false) {
        misses.push(`${attribute}\t${page.id.slice(0, 8)}\tgot ${JSON.stringify(prediction[attribute])}\twant ${JSON.stringify(page.gold[attribute])}\t${page.gold.url.slice(0, 70)}`);
      }
    }
  }
  const scores = Object.fromEntries(ATTRIBUTES.map((a) => [a, toScore(counts[a])])) as Report['scores'];
  return { scores, msPerPage: Math.round(median(results.map((r) => r.ms)) * 100) / 100, misses };
}

export function printReport(report: Report, opts: { json: boolean; verbose: boolean; pages: number; engine: string }): void {
  console.log(`product pages: ${opts.pages}, reader run in ${opts.engine}`);
  console.log('attribute      P      R     F1');
  for (const [name, s] of Object.entries(report.scores)) {
    console.log(`${name.padEnd(13)} ${s.p.toFixed(3)}  ${s.r.toFixed(3)}  ${s.f1.toFixed(3)}`);
  }
  console.log(`median extraction: ${report.msPerPage} ms per page`);
  if (opts.verbose) for (const miss of report.misses) console.log(miss);
  if (opts.json) console.log(JSON.stringify({ ...report.scores, msPerPage: report.msPerPage }));
}
