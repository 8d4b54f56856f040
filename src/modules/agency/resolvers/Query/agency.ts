import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One agency by its id; null when there is none. */
export const agency: NonNullable<QueryResolvers['agency']> = (_, { id }, ctx) => ctx.loaders.node('Agency').load(id);
