import { Neo4jError } from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { TransactionMemoryError, toDomainError } from '../../src/db/errors.js';
import { ImportFailedError } from '../../src/modules/import/importBundle.js';

/**
 * Every Neo4j error is mapped in src/db/errors.ts: a transaction refused more memory becomes
 * TransactionMemoryError there, and the bulk import recognises that (not the Neo4j code) to say
 * what to do about it.
 */

const outOfMemory = () => new Neo4jError(
  'The allocation of an extra 2.0 MiB would use more than the limit 1.4 GiB. Currently using 1.4 GiB. dbms.memory.transaction.total.max threshold reached',
  'Neo.TransientError.General.MemoryPoolOutOfMemoryError', 'N/A', 'N/A',
);

describe('a transaction out of memory', () => {
  it('is mapped to TransactionMemoryError by db/errors.ts (not a DomainError: a GraphQL client sees an internal error, as before)', () => {
    const mapped = toDomainError(outOfMemory());
    expect(mapped).toBeInstanceOf(TransactionMemoryError);
    expect((mapped as Error).cause).toBeInstanceOf(Neo4jError);
    expect(toDomainError(mapped)).toBe(mapped);
    expect(mapped).not.toHaveProperty('extensions');
  });

  it('makes the import say to give Neo4j more heap or split the bundle; another failure keeps its own first line', () => {
    const failed = new ImportFailedError('big.json', toDomainError(outOfMemory()), 1_200_000);
    expect(failed.message).toMatch(/^importing big\.json failed while writing, and nothing was written .*: its 1,200,000 records need more transaction memory than Neo4j allows/);
    expect(failed.message).toMatch(/NEO4J_HEAP_MB .* or split the bundle$/);
    const other = new ImportFailedError('small.json', new Error('connection lost\nat somewhere'), 3);
    expect(other.message).toMatch(/: connection lost$/);
  });
});
