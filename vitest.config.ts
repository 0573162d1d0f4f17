import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Platform tests start real servers on loopback; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    pool: 'forks',
    // The default output for people, plus one plain summary line for CI.
    reporters: ['default', './test/support/summary-reporter.ts'],
  },
});
