import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One regulation by its id; null when there is none. */
export const regulation: NonNullable<QueryResolvers['regulation']> = (_, { id }, ctx) => ctx.loaders.node('Regulation').load(id);
