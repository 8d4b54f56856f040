import { z } from 'zod';
import { GovernmentLevel } from '../../../model/enums.js';
import { Key } from '../scope.js';

/** responsibilityMatrix's arguments: `themes` are ids in column order (null: every theme, by name). */
export const ResponsibilityMatrixArgs = z.object({
  themes: z.array(Key).max(100, 'must name at most 100 themes').nullish().transform((v) => v ?? null),
  within: Key.nullish().transform((v) => v ?? null),
  level: GovernmentLevel.nullish().transform((v) => v ?? null),
});
export type ResponsibilityMatrixArgs = z.output<typeof ResponsibilityMatrixArgs>;
