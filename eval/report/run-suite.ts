/**
 * The one main() behind eval:webmall, eval:music and eval:personal: parse the options, run the
 * suite's Playwright spec with a progress line per task, score the answers only once they are all
 * in, write the shard results and the HTML report, and print the summary (JSON last with --json).
 */
import { basename, dirname, extname, resolve } from 'node:path';
import { summaryLines } from './print-summary';
import { writeShardResults, writeSummaryAndReport } from './results-files';
import { parseSuiteArgs, progressLine, requireBuiltExtension, runSuiteSpec, type SuiteOptions } from './suite-cli';
import type { RawAnswer, SuiteSummary, TaskRow } from './types';

export interface SuiteDefinition {
  /** "webmall", "music", "personal": names the report folder and the npm script. */
  suite: string;
  /** Printed before the run, e.g. "Music: 34 scenarios". */
  title(options: SuiteOptions): string;
  spec: string;
  targets: SuiteSummary['targets'];
  /** The data folder the spec's sites are started from. */
  dataForSpec(options: SuiteOptions): string;
  score(raw: RawAnswer[], options: SuiteOptions): TaskRow[] | Promise<TaskRow[]>;
  /** Suite-specific lines and JSON fields printed after the summary. */
  extra?(rows: TaskRow[]): { lines: string[]; json: Record<string, unknown> };
  cleanup?(): void;
}

const reportName = (options: SuiteOptions) =>
  options.shard === '1/1' && !options.category ? 'report' : `report-shard-${options.shard.replace('/', '-of-')}${options.category ? `-${options.category}` : ''}`;

/** Refuses a set-file option the suite does not read, saying which one it does. */
export function checkSetOption(suite: string, options: Pick<SuiteOptions, 'tasks' | 'scenarios'>): void {
  if (options.tasks && suite !== 'webmall') throw new Error(`--tasks FILE applies to eval:webmall only; eval:${suite} takes another scenarios file with --scenarios FILE.`);
  if (options.scenarios && suite === 'webmall') throw new Error('--scenarios FILE applies to eval:music and eval:personal only; eval:webmall takes another tasks file with --tasks FILE.');
}

/**
 * eval/reports/<suite>, or for another task or scenario set eval/reports/<suite>-<folder>-<file>
 * (eval/webmall/extra/tasks.json: webmall-extra-tasks), so it never overwrites the public set's.
 */
export function reportDirFor(suite: string, options: Pick<SuiteOptions, 'tasks' | 'scenarios'>): string {
  const setFile = options.tasks ?? options.scenarios;
  const set = setFile ? `-${basename(dirname(setFile))}-${basename(setFile, extname(setFile))}` : '';
  return resolve(`eval/reports/${suite}${set}`);
}

export async function runSuite(definition: SuiteDefinition, options: SuiteOptions): Promise<void> {
  checkSetOption(definition.suite, options);
  requireBuiltExtension();
  const reportDir = reportDirFor(definition.suite, options);
  console.log(`${definition.title(options)}, shard ${options.shard}.`);
  if (options.scenarios) console.log(`Scenarios read from ${options.scenarios}; report in ${reportDir}.`);
  const run = await runSuiteSpec({ spec: definition.spec, reportDir, options, dataForSpec: definition.dataForSpec(options), onAnswer: (raw, i) => console.log(progressLine(raw, i)) });
  if (run.raw.length === 0) throw new Error(`The spec recorded no answer (exit ${run.exitCode}); see ${run.logPath}.`);
  const rows = await definition.score(run.raw, options);
  const command = `npm run -s eval:${definition.suite} -- ${process.argv.slice(2).join(' ')}`;
  const targets = definition.targets;
  const resultsPath = writeShardResults(reportDir, { category: options.category, suite: definition.suite, shard: options.shard, command, createdAt: new Date().toISOString(), targets, raw: run.raw, rows });
  const { summary, reportPath } = writeSummaryAndReport(reportDir, definition.suite, rows, { command, targets, name: reportName(options) });
  for (const line of summaryLines(summary, rows)) console.log(line);
  const extra = definition.extra?.(rows) ?? { lines: [], json: {} };
  for (const line of extra.lines) console.log(line);
  console.log(`results: ${resultsPath}\nreport: ${reportPath}\nplaywright log: ${run.logPath}`);
  if (options.json) console.log(JSON.stringify({ ...summary, ...extra.json }));
}

/** Entry point for a suite CLI: errors end the process with their message, not a stack. */
export function suiteMain(usage: string, define: (options: SuiteOptions) => SuiteDefinition): void {
  let definition: SuiteDefinition | undefined;
  Promise.resolve()
    .then(() => {
      const options = parseSuiteArgs(process.argv.slice(2), usage);
      definition = define(options);
      return runSuite(definition, options);
    })
    .catch((error: unknown) => {
      console.error(error instanceof Error ? error.message : String(error));
      process.exitCode = 1;
    })
    .finally(() => definition?.cleanup?.());
}
