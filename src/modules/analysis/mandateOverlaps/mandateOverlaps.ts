import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import type { Page, PageRequest } from '../../shared/paging.js';
import { NotFoundError } from '../../../errors.js';
import { AgencyRecord, MandateRecord, RegulationRecord, ThemeRecord } from '../../../model/records.js';
import { readRule } from '../rules.js';
import type { MandateOverlapFilter } from './input.js';

/**
 * mandateOverlaps: agencies whose mandates concern the same theme, or a theme and its
 * sub-theme: overlapping authority. Filtering, sorting and paging happen in the statement.
 */

/** The rule, in words: mandateOverlaps.rule.md beside this file. */
export const MANDATE_OVERLAP_RULE = readRule(new URL('./mandateOverlaps.rule.md', import.meta.url));

const Holding = z.object({
  agency: AgencyRecord,
  mandate: MandateRecord,
  theme: ThemeRecord,
  regulations: z.array(RegulationRecord),
});

const MandateOverlapRow = z.object({ sameTheme: z.boolean(), first: Holding, second: Holding });
export type MandateOverlap = z.output<typeof MandateOverlapRow>;

const mandateOverlaps = defineQuery({
  file: new URL('./mandateOverlaps.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({
    theme: z.string().nullable(),
    agency: z.string().nullable(),
    first: z.number().int().min(0),
    after: z.string().nullable(),
  }),
  row: z.object({
    themeKnown: z.boolean(),
    agencyKnown: z.boolean(),
    totalCount: z.number().int(),
    start: z.number().int().nullable(),
    page: z.array(MandateOverlapRow),
  }),
});

/** The key of a row, as the statement builds it: the two agency ids, then the two theme ids. */
export function mandateOverlapKey(overlap: MandateOverlap): string {
  return [overlap.first.agency.id, overlap.second.agency.id, overlap.first.theme.id, overlap.second.theme.id].join('|');
}

/** The mandateOverlaps analysis: one statement. */
export async function findMandateOverlaps(
  db: Executor,
  filter: MandateOverlapFilter,
  page: PageRequest,
): Promise<Page<MandateOverlap>> {
  const [row] = await mandateOverlaps.run(db, { theme: filter.theme, agency: filter.agency, first: page.first, after: page.after });
  if (!row!.themeKnown) throw new NotFoundError('Theme', filter.theme!, 'filter.theme');
  if (!row!.agencyKnown) throw new NotFoundError('Agency', filter.agency!, 'filter.agency');
  return { totalCount: row!.totalCount, start: row!.start, nodes: row!.page };
}
