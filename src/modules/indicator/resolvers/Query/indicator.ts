import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One indicator by its id; null when there is none. */
export const indicator: NonNullable<QueryResolvers['indicator']> = (_, { id }, ctx) => ctx.loaders.node('Indicator').load(id);
