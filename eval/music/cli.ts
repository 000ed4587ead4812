/**
 * Music scenarios through the real extension:
 *   npm run -s eval:music -- --data ../shared/data [--scenarios FILE] [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/music/ (with
 * --scenarios eval/music/blind/scenarios.json: eval/reports/music-blind-scenarios/).
 */
import { suiteMain } from '../report/run-suite';
import { musicSuite } from './suite';

suiteMain('npm run -s eval:music -- --data DIR [--scenarios FILE] [--shard I/N] [--category C] [--json]', musicSuite);
