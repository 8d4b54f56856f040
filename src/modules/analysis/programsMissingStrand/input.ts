import { z } from 'zod';
import { Key } from '../scope.js';
import { STRANDS } from '../strands.js';

/** programsMissingStrand's arguments but the page: theme and region each optional (neither: every program). */
export const ProgramsMissingStrandArgs = z.object({
  strand: z.enum(STRANDS),
  theme: Key.nullish().transform((v) => v ?? null),
  region: Key.nullish().transform((v) => v ?? null),
});
export type ProgramsMissingStrandArgs = z.output<typeof ProgramsMissingStrandArgs>;
