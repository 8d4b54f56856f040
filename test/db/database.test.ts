import { describe, expect, inject, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { openDatabase } from '../../src/db/database.js';

describe('openDatabase with NEO4J_URI', () => {
  it('uses that server and starts nothing', async () => {
    const db = await openDatabase(loadConfig({
      NEO4J_URI: inject('boltUri'), NEO4J_USER: inject('boltUser'), NEO4J_PASSWORD: inject('boltPassword'),
      // Would clash with the run's own Neo4j if anything were started here.
      NEO4J_DATA_DIR: inject('embeddedDataDir') || '.neo4j/unused',
    }), () => undefined);
    try {
      expect(db.embedded).toBe(false);
      expect(db.uri).toBe(inject('boltUri'));
      const result = await db.executor.run('READ', 'RETURN $x * 2 AS twice', { x: 21 });
      expect(result.records[0]!.get('twice')).toBe(42);
    } finally {
      await db.close();
    }
  });

  it('says which server it cannot reach', async () => {
    await expect(openDatabase(loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1' }), () => undefined))
      .rejects.toThrow(/^neo4j: cannot reach bolt:\/\/127\.0\.0\.1:1 as neo4j: /);
  });
});
