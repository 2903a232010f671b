import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Suites share one Postgres and one Redis; each uses its own schema / queue prefix,
    // but the 2-core machine is slower with many PGlite instances at once.
    maxWorkers: 2,
  },
});
