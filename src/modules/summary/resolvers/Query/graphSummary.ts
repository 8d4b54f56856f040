import type { QueryResolvers } from '../../../../graphql/generated/resolvers.js';
import { graphSummary as summarise } from '../../graphSummary.js';

/** What the graph holds: nodes by label and kind of source, the sources cited, the relationships. */
export const graphSummary: NonNullable<QueryResolvers['graphSummary']> = (_, __, ctx) => summarise(ctx.db);
