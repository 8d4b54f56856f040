import { withIdempotency } from '../../idempotency/withIdempotency.js';
import { withAccess } from '../access.js';
import type { Resolvers } from '../generated/resolvers.js';
import { agencyResolvers } from './agency.js';
import { conformanceResolvers } from './analysis/conformance.js';
import { coverageResolvers } from './analysis/coverage.js';
import { overlapResolvers } from './analysis/overlaps.js';
import { commonResolvers } from './common.js';
import { forumResolvers } from './forum.js';
import { importResolvers } from './import.js';
import { indicatorResolvers } from './indicator.js';
import { lookupResolvers } from './lookup.js';
import { mandateResolvers } from './mandate.js';
import { networkResolvers } from './network.js';
import { partnerResolvers } from './partner.js';
import { programResolvers } from './program.js';
import { regionResolvers } from './region.js';
import { regulationResolvers } from './regulation.js';
import { themeResolvers } from './theme.js';

const areas: Resolvers[] = [
  commonResolvers, agencyResolvers, mandateResolvers, regulationResolvers, programResolvers,
  themeResolvers, indicatorResolvers, regionResolvers, partnerResolvers, forumResolvers,
  overlapResolvers, coverageResolvers, conformanceResolvers, networkResolvers, importResolvers,
  lookupResolvers,
];

const merged = areas.reduce<Record<string, Record<string, unknown>>>((all, area) => {
  for (const [type, fields] of Object.entries(area)) all[type] = { ...all[type], ...(fields as object) };
  return all;
}, {});

/**
 * All resolvers, merged type by type, every root field behind its access check (which runs
 * first), every mutation honouring an Idempotency-Key (src/idempotency).
 */
export const resolvers: Resolvers = withAccess({
  ...merged,
  Mutation: withIdempotency(merged.Mutation as Parameters<typeof withIdempotency>[0]),
}) as Resolvers;
