import { defineConfig } from '@playwright/test';

/**
 * The benchmark runners (eval/<suite>/*.spec.ts), started by their CLIs. One test per task and
 * fullyParallel, so Playwright's own `--shard I/N` splits tasks (not files) across machines; one
 * worker per machine because each task drives a whole browser on a 2-core box.
 */
export default defineConfig({
  testDir: '.',
  testMatch: ['webmall/*.spec.ts', 'music/*.spec.ts', 'personal/*.spec.ts'],
  workers: 1,
  fullyParallel: true,
  retries: 0,
  timeout: 300_000,
  reporter: [['list']],
  outputDir: '../test-results/eval',
});
