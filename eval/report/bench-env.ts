/** Environment variables through which a suite's CLI passes its options to the Playwright spec. */
export const BENCH_ENV = {
  data: 'TASTEBUD_BENCH_DATA',
  rawFile: 'TASTEBUD_BENCH_RAW',
  reportDir: 'TASTEBUD_BENCH_REPORT_DIR',
  category: 'TASTEBUD_BENCH_CATEGORY',
  /** WebMall: a tasks file in place of the data folder's tasks.json (--tasks). */
  tasks: 'TASTEBUD_BENCH_TASKS',
  /** Music and personalisation: a scenarios file in place of the suite's scenarios.json (--scenarios). */
  scenarios: 'TASTEBUD_BENCH_SCENARIOS',
} as const;
