import { readdirSync } from 'node:fs';
import { CYPHER_DIR, readCypher } from './cypher.js';
import type { Executor } from './executor.js';

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

/**
 * Applies every file in cypher/migrations in name order. Each statement is idempotent
 * (IF NOT EXISTS), so this runs at every start; schema statements each get their own
 * transaction. Waits for new indexes to come online before returning.
 */
export async function migrate(db: Executor): Promise<{ files: string[]; statements: number }> {
  const files = readdirSync(`${CYPHER_DIR}migrations`).filter((file) => file.endsWith('.cypher')).sort();
  let statements = 0;
  for (const file of files) {
    for (const statement of statementsOf(readCypher(`migrations/${file.replace(/\.cypher$/, '')}`))) {
      await db.run('WRITE', statement, {});
      statements += 1;
    }
  }
  await db.run('READ', 'CALL db.awaitIndexes(300)', {});
  return { files, statements };
}
