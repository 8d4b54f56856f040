import { withIdempotency } from '../idempotency/withIdempotency.js';
import { withAccess } from './access.js';
import type { Resolvers } from './generated/resolvers.js';
import { resolvers as shared } from '../modules/shared/index.js';
import { resolvers as agency } from '../modules/agency/index.js';
import { resolvers as mandate } from '../modules/mandate/index.js';
import { resolvers as regulation } from '../modules/regulation/index.js';
import { resolvers as program } from '../modules/program/index.js';
import { resolvers as theme } from '../modules/theme/index.js';
import { resolvers as indicator } from '../modules/indicator/index.js';
import { resolvers as region } from '../modules/region/index.js';
import { resolvers as partner } from '../modules/partner/index.js';
import { resolvers as forum } from '../modules/forum/index.js';
import { resolvers as analysis } from '../modules/analysis/index.js';
import { resolvers as network } from '../modules/network/index.js';
import { resolvers as importing } from '../modules/import/index.js';
import { resolvers as lookup } from '../modules/lookup/index.js';
import { resolvers as summary } from '../modules/summary/index.js';

/** Every module's resolvers (src/modules/<area>/index.ts); a new module is added here. */
const areas: Resolvers[] = [
  shared, agency, mandate, regulation, program, theme, indicator, region, partner, forum, analysis, network, importing, lookup, summary,
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
