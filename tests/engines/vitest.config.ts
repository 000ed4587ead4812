import { defineConfig } from 'vitest/config';

// Browser tests of the model engines: headless Chromium, one file at a time (each compiles a 27 MB WASM).
export default defineConfig({
  test: {
    include: ['tests/engines/**/*.test.ts'],
    maxWorkers: 1,
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
