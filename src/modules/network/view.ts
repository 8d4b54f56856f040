import type { Executor } from '../../db/executor.js';
import { COLLABORATION_RULE } from './collaboration.js';
import { loadSubgraph } from './load.js';
import { measureOffThread } from './metricsPool.js';
import type { CollaborationSelection, NetworkSelection } from './selection.js';
import { toCytoscape, toGraphology } from './shapes.js';
import { NETWORK_RULE } from './subgraph.js';

/**
 * A network view, the service behind `network` and `collaborationNetwork`: loads the
 * selection's subgraph, measures it (in the metrics worker: betweenness and Louvain would hold up
 * every other request) and hands every shape the schema offers. The two shapes are built only
 * when asked for (getters, read by the default resolvers): on 2,000 nodes each is a stretch of
 * the event loop that a client drawing its own view does not need.
 */
export async function networkView(db: Executor, selection: NetworkSelection | CollaborationSelection) {
  const measured = await measureOffThread(await loadSubgraph(db, selection));
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
