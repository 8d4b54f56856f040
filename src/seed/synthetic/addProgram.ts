import type { ParticipationRole, ProgramStatus } from '../vocabulary.js';
import { trackOf, type ProgramTemplate } from './catalogue.js';
import { CURRENT_YEAR, SOURCES, type PlannedProgram, type SyntheticContext } from './context.js';

export interface ProgramPlan {
  readonly name: string;
  readonly template: ProgramTemplate;
  readonly coverage: readonly string[];
  readonly lead: string;
  /** Other participants; an agency already in the program is skipped. */
  readonly others?: ReadonlyArray<{ readonly agency: string; readonly role: ParticipationRole }>;
  /** Fixed years (for overlaps); drawn when left out. */
  readonly years?: { readonly start: number; readonly end: number | null };
  readonly province: string | null;
}

/** Start between 2019 and now (a few planned for next year), 1 to 5 years, a fifth open-ended. */
function drawYears(ctx: SyntheticContext): { start: number; end: number | null } {
  const start = ctx.random.chance(0.05) ? CURRENT_YEAR + 1 : ctx.random.int(2019, CURRENT_YEAR);
  return { start, end: ctx.random.chance(0.2) ? null : start + ctx.random.int(0, 4) };
}

function statusOf(ctx: SyntheticContext, start: number, end: number | null): ProgramStatus {
  if (start > CURRENT_YEAR) return 'PLANNED';
  if (end !== null && end < CURRENT_YEAR) return 'COMPLETED';
  return ctx.random.chance(0.05) ? 'SUSPENDED' : 'ACTIVE';
}

/**
 * Adds one program with its participants, themes and coverage to the graph, and remembers it
 * for the later steps. A coverage that breaks the gap rule (SyntheticContext.mayCover) is a bug
 * in a generator and throws.
 */
export function addProgram(ctx: SyntheticContext, plan: ProgramPlan): PlannedProgram {
  const themes = [plan.template.theme, ...(plan.template.alsoThemes ?? [])];
  for (const code of plan.coverage) {
    if (!ctx.mayCover(themes, code)) throw new Error(`synthetic: '${plan.name}' may not cover ${code} (coverage gap rule)`);
  }
  if (plan.coverage.length === 0) throw new Error(`synthetic: '${plan.name}' covers no region`);
  const { start, end } = plan.years ?? drawYears(ctx);
  const id = ctx.programId(plan.name);
  const participants: Array<{ agency: string; role: ParticipationRole }> = [{ agency: plan.lead, role: 'LEAD' }];
  for (const other of plan.others ?? []) {
    if (!participants.some((p) => p.agency === other.agency)) participants.push({ ...other });
  }

  const { graph } = ctx;
  graph.addNode('Program', id, {
    name: plan.name, description: null, track: trackOf(plan.template.theme), status: statusOf(ctx, start, end),
    startYear: start, endYear: end,
  }, SOURCES);
  for (const p of participants) graph.addLink('PARTICIPATES_IN', p.agency, id, SOURCES, p.role);
  for (const theme of themes) graph.addLink('ADDRESSES', id, theme, SOURCES);
  for (const code of plan.coverage) graph.addLink('COVERS', id, code, SOURCES);

  const program: PlannedProgram = {
    id, name: plan.name, themes, coverage: [...plan.coverage], participants, startYear: start, endYear: end,
    province: plan.province, template: plan.template,
  };
  ctx.programs.push(program);
  return program;
}
