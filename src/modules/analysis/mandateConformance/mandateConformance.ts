import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import { ParticipationRole } from '../../../model/enums.js';
import { AgencyRecord, MandateRecord, ProgramRecord, RegulationRecord, ThemeRecord } from '../../../model/records.js';
import { readRule } from '../rules.js';
import type { MandateConformanceArgs } from './input.js';

/** The rule, in words: mandateConformance.rule.md beside this file. */
export const MANDATE_CONFORMANCE_RULE = readRule(new URL('./mandateConformance.rule.md', import.meta.url));

type Role = z.output<typeof ParticipationRole>;

/** Roles from the strongest to the weakest: the one shown when an agency holds several in a program. */
const ROLE_ORDER: readonly Role[] = ['LEAD', 'IMPLEMENTER', 'FUNDER', 'SUPPORTER'];

/** The strongest of an agency's roles in a program (LEAD > IMPLEMENTER > FUNDER > SUPPORTER). */
export function strongestRole(roles: readonly Role[]): Role {
  const best = ROLE_ORDER.find((role) => roles.includes(role));
  if (!best) throw new Error('an agency taking part in a program has a role');
  return best;
}

const conformanceQuery = defineQuery({
  file: new URL('./mandateConformance.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ agency: z.string() }),
  row: z.object({
    found: z.boolean(),
    agency: AgencyRecord.nullable(),
    gaps: z.array(z.object({
      mandate: MandateRecord,
      themes: z.array(ThemeRecord),
      regulations: z.array(RegulationRecord),
      candidatePrograms: z.array(ProgramRecord),
    })),
    creeps: z.array(z.object({
      program: ProgramRecord,
      roles: z.array(ParticipationRole).min(1),
      themes: z.array(ThemeRecord),
      relatedMandates: z.array(MandateRecord),
    })),
  }),
});

/** An agency's implementation gaps and possible mandate creep; NOT_FOUND for an unknown agency. One statement. */
export async function mandateConformance(db: Executor, args: MandateConformanceArgs) {
  const [row] = await conformanceQuery.run(db, { agency: args.agency });
  if (!row!.found || !row!.agency) throw new NotFoundError('Agency', args.agency, 'agency');
  return {
    agency: row!.agency,
    unfulfilledMandates: row!.gaps,
    programsWithoutMandate: row!.creeps.map(({ roles, ...creep }) => ({ ...creep, role: strongestRole(roles) })),
    rule: MANDATE_CONFORMANCE_RULE,
  };
}
