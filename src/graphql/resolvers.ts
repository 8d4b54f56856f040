import { withIdempotency } from '../idempotency/withIdempotency.js';
import { withAccess } from './access.js';
import type { Resolvers } from './generated/resolvers.js';
import { agencyResolvers } from '../modules/agency/resolvers.js';
import { conformanceResolvers } from '../modules/analysis/resolvers/conformance.js';
import { coverageResolvers } from '../modules/analysis/resolvers/coverage.js';
import { overlapResolvers } from '../modules/analysis/resolvers/overlaps.js';
import { commonResolvers } from '../modules/shared/resolvers.js';
import { forumResolvers } from '../modules/forum/resolvers.js';
import { importResolvers } from '../modules/import/resolvers.js';
import { indicatorResolvers } from '../modules/indicator/resolvers.js';
import { lookupResolvers } from '../modules/lookup/resolvers.js';
import { mandateResolvers } from '../modules/mandate/resolvers.js';
import { networkResolvers } from '../modules/network/resolvers.js';
import { partnerResolvers } from '../modules/partner/resolvers.js';
import { programResolvers } from '../modules/program/resolvers.js';
import { regionResolvers } from '../modules/region/resolvers.js';
import { regulationResolvers } from '../modules/regulation/resolvers.js';
import { themeResolvers } from '../modules/theme/resolvers.js';

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
