/**
 * Personalisation scenarios through the real extension:
 *   npm run -s eval:personal -- --data ../shared/data [--scenarios FILE] [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/personal/ (with
 * --scenarios eval/personal/blind/scenarios.json: eval/reports/personal-blind-scenarios/).
 */
import { suiteMain } from '../report/run-suite';
import { personalSuite } from './suite';

suiteMain('npm run -s eval:personal -- --data DIR [--scenarios FILE] [--shard I/N] [--category C] [--json]', personalSuite);
