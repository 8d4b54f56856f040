import { z } from 'zod';
import { defineQuery } from '../../../db/query.js';
import type { Executor } from '../../../db/executor.js';
import { NotFoundError } from '../../../errors.js';
import { GovernmentLevel, ParticipationRole } from '../../../model/enums.js';
import { AgencyRecord, ThemeRecord, type AgencyRecord as Agency, type ThemeRecord as Theme } from '../../../model/records.js';
import { readRule } from '../rules.js';
import type { ResponsibilityMatrixArgs } from './input.js';

/** The rule, in words: responsibilityMatrix.rule.md beside this file. */
export const RESPONSIBILITY_MATRIX_RULE = readRule(new URL('./responsibilityMatrix.rule.md', import.meta.url));

type Role = z.output<typeof ParticipationRole>;
const ROLES = ParticipationRole.options;

const Participation = z.object({ agency: AgencyRecord, program: z.string(), roles: z.array(ParticipationRole) });
const Column = z.object({ theme: ThemeRecord, programCount: z.number().int(), led: z.boolean(), participations: z.array(Participation) });
/** As the statement sends a column: agencies by id, each agency once beside the columns (a region at scale has thousands of participations). */
const ColumnRow = Column.extend({ participations: z.array(Participation.extend({ agency: z.string() })) });

const responsibilityMatrixQuery = defineQuery({
  file: new URL('./responsibilityMatrix.cypher', import.meta.url),
  mode: 'READ',
  params: z.object({ themes: z.array(z.string()).nullable(), within: z.string().nullable(), level: GovernmentLevel.nullable() }),
  row: z.object({ withinFound: z.boolean(), columns: z.array(ColumnRow), agencies: z.array(AgencyRecord) }),
});

export type Column = z.output<typeof Column>;

export interface ResponsibilityCell {
  theme: Theme;
  programCount: number;
  roles: Array<{ role: Role; count: number }>;
}

export interface ResponsibilityRow {
  agency: Agency;
  cells: ResponsibilityCell[];
  programCount: number;
}

export interface ResponsibilityMatrix {
  themes: Theme[];
  rows: ResponsibilityRow[];
  themesWithoutLead: Theme[];
  rule: string;
}

/** Code-point order, as Cypher's ORDER BY sorts strings. */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The matrix from the columns (already in their order): a sparse row per agency, cells in column
 * order, roles in the order of ParticipationRole with their non-zero counts.
 */
export function buildMatrix(columns: readonly Column[]): Omit<ResponsibilityMatrix, 'rule'> {
  const rows = new Map<string, { agency: Agency; programs: Set<string>; cells: ResponsibilityCell[] }>();
  for (const column of columns) {
    const byAgency = new Map<string, { agency: Agency; programs: Set<string>; roles: Map<Role, Set<string>> }>();
    for (const { agency, program, roles } of column.participations) {
      const entry = byAgency.get(agency.id) ?? { agency, programs: new Set<string>(), roles: new Map<Role, Set<string>>() };
      entry.programs.add(program);
      for (const role of roles) entry.roles.set(role, (entry.roles.get(role) ?? new Set<string>()).add(program));
      byAgency.set(agency.id, entry);
    }
    for (const { agency, programs, roles } of byAgency.values()) {
      const row = rows.get(agency.id) ?? { agency, programs: new Set<string>(), cells: [] };
      for (const program of programs) row.programs.add(program);
      row.cells.push({
        theme: column.theme,
        programCount: programs.size,
        roles: ROLES.filter((role) => roles.has(role)).map((role) => ({ role, count: roles.get(role)!.size })),
      });
      rows.set(agency.id, row);
    }
  }
  return {
    themes: columns.map((column) => column.theme),
    rows: [...rows.values()]
      .map(({ agency, programs, cells }) => ({ agency, cells, programCount: programs.size }))
      .sort((a, b) => b.programCount - a.programCount || byText(a.agency.name, b.agency.name) || byText(a.agency.id, b.agency.id)),
    themesWithoutLead: columns.filter((column) => !column.led).map((column) => column.theme),
  };
}

/** Columns in the order asked for (ids, duplicates dropped), or by name then id. */
export function orderColumns(columns: readonly Column[], themes: readonly string[] | null): Column[] {
  if (themes === null) {
    return [...columns].sort((a, b) => byText(a.theme.name, b.theme.name) || byText(a.theme.id, b.theme.id));
  }
  const byId = new Map(columns.map((column) => [column.theme.id, column]));
  return [...new Set(themes)].flatMap((id) => byId.get(id) ?? []);
}

/** Who does what: agencies by themes, in one statement. */
export async function responsibilityMatrix(db: Executor, args: ResponsibilityMatrixArgs): Promise<ResponsibilityMatrix> {
  const [row] = await responsibilityMatrixQuery.run(db, { themes: args.themes ? [...args.themes] : null, within: args.within, level: args.level });
  const { withinFound } = row!;
  const agencies = new Map(row!.agencies.map((agency) => [agency.id, agency]));
  const columns: Column[] = row!.columns.map((column) => ({
    ...column, participations: column.participations.map((p) => ({ ...p, agency: agencies.get(p.agency)! })),
  }));
  if (!withinFound) throw new NotFoundError('Region', args.within!, 'within');
  if (args.themes) {
    const found = new Set(columns.map((column) => column.theme.id));
    const index = args.themes.findIndex((id) => !found.has(id));
    if (index >= 0) throw new NotFoundError('Theme', args.themes[index]!, `themes.${index}`);
  }
  return { ...buildMatrix(orderColumns(columns, args.themes)), rule: RESPONSIBILITY_MATRIX_RULE };
}
