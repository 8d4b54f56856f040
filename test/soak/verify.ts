import neo4j from 'neo4j-driver';
import { NO_AUTH } from '../../src/db/embedded/noAuth.js';
import type { WrittenNode } from './load.js';

export interface WriteCheck {
  /** Nodes with at least one acknowledged write. */
  readonly checked: number;
  /** Acknowledged writes not in the graph: the node missing, or its name older than the last acknowledged one. */
  readonly lost: readonly string[];
}

/**
 * Reads, straight from the database over Bolt (not through the API under test), every node the
 * load wrote, and compares it with what was acknowledged. A node's name must be the last
 * acknowledged one or one sent after it (a later write whose answer was lost may have committed).
 */
export async function checkAcknowledgedWrites(boltUri: string, written: Iterable<WrittenNode>): Promise<WriteCheck> {
  const acknowledged = [...written].filter((node) => node.lastAcknowledged >= 0);
  const driver = neo4j.driver(boltUri, NO_AUTH, { disableLosslessIntegers: true, connectionTimeout: 5000, maxTransactionRetryTime: 5000 });
  try {
    const names = new Map<string, string | null>();
    const statements = {
      Agency: 'UNWIND $ids AS id OPTIONAL MATCH (n:Agency {id: id}) RETURN id, n.name AS name',
      Program: 'UNWIND $ids AS id OPTIONAL MATCH (n:Program {id: id}) RETURN id, n.name AS name',
    } as const;
    for (const label of ['Agency', 'Program'] as const) {
      const ids = acknowledged.filter((node) => node.label === label).map((node) => node.id);
      const result = await driver.executeQuery(statements[label], { ids }, { routing: neo4j.routing.READ });
      for (const record of result.records) names.set(record.get('id') as string, record.get('name') as string | null);
    }
    const lost: string[] = [];
    for (const node of acknowledged) {
      const name = names.get(node.id) ?? null;
      if (name === null) {
        lost.push(`${node.label} ${node.id}: missing`);
        continue;
      }
      const index = node.names.lastIndexOf(name);
      if (index < node.lastAcknowledged) lost.push(`${node.label} ${node.id}: name "${name}", but "${node.names[node.lastAcknowledged]}" was acknowledged`);
    }
    return { checked: acknowledged.length, lost };
  } finally {
    await driver.close();
  }
}
