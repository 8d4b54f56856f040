import { defineConfig } from 'vitest/config';
import { GroupedSequencer } from './test/support/sequencer.js';
import { testWorkers } from './test/support/workers.js';

/**
 * Files that run last, one at a time, with nothing else running: those whose assertions are
 * about latency on this machine (the soak's p95/p99 bounds under 20 clients, /healthz's p95
 * while the largest network view runs), and those that start Neo4j servers of their own and
 * kill or restart them against deadlines of seconds (supervision, outage): started next to each
 * other, the benchmark's smoke run and the run's own servers, a dozen JVMs starting at once on
 * two cores missed those deadlines. They use the first of the run's databases, if any. (The
 * smoke run of the benchmark starts a Neo4j of its own too, but asserts no time: it runs with
 * the others, first.)
 */
const ALONE = [
  'test/soak/soak.test.ts', 'test/hostile/costlyQueries.test.ts',
  'test/db/supervision.test.ts', 'test/db/outage.test.ts',
];

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
