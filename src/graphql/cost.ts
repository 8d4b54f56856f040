import {
  Kind, valueFromASTUntyped,
  type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLField, type GraphQLNamedType,
  type GraphQLOutputType, type GraphQLSchema, type OperationDefinitionNode, type SelectionSetNode, type ValueNode,
} from 'graphql';
import { COVERAGE_GAPS_MAX_PAGE_SIZE } from '../modules/analysis/coverageGaps/input.js';
import { MAX_PAGE_SIZE } from '../modules/shared/paging.js';

/**
 * What an operation costs, estimated from its document and variables before anything runs. The
 * unit is roughly "one row read by a lookup of its own":
 *
 * - every root field runs in its own database transaction: ROOT_FIELD_COST, whatever it asks
 *   (so twenty aliases of anything cost at least twenty of them);
 * - the known heavy root fields add their weight (heavyCost below): a network view grows with
 *   its `limit` and `depth` (and its metrics with both), coverageGaps with its level, and each
 *   analysis reads a whole theme or region;
 * - an object field with a resolver of its own (a loader, a lookup) costs RESOLVED_OBJECT_COST
 *   for each object it may return; an object that comes in its parent's row costs ROW_OBJECT_COST;
 *   scalars cost nothing more than their object;
 * - a list holds `first` items: the literal, else the variable's value, else the schema's
 *   default, capped at the page size the resolver allows (coverageGaps 1000, lookup 50, other
 *   lists 100: a larger one is refused by the resolver anyway). A connection's `first` sizes its
 *   `nodes` and `edges`. A list with no `first` counts UNBOUNDED_LIST_SIZE items when it has a
 *   resolver of its own, one when it comes in its parent's row;
 * - fragments and inline fragments count exactly as if written inline (graphql-armor's cost
 *   under-counted them: programOverlaps(first: 50) refused inline, accepted through a fragment).
 *
 * Fields under @skip/@include count as asked, and every fragment on an abstract type in full:
 * the estimate is an upper bound.
 */
export const ROOT_FIELD_COST = 50;
export const RESOLVED_OBJECT_COST = 1;
export const ROW_OBJECT_COST = 0.1;
export const UNBOUNDED_LIST_SIZE = 5;
/** Each analysis reads a whole theme, region or agency's programs before it answers. */
export const ANALYSIS_COST = 100;
/** coverageGaps reads every region of the level in scope, whatever the page. */
export const COVERAGE_LEVEL_COST: Readonly<Record<string, number>> = { PROVINCE: 20, REGENCY: 60, DISTRICT: 250 };

const ANALYSES = new Set([
  'programOverlaps', 'mandateOverlaps', 'responsibilityMatrix', 'helixBalance', 'programsMissingStrand',
  'mandateConformance', 'peers', 'indicatorProgress', 'graphSummary',
]);

/** The largest `first` each list field's resolver accepts; every other list: MAX_PAGE_SIZE. */
const PAGE_LIMITS: Readonly<Record<string, number>> = { coverageGaps: COVERAGE_GAPS_MAX_PAGE_SIZE, lookup: 50 };
/** network and collaborationNetwork: at most 2000 nodes, 3 hops (src/modules/network/selection.ts). */
const NETWORK_MAX_LIMIT = 2000;
const NETWORK_MAX_DEPTH = 3;

type Args = Readonly<Record<string, unknown>>;

// The schema comes from Apollo, which may load another copy of graphql's classes than this module
// (vitest does): graphql's isListType & co. would throw "from another module or realm", so the
// types are told apart by their tag (graphql 16 gives each class a Symbol.toStringTag).
const tagOf = (type: unknown) => Object.prototype.toString.call(type);
const nullable = (type: GraphQLOutputType) => (tagOf(type) === '[object GraphQLNonNull]' ? (type as { ofType: GraphQLOutputType }).ofType : type);
const isList = (type: GraphQLOutputType) => tagOf(nullable(type)) === '[object GraphQLList]';
function namedOf(type: GraphQLOutputType): GraphQLNamedType {
  let current: unknown = type;
  while (current && typeof current === 'object' && 'ofType' in current) current = (current as { ofType: unknown }).ofType;
  return current as GraphQLNamedType;
}
/** Objects and interfaces have fields; on a union only fragments and __typename are valid. */
function fieldsOf(type: GraphQLNamedType): Record<string, GraphQLField<unknown, unknown>> | undefined {
  const tag = tagOf(type);
  return tag === '[object GraphQLObjectType]' || tag === '[object GraphQLInterfaceType]'
    ? (type as { getFields(): Record<string, GraphQLField<unknown, unknown>> }).getFields()
    : undefined;
}

/** The weight of a heavy root field, beyond its transaction. */
function heavyCost(field: string, args: Args): number {
  if (field === 'network') {
    // Betweenness is O(nodes × edges); the nodes a view may hold grow with both.
    const limit = clamp(args.limit, 1, NETWORK_MAX_LIMIT, 300);
    const depth = clamp(args.depth, 1, NETWORK_MAX_DEPTH, 1);
    return (limit * depth) / 2;
  }
  if (field === 'collaborationNetwork') return clamp(args.limit, 1, NETWORK_MAX_LIMIT, 300) / 2;
  if (field === 'coverageGaps') return COVERAGE_LEVEL_COST[String(args.level ?? 'REGENCY')] ?? COVERAGE_LEVEL_COST.DISTRICT!;
  return ANALYSES.has(field) ? ANALYSIS_COST : 0;
}

