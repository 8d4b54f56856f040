import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';

/** One region by its code; null when there is none. */
export const region: NonNullable<QueryResolvers['region']> = (_, { code }, ctx) => ctx.loaders.node('Region').load(code);
