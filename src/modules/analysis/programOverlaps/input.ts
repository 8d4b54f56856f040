import { z } from 'zod';
import { OptionalId } from '../scope.js';

/** programOverlaps(filter): the filter, defaults filled in. */
export const ProgramOverlapFilter = z.object({
  theme: OptionalId,
  region: OptionalId,
  agency: OptionalId,
  minScore: z.number().min(0, 'must be between 0 and 1').max(1, 'must be between 0 and 1').nullish().transform((v) => v ?? 0),
  includeSameAgency: z.boolean().nullish().transform((v) => v ?? false),
});
export type ProgramOverlapFilter = z.output<typeof ProgramOverlapFilter>;
