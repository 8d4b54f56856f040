import type { QueryResolvers } from '../../../../../graphql/generated/resolvers.js';
import { parsePageArgs, toConnection } from '../../../../../graphql/connection.js';
import { parseArgs } from '../../../../../graphql/validation.js';
import { COVERAGE_GAPS_RULE, coverageGaps as findCoverageGaps } from '../../coverageGaps.js';
import { COVERAGE_GAPS_MAX_PAGE_SIZE, CoverageGapsArgs } from '../../input.js';

export const coverageGaps: NonNullable<QueryResolvers['coverageGaps']> = async (_, args, ctx) => {
  const page = parsePageArgs(args, COVERAGE_GAPS_MAX_PAGE_SIZE);
  const gaps = await findCoverageGaps(ctx.db, parseArgs(CoverageGapsArgs, args), page);
  return { ...toConnection(gaps, page.first, (gap) => gap.region.code), rule: COVERAGE_GAPS_RULE };
};
