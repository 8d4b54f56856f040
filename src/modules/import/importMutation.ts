import { z } from 'zod';
import { defineQuery } from '../../db/query.js';
import { BadUserInputError, ImportFailed } from '../../errors.js';
import type { GraphContext } from '../../graphql/context.js';
import { ImportFailedError, importBundle as runImport } from './importBundle.js';
import { formatProblem } from './problems.js';
import { objectSource } from './sources/object.js';

/** The largest bundle the mutation takes, as JSON text; larger ones go through `npm run import`. */
export const IMPORT_MUTATION_MAX_BYTES = 512 * 1024;

const count = z.number().int().nullish().transform((n) => n ?? null);
const ImportRunRow = z.object({
  id: z.string(), fileName: z.string(), format: z.string(), contentHash: z.string(),
  startedAt: z.string(), finishedAt: z.string().nullish().transform((t) => t ?? null),
  records: count, nodesCreated: count, nodesUpdated: count, nodesUnchanged: count,
  linksCreated: count, linksUpdated: count, linksUnchanged: count,
});

const recentRuns = defineQuery({
  file: new URL('./statements/recentRuns.cypher', import.meta.url), mode: 'READ',
  params: z.object({ first: z.number().int() }),
  row: z.object({ run: ImportRunRow }),
});

export async function importBundleMutation(ctx: GraphContext, args: { bundle: unknown; dryRun?: boolean | null; name?: string | null }) {
  const bytes = Buffer.byteLength(JSON.stringify(args.bundle ?? null));
  if (bytes > IMPORT_MUTATION_MAX_BYTES) {
    throw BadUserInputError.of('bundle', `is ${Math.ceil(bytes / 1024)} KiB; importBundle takes at most ${IMPORT_MUTATION_MAX_BYTES / 1024} KiB. Import larger bundles with npm run import`);
  }
  const name = args.name?.trim() || 'graphql';
  try {
    const report = await runImport(ctx.db, objectSource(name, args.bundle), { dryRun: args.dryRun ?? false });
    ctx.loaders.clear();
    const counts = (byName: typeof report.nodes) => Object.entries(byName).map(([key, c]) => ({ name: key, ...c }));
    return {
      ...report,
      problems: report.problems.map((problem) => ({ ...problem, message: formatProblem(problem) })),
      nodes: counts(report.nodes),
      links: counts(report.links),
    };
  } catch (error) {
    if (error instanceof ImportFailedError) throw new ImportFailed(error.message);
    throw error;
  }
}

export async function recentImportRuns(ctx: GraphContext, first: number) {
  if (first < 1 || first > 1000) throw BadUserInputError.of('first', 'must be from 1 to 1000');
  const rows = await recentRuns.run(ctx.db, { first });
  return rows.map((row) => row.run);
}
