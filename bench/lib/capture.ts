import type { Driver } from 'neo4j-driver';
import type { Executor, StatementEvent } from '../../src/db/executor.js';

/** The Cypher statements one request sent, with their parameters, in order. */
export type Statements = readonly StatementEvent[];

/**
 * Runs `request` (which must go through `executor`, e.g. an HTTP call to an app built on it)
 * and returns the statements it sent. Only one request may run meanwhile.
 */
export async function captureStatements(executor: Executor, request: () => Promise<unknown>): Promise<Statements> {
  const sent: StatementEvent[] = [];
  const stop = executor.onStatement((event) => sent.push(event));
  try {
    await request();
  } finally {
    stop();
  }
  if (sent.length === 0) throw new Error('the request sent no statement to capture');
  return sent;
}

/**
 * The floor of a request: its statements sent straight through neo4j-driver, one after the
 * other as the API sends them, each in a read transaction, with the records fetched as plain
 * objects. No GraphQL, no HTTP, no validation, no result shaping.
 */
export async function replay(driver: Driver, database: string, statements: Statements): Promise<number> {
  const session = driver.session({ database, defaultAccessMode: 'READ' });
  try {
    let records = 0;
    for (const { query, params } of statements) {
      const result = await session.executeRead((tx) => tx.run(query, params));
      records += result.records.map((record) => record.toObject()).length;
    }
    return records;
  } finally {
    await session.close();
  }
}
