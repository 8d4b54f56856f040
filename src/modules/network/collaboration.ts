import { z } from 'zod';
import { defineQuery } from '../../db/query.js';
import type { Executor } from '../../db/executor.js';
import { NotFoundError } from '../../errors.js';
import { graphNode } from './focus.js';
import { readRule } from '../analysis/rules.js';
import type { CollaborationSelection } from './selection.js';
import type { GraphEdge, Subgraph } from './types.js';

/** The rule, in words: collaborationNetwork.rule.md beside this file. */
export const COLLABORATION_RULE = readRule(new URL('./collaborationNetwork.rule.md', import.meta.url));

const collaboration = defineQuery({
  file: new URL('./collaboration.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    theme: z.string().nullable(),
    region: z.string().nullable(),
    minWeight: z.number().int(),
    limit: z.number().int(),
  }),
  row: z.object({
    themeKnown: z.boolean(),
    regionKnown: z.boolean(),
    truncated: z.boolean(),
    agencies: z.array(z.record(z.string(), z.unknown())),
    pairs: z.array(z.object({ source: z.string(), target: z.string(), weight: z.number() })),
  }),
});

/** The derived collaboration network, in one statement. Unknown theme or region: NOT_FOUND. */
export async function loadCollaboration(db: Executor, selection: CollaborationSelection): Promise<Subgraph> {
  const theme = selection.theme ?? null;
  const region = selection.region ?? null;
  const [row] = await collaboration.run(db, { theme, region, minWeight: selection.minWeight, limit: selection.limit });
  if (!row) throw new Error('network/collaboration returned no row');
  if (!row.themeKnown) throw new NotFoundError('Theme', theme!, 'theme');
  if (!row.regionKnown) throw new NotFoundError('Region', region!, 'region');
  const nodes = row.agencies.map((properties) => graphNode('Agency', properties, 0));
  const edges: GraphEdge[] = row.pairs
    .map((pair) => {
      const [source, target] = [`Agency:${pair.source}`, `Agency:${pair.target}`].sort();
      return { id: `${source}|COLLABORATES_WITH|${target}`, source: source!, target: target!, type: 'COLLABORATES_WITH' as const, role: null, weight: pair.weight };
    })
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return { nodes, edges, truncated: row.truncated };
}
