/**
 * Music scenarios through the real extension:
 *   npm run -s eval:music -- --data ../shared/data [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/music/.
 */
import { resolve } from 'node:path';
import { summaryLines } from '../report/print-summary';
import { writeShardResults, writeSummaryAndReport } from '../report/results-files';
import { parseSuiteArgs, progressLine, requireBuiltExtension, runSuiteSpec } from '../report/suite-cli';
import { loadMusicScenarios } from './scenarios';
import { scoreMusicAnswers } from './score-run';

const USAGE = 'npm run -s eval:music -- --data DIR [--shard I/N] [--category C] [--json]';
const TARGETS = [{ metric: 'satisfied', target: 0.9, label: 'checklist items satisfied' }];

async function main() {
  const options = parseSuiteArgs(process.argv.slice(2), USAGE);
  requireBuiltExtension();
  const scenarios = loadMusicScenarios();
  const reportDir = resolve('eval/reports/music');
  console.log(`Music: ${scenarios.filter((s) => !options.category || s.category === options.category).length} scenarios, shard ${options.shard}.`);
  const run = await runSuiteSpec({ spec: 'eval/music/music.spec.ts', reportDir, options, dataForSpec: options.data, onAnswer: (raw, i) => console.log(progressLine(raw, i)) });
  if (run.raw.length === 0) throw new Error(`The spec recorded no answer (exit ${run.exitCode}); see ${run.logPath}.`);
  const rows = await scoreMusicAnswers(run.raw, scenarios, options.data);
  const command = `npm run -s eval:music -- ${process.argv.slice(2).join(' ')}`;
  const resultsPath = writeShardResults(reportDir, { category: options.category, suite: 'music', shard: options.shard, command, createdAt: new Date().toISOString(), targets: TARGETS, raw: run.raw, rows });
  const name = options.shard === '1/1' && !options.category ? 'report' : `report-shard-${options.shard.replace('/', '-of-')}${options.category ? `-${options.category}` : ''}`;
  const { summary, reportPath } = writeSummaryAndReport(reportDir, 'music', rows, { command, targets: TARGETS, name });
  for (const line of summaryLines(summary, rows)) console.log(line);
  const violations = rows.reduce((n, r) => n + (r.metrics['violations'] ?? 0), 0);
  console.log(`rejected-item violations: ${violations} tracks (target 0)`);
  console.log(`results: ${resultsPath}\nreport: ${reportPath}\nplaywright log: ${run.logPath}`);
  if (options.json) console.log(JSON.stringify({ ...summary, totalViolations: violations }));
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