function clamp(value: unknown, min: number, max: number, fallback: number): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(value)));
}

/** Resolvers by type and field: an object field listed there reads on its own (a loader, a query). */
export type ResolverMap = Readonly<Record<string, unknown>>;

interface Walk {
  readonly schema: GraphQLSchema;
  readonly fragments: ReadonlyMap<string, FragmentDefinitionNode>;
  readonly variables: Readonly<Record<string, unknown>>;
  readonly resolvers: ResolverMap;
  /** The cost of a fragment's selection on a type, per item: each fragment is walked once per type. */
  readonly memo: Map<string, number>;
}

/** Argument values as the resolver will see them: literal, variable, or the schema's default. */
function argumentsOf(field: GraphQLField<unknown, unknown>, node: FieldNode, variables: Readonly<Record<string, unknown>>): Args {
  const values: Record<string, unknown> = {};
  for (const arg of field.args) if (arg.defaultValue !== undefined) values[arg.name] = arg.defaultValue;
  for (const arg of node.arguments ?? []) {
    const value: ValueNode = arg.value;
    if (value.kind === Kind.VARIABLE) {
      const given = variables[value.name.value];
      if (given !== undefined) values[arg.name.value] = given;
    } else {
      values[arg.name.value] = valueFromASTUntyped(value, variables);
    }
  }
  return values;
}

function hasOwnResolver(resolvers: ResolverMap, type: string, field: string): boolean {
  const fields = resolvers[type] as Record<string, unknown> | undefined;
  return typeof fields?.[field] === 'function' || typeof (fields?.[field] as { resolve?: unknown } | undefined)?.resolve === 'function';
}

/**
 * The cost of one item of `type` with this selection. `page` is the `first` of the field above
 * (a connection), which sizes its `nodes` and `edges`.
 */
function selectionCost(walk: Walk, type: GraphQLNamedType, selectionSet: SelectionSetNode, page: number | undefined, root: boolean): number {
  let total = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FRAGMENT_SPREAD) {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const on = walk.schema.getType(fragment.typeCondition.name.value) ?? type;
      const key = `${fragment.name.value}|${type.name}|${page ?? ''}|${root}`;
      let cost = walk.memo.get(key);
      if (cost === undefined) {
        // Validation refuses fragment cycles, so this recursion ends; the memo keeps it linear.
        cost = selectionCost(walk, on, fragment.selectionSet, page, root);
        walk.memo.set(key, cost);
      }
      total += cost;
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const on = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) ?? type : type;
      total += selectionCost(walk, on, selection.selectionSet, page, root);
    } else {
      total += fieldCost(walk, type, selection, page, root);
    }
  }
  return total;
}

function fieldCost(walk: Walk, parent: GraphQLNamedType, node: FieldNode, page: number | undefined, root: boolean): number {
  const name = node.name.value;
  if (name === '__typename') return 0;
  if (name === '__schema' || name === '__type') {
    // Introspection reads no database: only its objects count.
    const type = walk.schema.getType(name === '__schema' ? '__Schema' : '__Type');
    return type && node.selectionSet ? ROW_OBJECT_COST + selectionCost(walk, type, node.selectionSet, undefined, false) : 0;
  }
  const field = fieldsOf(parent)?.[name];
  if (!field) return 0;
  const args = argumentsOf(field, node, walk.variables);
  const transaction = root ? ROOT_FIELD_COST + heavyCost(name, args) : 0;
  if (!node.selectionSet) return transaction;
  const list = isList(field.type);
  const ownResolver = root || hasOwnResolver(walk.resolvers, parent.name, name);
  const pageLimit = PAGE_LIMITS[name] ?? MAX_PAGE_SIZE;
  const first = 'first' in args ? clamp(args.first, 0, pageLimit, pageLimit) : undefined;
  let items = 1;
  if (list) items = first ?? (ownResolver ? UNBOUNDED_LIST_SIZE : page ?? 1);
  const perItem = (ownResolver ? RESOLVED_OBJECT_COST : ROW_OBJECT_COST)
    + selectionCost(walk, namedOf(field.type), node.selectionSet, list ? undefined : first, false);
  return transaction + items * perItem;
}

export interface OperationCostInput {
  readonly schema: GraphQLSchema;
  readonly document: DocumentNode;
  readonly operation: OperationDefinitionNode;
  readonly variables?: Readonly<Record<string, unknown>>;
  readonly resolvers: ResolverMap;
}

/** The estimated cost of one operation (see the top of this file for the measure). */
export function operationCost(input: OperationCostInput): number {
  const root = input.operation.operation === 'mutation' ? input.schema.getMutationType() : input.schema.getQueryType();
  if (!root) return 0;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of input.document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments.set(definition.name.value, definition);
  }
  const walk: Walk = { schema: input.schema, fragments, variables: input.variables ?? {}, resolvers: input.resolvers, memo: new Map() };
  return Math.ceil(selectionCost(walk, root, input.operation.selectionSet, undefined, true));
}

/** The refusal's message and extensions (QUERY_TOO_COMPLEX, limit maxCost, the cost and the maximum). */
export function costRefusal(cost: number, maxCost: number): { message: string; extensions: Record<string, unknown> } {
  return {
    message: `Query cost ${cost} exceeds the maximum of ${maxCost} (GRAPHQL_MAX_COST): ask for fewer root fields or aliases, smaller pages or views`,
    extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'maxCost', cost, maxCost },
  };
}
