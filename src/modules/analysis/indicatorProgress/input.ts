import { z } from 'zod';
import { exactlyOneScope, SCOPE_ARGS, scopeOf } from '../scope.js';

/** indicatorProgress(program | theme | region, tolerance): exactly one scope; tolerance 0 to 1, 0.05 by default. */
export const IndicatorProgressArgs = z
  .object({
    ...SCOPE_ARGS,
    tolerance: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish().transform((v) => v ?? 0.05),
  })
  .superRefine(exactlyOneScope)
  .transform((args) => ({ scope: scopeOf(args), tolerance: args.tolerance }));
export type IndicatorProgressArgs = z.output<typeof IndicatorProgressArgs>;
