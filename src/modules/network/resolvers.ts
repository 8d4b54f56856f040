import { JSONScalar } from '../../graphql/jsonScalar.js';
import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { COLLABORATION_RULE } from './collaboration.js';
import { loadSubgraph } from './load.js';
import { measureOffThread } from './metricsPool.js';
import { Selection, type CollaborationSelection, type NetworkSelection } from './selection.js';
import { toCytoscape, toGraphology } from './shapes.js';
import { NETWORK_RULE } from './subgraph.js';
import type { GraphContext } from '../../graphql/context.js';
import { parseArgs } from '../../graphql/validation.js';

/**
 * Loads the selection's subgraph, measures it (in the metrics worker: betweenness and Louvain
 * would hold up every other request) and hands every shape the schema offers. The two shapes are
 * built only when asked for (getters, read by the default resolvers): on 2,000 nodes each is a
 * stretch of the event loop that a client drawing its own view does not need.
 */
async function view(ctx: GraphContext, selection: NetworkSelection | CollaborationSelection) {
  const measured = await measureOffThread(await loadSubgraph(ctx.db, selection));
  return {
    nodes: measured.nodes,
    edges: measured.edges,
    truncated: measured.truncated,
    selection,
    get cytoscape() {
      return toCytoscape(measured);
    },
    // The graph-level attributes say what made the view and by which rule.
    get graphology() {
      return toGraphology(measured, { selection, rule: selection.kind === 'network' ? NETWORK_RULE : COLLABORATION_RULE });
    },
  };
}

/** The arguments as a Selection: the same zod schema the export endpoint uses, so the checks agree. */
function selectionOf(kind: 'network' | 'collaboration', args: Record<string, unknown>) {
  return parseArgs(Selection, { kind, ...args });
}

export const networkResolvers = {
  JSON: JSONScalar,
  Query: {
    network: (_, args, ctx) => view(ctx, selectionOf('network', args) as NetworkSelection),
    collaborationNetwork: (_, args, ctx) => view(ctx, selectionOf('collaboration', args) as CollaborationSelection),
  },
} satisfies Resolvers;
