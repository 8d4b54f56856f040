import { createHash } from 'node:crypto';
import type { TestDatabase } from '../support/database.js';
import { keyOf, type Label } from '../../src/model/labels.js';
import { RELATIONS, type RelationName } from '../../src/model/relations.js';
import { measurementId } from '../../src/model/validation.js';

/**
 * What the hostile test knows about the graph: a digest to prove nothing changed, and checks that
 * an accepted mutation stored literally what was sent.
 */

export interface GraphDigest {
  readonly nodes: number;
  readonly relationships: number;
  readonly hash: string;
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export async function graphDigest(db: TestDatabase): Promise<GraphDigest> {
  const nodes = await db.cypher<{ labels: string[]; props: Record<string, unknown> }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await db.cypher(
    'MATCH (a)-[r]->(b) RETURN type(r) AS type, properties(r) AS props, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to',
  );
  const lines = [
    ...nodes.map((node) => `N ${canonical([[...node.labels].sort(), node.props])}`),
    ...relationships.map((relationship) => `R ${canonical(relationship)}`),
  ].sort();
  return { nodes: nodes.length, relationships: relationships.length, hash: createHash('sha256').update(lines.join('\n')).digest('hex') };
}

/** What the server stores for a value it accepted: text fields are trimmed (src/model/validation.ts). */
function stored(value: unknown): unknown {
  if (typeof value === 'string') return value.trim();
  if (Array.isArray(value)) return value.map(stored);
  return JSON.parse(JSON.stringify(value ?? null));
}

const KEY_FIELDS = ['id', 'code', 'indicator', 'region', 'parent'];

const asList = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);

async function nodeProps(db: TestDatabase, label: string, keyName: string, key: string) {
  const rows = await db.cypher<{ p: Record<string, unknown> }>(
    'MATCH (n) WHERE $label IN labels(n) AND n[$keyName] = $key RETURN properties(n) AS p', { label, keyName, key },
  );
  return rows.map((row) => row.p);
}

function mismatches(props: Record<string, unknown>, input: Record<string, unknown>, skip: readonly string[] = []): string[] {
  const problems: string[] = [];
  for (const [name, sent] of Object.entries(input)) {
    if (skip.includes(name)) continue;
    if (name === 'sources') {
      const sources = asList(sent) as Array<{ ref: string; title: string }>;
      const refs = stored(sources.map((source) => source.ref));
      const titles = stored(sources.map((source) => source.title));
      if (canonical(props.sourceRefs ?? []) !== canonical(refs)) problems.push(`sourceRefs: stored ${canonical(props.sourceRefs)}, sent ${canonical(refs)}`);
      if (canonical(props.sourceTitles ?? []) !== canonical(titles)) problems.push(`sourceTitles: stored ${canonical(props.sourceTitles)}, sent ${canonical(titles)}`);
      continue;
    }
    // An ID given as a number is an ID all the same: GraphQL turns it into its string.
    const expected = KEY_FIELDS.includes(name) && typeof sent === 'number' ? String(sent) : stored(sent);
    const actual = JSON.parse(JSON.stringify(props[name] ?? null));
    if (canonical(actual) !== canonical(expected)) problems.push(`${name}: stored ${canonical(actual)}, sent ${canonical(sent)}`);
  }
  return problems;
}

/**
 * Checks that an accepted mutation did exactly what was asked; returns what differs (empty when
 * all is well), or throws when no check exists for the field, so a new mutation cannot slip by.
 */
export async function verifyAccepted(db: TestDatabase, field: string, args: Record<string, any>, result: Record<string, any>): Promise<string[]> {
  const crud = /^(create|update|delete)([A-Z]\w*)$/.exec(field);
  if (field === 'setMeasurement') {
    const { indicator, year, region } = args.input;
    const [props] = await nodeProps(db, 'Measurement', 'id', measurementId(String(indicator), year, region == null || String(region) === 'ID' ? null : String(region)));
    if (!props) return ['measurement not found after setMeasurement'];
    const { indicator: _i, year: _y, region: _r, ...values } = args.input;
    return mismatches(props, values);
  }
  if (field === 'deleteMeasurement') {
    const { indicator, year, region } = args.input;
    const left = await nodeProps(db, 'Measurement', 'id', measurementId(String(indicator), year, region == null || String(region) === 'ID' ? null : String(region)));
    return left.length ? ['measurement still there after deleteMeasurement'] : [];
  }
  if (field === 'link' || field === 'unlink') {
    const spec = RELATIONS[args.input.relation as RelationName];
    const rows = await db.cypher<{ role: string | null }>(
      `MATCH (a)-[r]->(b) WHERE $fromLabel IN labels(a) AND a[$fromKey] = $from AND type(r) = $type
         AND $toLabel IN labels(b) AND b[$toKey] = $to RETURN r.role AS role`,
      { fromLabel: spec.from, fromKey: keyOf(spec.from), from: String(args.input.from), type: spec.type, toLabel: spec.to, toKey: keyOf(spec.to), to: String(args.input.to) },
    );
    if (field === 'unlink') return rows.length ? [`${spec.type} link still there after unlink`] : [];
    if (rows.length !== 1) return [`expected one ${spec.type} link, found ${rows.length}`];
    return rows[0]!.role === (args.input.role ?? null) ? [] : [`role: stored ${rows[0]!.role}, sent ${args.input.role}`];
  }
  if (field === 'importBundle') {
    if (result.status !== 'IMPORTED') return [];
    const problems: string[] = [];
    for (const agency of asList(args.bundle?.agencies ?? []) as Array<Record<string, unknown>>) {
      const [props] = await nodeProps(db, 'Agency', 'id', String(agency.id));
      if (!props) problems.push(`agency ${String(agency.id)} missing after import`);
      else problems.push(...mismatches(props, agency, ['id']));
    }
    return problems;
  }
  if (crud) {
    const [, verb, label] = crud as unknown as [string, string, Label];
    const keyName = keyOf(label);
    const key = String(verb === 'create' ? args.input[keyName] : args[keyName]);
    const found = await nodeProps(db, label, keyName, key);
    if (verb === 'delete') return found.length ? [`${label} ${key} still there after delete`] : [];
    if (found.length !== 1) return [`expected one ${label} ${key}, found ${found.length}`];
    return mismatches(found[0]!, args.input, ['parent']);
  }
  throw new Error(`no check for the accepted mutation ${field}: add one to test/hostile/graph.ts`);
}
