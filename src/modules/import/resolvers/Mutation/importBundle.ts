import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { importBundleObject } from '../../importObject.js';
import { ImportBundleArgs } from '../../input.js';
import { formatProblem } from '../../problems.js';

/** Imports a bundle given inline; the report's counts by label and relation become lists, each problem gets its message. */
export const importBundle: NonNullable<MutationResolvers['importBundle']> = async (_, args, ctx) => {
  const report = await importBundleObject(ctx.db, parseArgs(ImportBundleArgs, args));
  // What the loaders cached may have changed.
  ctx.loaders.clear();
  const counts = (byName: typeof report.nodes) => Object.entries(byName).map(([name, c]) => ({ name, ...c }));
  return {
    ...report,
    problems: report.problems.map((problem) => ({ ...problem, message: formatProblem(problem) })),
    nodes: counts(report.nodes),
    links: counts(report.links),
  };
};
