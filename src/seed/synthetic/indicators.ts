import { measurementId } from '../../model/validation.js';
import { THEME_INDICATORS, type IndicatorSpec } from './catalogue.js';
import { CURRENT_YEAR, FIRST_MEASURED_YEAR, SOURCES, type PlannedProgram, type SyntheticContext } from './context.js';

/**
 * Indicators and their measurements. Each theme has an outcome indicator, measured nationally
 * and in every province and regency a program on that theme reaches; each program has an output
 * indicator, measured in the regions it covers while it runs. Programs are MEASURED_BY both.
 *
 * Values follow a trend with a per-region level and a per-region performance (some regions
 * beat their targets, some lag), so "who does well on this theme" has an answer. Some
 * measurements have an actual and no target, or a target and no actual (and the current
 * year's actuals are often not in yet).
 */
export function generateIndicators(ctx: SyntheticContext): void {
  for (const indicator of THEME_INDICATORS) {
    addIndicator(ctx, indicator.id, indicator);
    const programs = ctx.programs.filter((p) => p.themes.includes(indicator.theme));
    for (const program of programs) ctx.graph.addLink('MEASURED_BY', program.id, indicator.id, SOURCES);
    const regions = new Set<string>();
    for (const program of programs) {
      for (const code of program.coverage) {
        if (code === 'ID') continue;
        regions.add(ctx.provinceOf(code));
        regions.add(code);
      }
    }
    addSeries(ctx, indicator.id, indicator, null, years(FIRST_MEASURED_YEAR, CURRENT_YEAR), 0);
    for (const code of [...regions].sort()) {
      const multiplier = code.includes('.') ? indicator.perLevel?.REGENCY ?? 1 : indicator.perLevel?.PROVINCE ?? 1;
      addSeries(ctx, indicator.id, indicator, code, years(FIRST_MEASURED_YEAR, CURRENT_YEAR), indicator.spread, multiplier);
    }
  }
  for (const program of ctx.programs) addOutputIndicator(ctx, program);
}

function addIndicator(ctx: SyntheticContext, id: string, spec: IndicatorSpec): void {
  ctx.graph.addNode('Indicator', id, { name: spec.name, unit: spec.unit, direction: spec.direction }, SOURCES);
}

function addOutputIndicator(ctx: SyntheticContext, program: PlannedProgram): void {
  const id = `ind-${program.id}`;
  const spec = program.template.output;
  addIndicator(ctx, id, { ...spec, name: `${spec.name} (${program.name})` });
  ctx.graph.addLink('MEASURED_BY', program.id, id, SOURCES);
  const running = years(Math.max(program.startYear, FIRST_MEASURED_YEAR), Math.min(program.endYear ?? CURRENT_YEAR, CURRENT_YEAR));
  for (const code of program.coverage.slice(0, 3)) {
    addSeries(ctx, id, spec, code === 'ID' ? null : code, running, 0.4);
  }
}

function years(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

/** One region's (or the nation's, with `region` null) measurements of an indicator over `span`. */
function addSeries(
  ctx: SyntheticContext, indicatorId: string, spec: IndicatorSpec, region: string | null, span: readonly number[],
  spread: number, multiplier = 1,
): void {
  const { random } = ctx;
  const better = spec.direction === 'HIGHER_IS_BETTER' ? 1 : -1;
  // Remote regions start a little behind.
  const remotePenalty = region !== null && ctx.isRemote(region) ? 0.15 : 0;
  const level = spec.base * multiplier * Math.max(0.1, random.around(1, spread) - better * remotePenalty);
  const performance = random.around(0, 1);
  const step = spec.step * multiplier;
  span.forEach((year, index) => {
    const target = clamp(level + step * index, spec.max);
    const actual = clamp(target + better * performance * Math.abs(step) * (0.5 + random.float()), spec.max);
    let hasTarget = !random.chance(0.06);
    const hasActual = !random.chance(0.06) && !(year === CURRENT_YEAR && random.chance(0.35));
    if (!hasTarget && !hasActual) hasTarget = true;
    const id = measurementId(indicatorId, year, region);
    ctx.graph.addNode('Measurement', id, {
      year, regionCode: region, target: hasTarget ? round(target, spec.whole) : null, actual: hasActual ? round(actual, spec.whole) : null,
    }, SOURCES);
    ctx.graph.addLink('HAS_MEASUREMENT', indicatorId, id, SOURCES);
    if (region !== null) ctx.graph.addLink('MEASURED_IN', id, region, SOURCES);
  });
}

function clamp(value: number, max: number | undefined): number {
  return Math.min(max ?? Number.POSITIVE_INFINITY, Math.max(0, value));
}

/** Whole numbers for counts; two decimals for percentages, indices and amounts. */
function round(value: number, whole = false): number {
  return whole ? Math.round(value) : Math.round(value * 100) / 100;
}
