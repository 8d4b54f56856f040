import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { TestDatabase } from '../support/database.js';

/** A temporary folder per test file, removed by `cleanup`. */
export function scratch(prefix: string) {
  const root = mkdtempSync(join(tmpdir(), `import-${prefix}-`));
  return {
    root,
    /** Writes a bundle as a JSON file and returns its path. */
    json(name: string, bundle: unknown): string {
      const path = join(root, name);
      writeFileSync(path, typeof bundle === 'string' ? bundle : JSON.stringify(bundle, null, 2));
      return path;
    },
    /** Writes a CSV folder: file name (like `agencies.csv` or `links/HOLDS.csv`) -> its text. */
    csv(name: string, files: Record<string, string>): string {
      const folder = join(root, name);
      for (const [file, text] of Object.entries(files)) {
        mkdirSync(dirname(join(folder, file)), { recursive: true });
        writeFileSync(join(folder, file), text);
      }
      return folder;
    },
    cleanup: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** Temporal values and such become text, so that dumps compare with toEqual. */
function plain(value: unknown): unknown {
  if (value === null || ['string', 'number', 'boolean'].includes(typeof value)) return value;
  if (Array.isArray(value)) return value.map(plain);
  return String(value);
}

function plainProps(props: Record<string, unknown>, omit: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).filter(([k]) => !omit.includes(k)).sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => [k, plain(v)]));
}

export interface Dump {
  readonly nodes: unknown[];
  readonly rels: unknown[];
}

/**
 * Every node and relationship with its properties, sorted. `withRuns: false` leaves out what an
 * import adds about itself (ImportRun nodes, IMPORTED_BY, the importRun property), so that two
 * imports of the same data compare equal.
 */
export async function dump(db: TestDatabase, { withRuns = true } = {}): Promise<Dump> {
  const nodes = await db.cypher<{ labels: string[]; props: Record<string, unknown> }>(
    'MATCH (n) WHERE $withRuns OR NOT n:ImportRun RETURN labels(n) AS labels, properties(n) AS props', { withRuns },
  );
  const rels = await db.cypher<{ type: string; from: string; to: string; props: Record<string, unknown> }>(
    `MATCH (a)-[r]->(b) WHERE $withRuns OR type(r) <> 'IMPORTED_BY'
     RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props`,
    { withRuns },
  );
  const omit = withRuns ? [] : ['importRun'];
  const sorted = (items: unknown[]) => items.map((i) => JSON.stringify(i)).sort().map((s) => JSON.parse(s) as unknown);
  return {
    nodes: sorted(nodes.map((n) => ({ labels: [...n.labels].sort(), props: plainProps(n.props, omit) }))),
    rels: sorted(rels.map((r) => ({ type: r.type, from: r.from, to: r.to, props: plainProps(r.props, omit) }))),
  };
}

export async function importRunCount(db: TestDatabase): Promise<number> {
  const [row] = await db.cypher<{ n: number }>('MATCH (r:ImportRun) RETURN count(r) AS n');
  return row!.n;
}

/** A small graph that bundles in the tests can refer to: a province, an indicator, a theme. */
export async function seedBase(db: TestDatabase): Promise<void> {
  await db.cypher(`
    CREATE (:Region {code: 'ID', name: 'Indonesia', level: 'COUNTRY'})<-[:PART_OF]-(:Region {code: '32', name: 'Jawa Barat', level: 'PROVINCE'})
    CREATE (:Agency {id: 'kementerian-panrb', name: 'Kementerian PANRB', kind: 'MINISTRY', level: 'NATIONAL'})
  `);
}
