import { z } from 'zod';
import { RegionLevel } from '../../../model/enums.js';
import { Key } from '../scope.js';

/** coverageGaps' arguments but the page, defaults filled in. */
export const CoverageGapsArgs = z.object({
  theme: Key,
  level: RegionLevel.nullish().transform((v) => v ?? 'REGENCY'),
  within: Key.nullish().transform((v) => v ?? 'ID'),
  minPrograms: z.number().int().min(1, 'must be at least 1').nullish().transform((v) => v ?? 1),
  remoteOnly: z.boolean().nullish().transform((v) => v ?? false),
});
export type CoverageGapsArgs = z.output<typeof CoverageGapsArgs>;

/**
 * coverageGaps pages up to 1,000 regions (other lists: 100). The analysis reads every region in
 * scope whatever the page, so a map colouring all 514 regencies asks once instead of six times.
 */
export const COVERAGE_GAPS_MAX_PAGE_SIZE = 1000;
