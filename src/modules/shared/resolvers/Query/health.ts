import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { serverVersion } from '../../../../db/serverInfo.js';
import { hasRole } from '../../../../auth/roles.js';

/**
 * Public: anyone learns that the API is up; only an admin which database it runs on (and only
 * then is the database asked).
 */
export const health: NonNullable<QueryResolvers['health']> = async (_, __, ctx) => (hasRole(ctx.principal.role, 'admin')
  ? { ok: true, neo4jVersion: await serverVersion(ctx.db), embedded: ctx.embedded }
  : { ok: true, neo4jVersion: null, embedded: null });
