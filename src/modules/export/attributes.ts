import type { GraphNode } from '../network/types.js';

/**
 * How a stored node property is written where a format needs declared, scalar attributes
 * (GraphML <key>, GEXF <attribute>, CSV columns): `list` values are written as JSON text
 * (`["a","b"]`), numbers as `long` or `double`, and a property holding mixed types as text.
 */
export type AttributeType = 'string' | 'long' | 'double' | 'boolean' | 'list';

export interface NodeAttribute {
  /** The stored property. */
  readonly property: string;
  /** Its name in the file: the property's own, or `prop_<name>` when it would clash with a view attribute. */
  readonly name: string;
  readonly type: AttributeType;
}

/** The attributes every node has in every format, before its stored properties. */
export const VIEW_ATTRIBUTES = ['id', 'kind', 'key', 'label'] as const;
/** The structural metrics every node has in every format, after id, kind, key and label. */
export const METRIC_ATTRIBUTES = [
  { name: 'degree', type: 'long' }, { name: 'weightedDegree', type: 'double' },
  { name: 'betweenness', type: 'double' }, { name: 'community', type: 'long' },
] as const;
const RESERVED = new Set<string>([...VIEW_ATTRIBUTES, ...METRIC_ATTRIBUTES.map((metric) => metric.name)]);
/** A stored `id` is the node's `key` (for every kind but Region, whose key is `code`): not written twice. */
const SKIPPED = new Set(['id']);

export function attributeName(property: string): string {
  return RESERVED.has(property) ? `prop_${property}` : property;
}

/** Declares the attributes from the Cypher value types each property holds (export/wholePropertyTypes). */
export function attributesFromCypherTypes(rows: ReadonlyArray<{ name: string; types: readonly string[] }>): NodeAttribute[] {
  return declare(rows.map(({ name, types }) => [name, new Set(types.map(fromCypherType))] as const));
}

/** Declares the attributes of nodes already in memory (a network or collaboration view). */
export function attributesFromNodes(nodes: Iterable<GraphNode>): NodeAttribute[] {
  const seen = new Map<string, Set<AttributeType>>();
  for (const node of nodes) {
    for (const [property, value] of Object.entries(node.properties)) {
      if (value === null || value === undefined) continue;
      const types = seen.get(property) ?? new Set<AttributeType>();
      types.add(fromValue(value));
      seen.set(property, types);
    }
  }
  return declare([...seen.entries()]);
}

function declare(entries: ReadonlyArray<readonly [string, Set<AttributeType>]>): NodeAttribute[] {
  return entries
    .filter(([property]) => !SKIPPED.has(property))
    .map(([property, types]) => ({ property, name: attributeName(property), type: merge(types) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

function merge(types: Set<AttributeType>): AttributeType {
  if (types.size === 1) return [...types][0]!;
  if (types.size === 2 && types.has('long') && types.has('double')) return 'double';
  return 'string';
}

function fromCypherType(type: string): AttributeType {
  const base = type.replace(/ NOT NULL$/, '');
  if (base.startsWith('LIST')) return 'list';
  if (base === 'INTEGER') return 'long';
  if (base === 'FLOAT') return 'double';
  if (base === 'BOOLEAN') return 'boolean';
  return 'string';
}

function fromValue(value: unknown): AttributeType {
  if (Array.isArray(value)) return 'list';
  if (typeof value === 'number') return Number.isInteger(value) ? 'long' : 'double';
  if (typeof value === 'boolean') return 'boolean';
  return 'string';
}

/** A property value as the scalar a declared attribute holds; undefined when the node has none. */
export function scalar(value: unknown, type: AttributeType): string | number | boolean | undefined {
  if (value === null || value === undefined) return undefined;
  if (Array.isArray(value)) return JSON.stringify(value);
  if (type === 'string' || type === 'list') return String(value);
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}
