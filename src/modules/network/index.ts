import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { JSONScalar } from '../../graphql/jsonScalar.js';
import { collaborationNetwork } from './resolvers/Query/collaborationNetwork.js';
import { network } from './resolvers/Query/network.js';

/**
 * The network views: network.graphql (SDL), selection.ts (the input, shared with the exports),
 * view.ts (the service), load.ts, subgraph.ts and collaboration.ts with their statements (focus,
 * hop, edges; collaboration), metrics*.ts (graphology, off the event loop), shapes.ts (Cytoscape.js,
 * graphology). The rules, written once: network.rule.md and collaborationNetwork.rule.md.
 */
export const resolvers: Resolvers = {
  JSON: JSONScalar,
  Query: { network, collaborationNetwork },
};
