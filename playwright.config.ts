import { defineConfig } from '@playwright/test';

/**
 * End-to-end tests and benchmark runners drive the real built extension in Debian's Chromium
 * (never a downloaded browser). Extensions need a persistent context each, so one worker per
 * machine: split across machines with Playwright's own `--shard I/N`.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  workers: 1,
  fullyParallel: false,
  timeout: 120_000,
  expect: { timeout: 30_000 },
  reporter: process.env.CI ? [['list']] : [['list']],
  outputDir: 'test-results',
});
