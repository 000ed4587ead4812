import { defineConfig } from 'vitest/config';

// Vitest 5 targets Node 22 and calls Map.groupBy when it reports a failure; Node 20 lacks it, which
// would hide every failure's details. The config runs in the reporter's process, so fill it in here.
if (!('groupBy' in Map)) {
  Object.defineProperty(Map, 'groupBy', {
    value<K, T>(items: Iterable<T>, key: (item: T, index: number) => K): Map<K, T[]> {
      const groups = new Map<K, T[]>();
      let i = 0;
      for (const item of items) {
        const k = key(item, i++);
        groups.set(k, [...(groups.get(k) ?? []), item]);
      }
      return groups;
    },
  });
}

export default defineConfig({
  test: {
    include: ['agents/**/*.test.ts', 'eval/**/*.test.ts', 'entrypoints/**/*.test.ts', 'tests/unit/**/*.test.ts'],
    // Two cores: keep the pool small so tests that start local sites do not starve each other.
    maxWorkers: 2,
    testTimeout: 30_000,
  },
});
