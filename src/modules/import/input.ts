import { z } from 'zod';

/** The largest bundle the mutation takes, as JSON text; larger ones go through `npm run import`. */
export const IMPORT_MUTATION_MAX_BYTES = 512 * 1024;

/** importBundle's arguments: the bundle (at most IMPORT_MUTATION_MAX_BYTES as JSON), dryRun, and the run's file name. */
export const ImportBundleArgs = z.object({
  bundle: z.unknown().superRefine((bundle, ctx) => {
    const bytes = Buffer.byteLength(JSON.stringify(bundle ?? null));
    if (bytes > IMPORT_MUTATION_MAX_BYTES) {
      ctx.addIssue({
        code: 'custom',
        message: `is ${Math.ceil(bytes / 1024)} KiB; importBundle takes at most ${IMPORT_MUTATION_MAX_BYTES / 1024} KiB. Import larger bundles with npm run import`,
      });
    }
  }),
  dryRun: z.boolean().nullish().transform((dryRun) => dryRun ?? false),
  name: z.string().nullish().transform((name) => name?.trim() || 'graphql'),
});
export type ImportBundleInput = z.output<typeof ImportBundleArgs>;

/** importRuns' argument: how many of the latest runs, 1 to 1000 (20 when absent). */
export const ImportRunsArgs = z.object({
  first: z.number().int('must be from 1 to 1000').min(1, 'must be from 1 to 1000').max(1000, 'must be from 1 to 1000').nullish().transform((first) => first ?? 20),
});
