import { z } from 'zod';
import { createSchema, REGION_CODE_SHAPES, RegionCreateExtras } from '../../model/validation.js';

/** The level a region's parent must have (null: the country has none). */
export const PARENT_LEVEL: Record<string, string | null> = { COUNTRY: null, PROVINCE: 'COUNTRY', REGENCY: 'PROVINCE', DISTRICT: 'REGENCY' };

/** What createRegion's input parses to: the node's properties, its level and its parent's code. */
export interface RegionCreation {
  readonly props: Record<string, unknown> & { code: string };
  readonly level: string;
  readonly parent: string | null;
}

const RegionFields = createSchema('Region');

/**
 * `createRegion`'s input. One failure at a time, in this order: level and parent, the region's
 * fields, a parent where the level needs one (and none for the COUNTRY), the code's shape at
 * that level. Whether the parent exists and has the right level is the service's to check.
 */
export const CreateRegionInput = z.record(z.string(), z.unknown()).transform((input, ctx): RegionCreation => {
  const { level, parent, ...rest } = input;
  const refuse = (issues: ReadonlyArray<{ message: string; path: PropertyKey[] }>) => {
    for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path.map(String) });
    return z.NEVER;
  };
  const extras = RegionCreateExtras.safeParse({ level, parent });
  if (!extras.success) return refuse(extras.error.issues);
  const fields = RegionFields.safeParse(rest);
  if (!fields.success) return refuse(fields.error.issues);
  const parentLevel = PARENT_LEVEL[extras.data.level];
  if (parentLevel && !extras.data.parent) return refuse([{ path: ['parent'], message: `is required for a ${extras.data.level} (a ${parentLevel} code)` }]);
  if (!parentLevel && extras.data.parent) return refuse([{ path: ['parent'], message: 'must be left out for the COUNTRY' }]);
  const code = fields.data.code as string;
  const shape = REGION_CODE_SHAPES[extras.data.level];
  if (!shape.pattern.test(code)) return refuse([{ path: ['code'], message: `must be a ${extras.data.level} code like "${shape.example}"` }]);
  return { props: { ...fields.data, code }, level: extras.data.level, parent: extras.data.parent ?? null };
});
