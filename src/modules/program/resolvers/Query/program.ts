import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One program by its id; null when there is none. */
export const program: NonNullable<QueryResolvers['program']> = (_, { id }, ctx) => ctx.loaders.node('Program').load(id);
