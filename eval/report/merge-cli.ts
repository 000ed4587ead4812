/**
 * Merges the shard result files of one suite into one summary and report.
 *   npm run -s eval:merge -- eval/reports/webmall [--json]
 */
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { summaryLines } from './print-summary';
import { mergeShards } from './results-files';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
const dir = positionals[0];
if (!dir) {
  console.error('Usage: npm run -s eval:merge -- eval/reports/<suite> [--json]');
  process.exit(2);
}
try {
  const merged = mergeShards(resolve(dir), `npm run -s eval:merge -- ${process.argv.slice(2).join(' ')}`);
  console.log(`Merged shards ${merged.shards.join(', ')} (${merged.rows.length} tasks).`);
  for (const line of summaryLines(merged.summary, merged.rows)) console.log(line);
  console.log(`report: ${merged.reportPath}`);
  if (values.json) console.log(JSON.stringify(merged.summary));
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
}
