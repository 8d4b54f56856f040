import type { Label } from '../model/labels.js';
import { RELATIONS, type RelationName } from '../model/relations.js';
import { sourceProps, type Source } from './sources.js';

export type PropValue = string | number | boolean | null | readonly string[];
export type Props = Readonly<Record<string, PropValue>>;

/** One node to load: its key (id, or code for Region) and its other properties. */
export interface NodeRow {
  readonly key: string;
  readonly props: Props;
}

/** One relationship to load, between two keys. */
export interface LinkRow {
  readonly from: string;
  readonly to: string;
  readonly props: Props;
}

/**
 * The nodes and relationships one seeding step loads, held in memory first so that a slug
 * collision or a bad role fails before anything is written. Writing it is src/seed/writeGraph.ts.
 */
export class SeedGraph {
  readonly nodes = new Map<Label, Map<string, NodeRow>>();
  readonly links = new Map<RelationName, Map<string, LinkRow>>();

  /** Adds a node; a second node with the same key is a bug in the seed data and throws. */
  addNode(label: Label, key: string, props: Record<string, PropValue | undefined>, sources: readonly Source[]): void {
    const rows = this.nodes.get(label) ?? new Map<string, NodeRow>();
    if (rows.has(key)) throw new Error(`seed: two ${label} nodes with key '${key}'`);
    rows.set(key, { key, props: { ...withoutUndefined(props), ...sourceProps(sources) } });
    this.nodes.set(label, rows);
  }

  hasNode(label: Label, key: string): boolean {
    return this.nodes.get(label)?.has(key) ?? false;
  }

  /**
   * Adds a relationship. Adding the same pair again with the same role is ignored (generators
   * may reach one pair twice); with a different role it throws, as the graph keeps one link
   * per pair.
   */
  addLink(relation: RelationName, from: string, to: string, sources: readonly Source[], role?: string): void {
    const spec = RELATIONS[relation];
    const roles: readonly string[] | undefined = 'roles' in spec ? spec.roles : undefined;
    if (roles && (role === undefined || !roles.includes(role))) {
      throw new Error(`seed: ${relation} ${from} -> ${to} needs a role among ${roles.join(', ')}, got ${role}`);
    }
    if (!roles && role !== undefined) throw new Error(`seed: ${relation} takes no role (${from} -> ${to})`);
    const rows = this.links.get(relation) ?? new Map<string, LinkRow>();
    const pair = `${from}\u0000${to}`;
    const existing = rows.get(pair);
    if (existing) {
      if ((existing.props.role ?? undefined) !== role) {
        throw new Error(`seed: ${relation} ${from} -> ${to} given two roles (${existing.props.role}, ${role})`);
      }
      return;
    }
    rows.set(pair, { from, to, props: { ...(role === undefined ? {} : { role }), ...sourceProps(sources) } });
    this.links.set(relation, rows);
  }

  hasLink(relation: RelationName, from: string, to: string): boolean {
    return this.links.get(relation)?.has(`${from}\u0000${to}`) ?? false;
  }

  nodeCount(label?: Label): number {
    if (label) return this.nodes.get(label)?.size ?? 0;
    return [...this.nodes.values()].reduce((sum, rows) => sum + rows.size, 0);
  }

  linkCount(relation?: RelationName): number {
    if (relation) return this.links.get(relation)?.size ?? 0;
    return [...this.links.values()].reduce((sum, rows) => sum + rows.size, 0);
  }
}

function withoutUndefined(props: Record<string, PropValue | undefined>): Record<string, PropValue> {
  return Object.fromEntries(Object.entries(props).filter((entry): entry is [string, PropValue] => entry[1] !== undefined));
}
