import { z } from 'zod';
import { Helix } from '../../model/enums.js';
import { NODE_KINDS, STORED_EDGE_TYPES, type NodeKind } from './types.js';

const nodeKind = z.enum(Object.keys(NODE_KINDS) as [NodeKind, ...NodeKind[]], { error: `must be one of ${Object.keys(NODE_KINDS).join(', ')}` });
const year = z.number().int().min(1945, 'must be a year from 1945 to 2100').max(2100, 'must be a year from 1945 to 2100');

export const NetworkFilter = z.object({
  nodeKinds: z.array(nodeKind).min(1, 'give at least one kind, or leave it out').nullish(),
  edgeTypes: z.array(z.enum(STORED_EDGE_TYPES, { error: `must be one of ${STORED_EDGE_TYPES.join(', ')}` })).min(1, 'give at least one type, or leave it out').nullish(),
  helix: z.array(Helix).nullish(),
  theme: z.string().nullish(),
  region: z.string().nullish(),
  fromYear: year.nullish(),
  toYear: year.nullish(),
}).refine((f) => f.fromYear == null || f.toYear == null || f.fromYear <= f.toYear, { message: 'must not be after toYear', path: ['fromYear'] });

/**
 * What a view or an export is made of. The GraphQL fields, the export endpoint
 * (`/export?selection=<this as JSON>`) and `npm run export` all take this one shape, and every
 * view and file records the selection that made it.
 */
export const Selection = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('network'),
    focus: z.array(z.object({ kind: nodeKind, key: z.string().min(1) })).min(1, 'give at least one focus node').max(20, 'at most 20 focus nodes'),
    depth: z.number().int().min(1, 'must be 1, 2 or 3').max(3, 'must be 1, 2 or 3').default(1),
    filter: NetworkFilter.nullish(),
    limit: z.number().int().min(1, 'must be from 1 to 2000').max(2000, 'must be from 1 to 2000').default(300),
  }),
  z.object({
    kind: z.literal('collaboration'),
    theme: z.string().nullish(),
    region: z.string().nullish(),
    minWeight: z.number().int().min(1, 'must be at least 1').default(1),
    limit: z.number().int().min(1, 'must be from 1 to 2000').max(2000, 'must be from 1 to 2000').default(300),
  }),
  z.object({ kind: z.literal('whole') }),
], { error: "kind must be 'network', 'collaboration' or 'whole'" });

export type Selection = z.output<typeof Selection>;
export type NetworkSelection = Extract<Selection, { kind: 'network' }>;
export type CollaborationSelection = Extract<Selection, { kind: 'collaboration' }>;
