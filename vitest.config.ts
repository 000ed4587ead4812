import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['agents/**/*.test.ts', 'eval/**/*.test.ts', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Two cores: keep the pool small so tests that start local sites do not starve each other.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
