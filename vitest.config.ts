import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'e2e/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    // Browser walks take tens of seconds on a busy 2-core machine.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    globalSetup: ['test/global-setup.ts'],
    // PGlite instances are CPU-heavy; two workers match the 2-core machines we run on.
    maxWorkers: 2,
    minWorkers: 1,
    env: { TZ: 'UTC' },
  },
});
