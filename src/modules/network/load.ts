import type { Executor } from '../../db/executor.js';
import { loadCollaboration } from './collaboration.js';
import type { CollaborationSelection, NetworkSelection } from './selection.js';
import { loadNetwork } from './subgraph.js';
import type { Subgraph } from './types.js';

/**
 * The nodes and edges a selection names: a network view around focus nodes, or the derived
 * collaboration network. Shared by the GraphQL fields and the exports.
 */
export function loadSubgraph(db: Executor, selection: NetworkSelection | CollaborationSelection): Promise<Subgraph> {
  return selection.kind === 'network' ? loadNetwork(db, selection) : loadCollaboration(db, selection);
}
