import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    globalSetup: ['test/support/globalSetup.ts'],
    // One Neo4j serves the whole suite (Community has a single user database), so files run one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    // Pages on a loaded machine can take seconds to settle; a poll gives up only after 15 s.
    expect: { poll: { timeout: 15_000 } },
    hookTimeout: 180_000,
    include: ['test/**/*.test.ts'],
  },
});
