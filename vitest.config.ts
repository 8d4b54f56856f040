import { defineConfig } from 'vitest/config';
import { GroupedSequencer } from './test/support/sequencer.js';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // One Neo4j for the whole run (Community has one user database): files run one after
    // another and each wipes the graph before it starts.
    globalSetup: ['test/support/globalSetup.ts'],
    fileParallelism: false,
    sequence: { sequencer: GroupedSequencer },
    testTimeout: 60_000,
    // The first run on a new machine builds the launcher: Maven downloads Neo4j (about 120 MB).
    hookTimeout: 900_000,
  },
});
