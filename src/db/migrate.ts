import { readdirSync } from 'node:fs';
import { z } from 'zod';
import { readCypher } from './cypher.js';
import type { Executor } from './executor.js';
import { defineQuery } from './query.js';

const awaitIndexes = defineQuery({ file: new URL('./awaitIndexes.cypher', import.meta.url), mode: 'READ', params: z.object({}), row: z.object({}) });

/** The statements of one migration file: split on `;` at line ends, comments dropped. */
export function statementsOf(text: string): string[] {
  return text
    .split('\n')
    .filter((line) => !line.trim().startsWith('//'))
    .join('\n')
    .split(/;\s*$/m)
    .map((statement) => statement.trim())
    .filter((statement) => statement.length > 0);
}

const MIGRATIONS = new URL('./migrations/', import.meta.url);

/** The migration files (src/db/migrations/NNN_name.cypher), in name order. */
export function migrationFiles(): URL[] {
  return readdirSync(MIGRATIONS).filter((file) => file.endsWith('.cypher')).sort().map((file) => new URL(file, MIGRATIONS));
}

/**
 * Applies every file in src/db/migrations in name order. Each statement is idempotent
 * (IF NOT EXISTS), so this runs at every start; schema statements each get their own
 * transaction. Waits for new indexes to come online before returning (db/awaitIndexes).
 * The one place statements are sent without a defineQuery handle: a migration file holds
 * several, which take no parameters and return nothing.
 */
export async function migrate(db: Executor): Promise<{ files: string[]; statements: number }> {
  const files = migrationFiles();
  let statements = 0;
  for (const file of files) {
    for (const statement of statementsOf(readCypher(file))) {
      await db.run('WRITE', statement, {});
      statements += 1;
    }
  }
  await awaitIndexes.run(db, {});
  return { files: files.map((file) => file.pathname.slice(file.pathname.lastIndexOf('/') + 1)), statements };
}
