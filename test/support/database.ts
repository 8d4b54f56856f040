import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { Executor } from '../../src/db/executor.js';

export interface TestDatabase {
  readonly driver: Driver;
  readonly executor: Executor;
  /** Deletes every node and relationship; constraints and indexes stay. */
  wipe(): Promise<void>;
  /** Runs Cypher written by the test itself (fixtures, checks), with parameters. */
  cypher<T = Record<string, unknown>>(query: string, params?: Record<string, unknown>): Promise<T[]>;
  close(): Promise<void>;
}

/** A connection to the run's Neo4j (see globalSetup.ts). */
export async function testDatabase(): Promise<TestDatabase> {
  const user = inject('boltUser');
  const password = inject('boltPassword');
  const driver = neo4j.driver(inject('boltUri'), neo4j.auth.basic(user, password), { disableLosslessIntegers: true });
  const cypher = async <T,>(query: string, params: Record<string, unknown> = {}) => {
    const session = driver.session();
    try {
      const result = await session.run(query, params);
      return result.records.map((record) => record.toObject() as T);
    } finally {
      await session.close();
    }
  };
  return {
    driver,
    executor: Executor.forDriver(driver),
    cypher,
    async wipe() {
      await cypher('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS');
    },
    close: () => driver.close(),
  };
}
