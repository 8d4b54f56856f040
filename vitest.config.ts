import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j for the whole run (Community has one user database): files run one after
    // another and each wipes the graph before it starts.
    globalSetup: ['test/support/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 300_000,
  },
});
