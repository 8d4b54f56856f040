import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One theme by its id; null when there is none. */
export const theme: NonNullable<QueryResolvers['theme']> = (_, { id }, ctx) => ctx.loaders.node('Theme').load(id);
