import { defineConfig } from 'vitest/config';
import { GroupedSequencer } from './test/support/sequencer.js';
import { testWorkers } from './test/support/workers.js';

/**
 * Files whose assertions are about latency under load on this machine (the soak's p95/p99
 * bounds with 20 clients, /healthz's p95 while the largest network view runs): they run last,
 * one at a time and alone, so that no other file's work counts against their bounds. No
 * other file runs then; they use the first of the run's databases (the soak needs none: it
 * starts the product with a Neo4j of its own).
 */
const ALONE = ['test/soak/soak.test.ts', 'test/hostile/costlyQueries.test.ts'];

export default defineConfig({
  test: {
    sequence: { sequencer: GroupedSequencer },
    testTimeout: 60_000,
    // The first run on a new machine builds the launcher: Maven downloads Neo4j (about 120 MB).
    hookTimeout: 900_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'suite',
          include: ['test/**/*.test.ts'],
          exclude: ALONE,
          // One Neo4j per worker (Community has one user database): two files at a time by
          // default, each on its own server, each wiping its graph before it starts.
          globalSetup: ['test/support/globalSetup.ts'],
          setupFiles: ['test/support/workerDatabase.ts'],
          maxWorkers: testWorkers(),
        },
      },
      {
        extends: true,
        test: {
          name: 'alone',
          include: ALONE,
          globalSetup: ['test/support/globalSetup.ts'],
          setupFiles: ['test/support/workerDatabase.ts'],
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
