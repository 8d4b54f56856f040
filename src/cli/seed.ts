import { loadConfig } from '../config.js';
import { migrate } from '../db/migrate.js';
import { seedDemoGraph, type SeedSummary } from '../seed/index.js';
import { openCommandDatabase } from './connect.js';

/**
 * `npm run seed`: loads the demo graph into the configured database (NEO4J_URI, else the
 * embedded Neo4j of a server running on NEO4J_DATA_DIR, else one it starts), after applying
 * the migrations. Safe to run again: nothing changes.
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const db = await openCommandDatabase(config, 'seed');
  try {
    await migrate(db.executor);
    const summary = await seedDemoGraph(db.executor, (line) => console.log(line));
    console.log(formatSummary(summary));
  } finally {
    await db.close();
  }
}

function formatSummary(summary: SeedSummary): string {
  const table = (counts: Readonly<Record<string, number>>) =>
    Object.entries(counts).map(([name, count]) => `  ${name.padEnd(16)} ${String(count).padStart(7)}`).join('\n');
  return `seed: done in ${summary.seconds} s\nnodes:\n${table(summary.nodes)}\nrelationships:\n${table(summary.relationships)}`;
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  console.error(`seed failed: ${message.split('\n')[0]}`);
  process.exit(1);
});
