/**
 * WebMall through the real extension:
 *   npm run -s eval:webmall -- --data ../shared/data/webmall [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/webmall/.
 */
import { resolve } from 'node:path';
import { summaryLines } from '../report/print-summary';
import { writeShardResults, writeSummaryAndReport } from '../report/results-files';
import { parseSuiteArgs, progressLine, requireBuiltExtension, runSuiteSpec } from '../report/suite-cli';
import { resolveWebmallData } from './data-dir';
import { loadGold } from './gold';
import { scoreWebmallAnswers } from './score-run';
import { loadTasksForRun } from './tasks';

const USAGE = 'npm run -s eval:webmall -- --data DIR [--shard I/N] [--category C] [--json]';
export const WEBMALL_TARGETS = [
  { metric: 'completion', target: 0.8, label: 'completion rate' },
  { metric: 'f1', target: 0.9, label: 'F1' },
];

async function main() {
  const options = parseSuiteArgs(process.argv.slice(2), USAGE);
  requireBuiltExtension();
  const data = resolveWebmallData(options.data);
  try {
    const count = loadTasksForRun(data.webmallDir, options.category).length;
    const reportDir = resolve('eval/reports/webmall');
    console.log(`WebMall: ${count} tasks${options.category ? ` in ${options.category}` : ''}, shard ${options.shard}.`);
    const run = await runSuiteSpec({ spec: 'eval/webmall/webmall.spec.ts', reportDir, options, dataForSpec: data.sitesData, onAnswer: (raw, i) => console.log(progressLine(raw, i)) });
    if (run.raw.length === 0) throw new Error(`The spec recorded no answer (exit ${run.exitCode}); see ${run.logPath}.`);
    const rows = scoreWebmallAnswers(run.raw, loadGold(data.webmallDir), data.sitesData);
    const command = `npm run -s eval:webmall -- ${process.argv.slice(2).join(' ')}`;
    const resultsPath = writeShardResults(reportDir, { category: options.category, suite: 'webmall', shard: options.shard, command, createdAt: new Date().toISOString(), targets: WEBMALL_TARGETS, raw: run.raw, rows });
    const name = options.shard === '1/1' && !options.category ? 'report' : `report-shard-${options.shard.replace('/', '-of-')}${options.category ? `-${options.category}` : ''}`;
    const { summary, reportPath } = writeSummaryAndReport(reportDir, 'webmall', rows, { command, targets: WEBMALL_TARGETS, name });
    for (const line of summaryLines(summary, rows)) console.log(line);
    console.log(`results: ${resultsPath}\nreport: ${reportPath}\nplaywright log: ${run.logPath}`);
    if (options.json) console.log(JSON.stringify(summary));
  } finally {
    data.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
