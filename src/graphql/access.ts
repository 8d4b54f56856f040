import type { GraphQLResolveInfo } from 'graphql';
import { accessError } from '../auth/errors.js';
import { hasRole, type Role } from '../auth/roles.js';
import type { GraphContext } from './context.js';

type RootType = 'Query' | 'Mutation';

/** The role each root field needs: reading needs viewer, every mutation (imports too) needs editor. */
const BY_TYPE: Record<RootType, Role> = { Query: 'viewer', Mutation: 'editor' };

/** Fields anyone may call, whatever their role: liveness. */
const PUBLIC = new Set(['Query.health']);

/** The role `type.field` needs, or null when it is public. */
export function requiredRole(type: RootType, field: string): Role | null {
  return PUBLIC.has(`${type}.${field}`) ? null : BY_TYPE[type];
}

type Resolver = (parent: unknown, args: unknown, ctx: GraphContext, info: GraphQLResolveInfo) => unknown;

/**
 * Wraps every root resolver with its access check, so no field can be added without one: the
 * check runs before the resolver, and so before any database work.
 */
export function withAccess<R extends Partial<Record<string, unknown>>>(resolvers: R): R {
  const wrapped: Record<string, unknown> = { ...resolvers };
  for (const type of ['Query', 'Mutation'] as const) {
    const fields = resolvers[type] as Record<string, Resolver> | undefined;
    if (!fields) continue;
    wrapped[type] = Object.fromEntries(Object.entries(fields).map(([field, resolve]) => {
      const needed = requiredRole(type, field);
      if (needed === null) return [field, resolve];
      const guarded: Resolver = (parent, args, ctx, info) => {
        if (!hasRole(ctx.principal.role, needed)) throw accessError(ctx.principal, needed, `${type}.${field}`);
        return resolve(parent, args, ctx, info);
      };
      return [field, guarded];
    }));
  }
  return wrapped as R;
}
