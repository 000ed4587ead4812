/**
 * WebMall through the real extension:
 *   npm run -s eval:webmall -- --data ../shared/data [--tasks FILE] [--shard I/N] [--category C] [--json]
 * Needs the built extension (TASTEBUD_LOCAL=1 npx wxt build). Writes eval/reports/webmall/ (with --tasks eval/webmall/extra/tasks.json: eval/reports/webmall-extra-tasks/).
 */
import { suiteMain } from '../report/run-suite';
import { resolveWebmallData } from './data-dir';
import { loadGold } from './gold';
import { scoreWebmallAnswers, picksOnlySummary } from './score-run';
import { loadTasksForRun } from './tasks';

const WEBMALL_TARGETS = [
  { metric: 'completion', target: 0.8, label: 'completion rate' },
  { metric: 'f1', target: 0.9, label: 'F1' },
];

suiteMain('npm run -s eval:webmall -- --data DIR [--tasks FILE] [--shard I/N] [--category C] [--json]', (options) => {
  const data = resolveWebmallData(options.data, options.tasks);
  return {
    suite: 'webmall',
    spec: 'eval/webmall/webmall.spec.ts',
    targets: WEBMALL_TARGETS,
    title: (o) => `WebMall: ${loadTasksForRun(data.tasksFile, o.category).length} tasks${o.category ? ` in ${o.category}` : ''}`,
    dataForSpec: () => data.sitesData,
    // Gold is read here, after every answer is recorded.
    score: (raw) => scoreWebmallAnswers(raw, loadGold(data.tasksFile), data.sitesData),
    // The headline answer holds the picks and the quoted product's own offer; the picks alone get a line of their own.
    extra: picksOnlySummary,
    cleanup: () => data.cleanup(),
  };
});
