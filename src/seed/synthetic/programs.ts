import type { Area } from '../areaData.js';
import type { ParticipationRole } from '../vocabulary.js';
import { addProgram } from './addProgram.js';
import {
  CENTRAL_THEMES, NATIONAL_PROGRAMS, REGIONAL_THEMES, centralSupporterOf, isThematic, templateNamed, templatesOn,
  type ProgramTemplate,
} from './catalogue.js';
import type { SyntheticContext } from './context.js';

/**
 * The archetypes of synthetic programs. Together they give: national programs (covering the
 * country root), central programs in a few regions, provincial and local programs, clusters of
 * programs by different agencies on one theme, region and years (overlaps), and patchy coverage
 * of the poverty and basic-service themes in the remote provinces (coverage gaps).
 */
export function generatePrograms(ctx: SyntheticContext): void {
  nationalPrograms(ctx);
  gapProvincePrograms(ctx);
  overlapClusters(ctx, 8);
  centralRegionalPrograms(ctx, 20);
  provincialPrograms(ctx, 20);
  localPrograms(ctx, 30);
}

const role = (agency: string, r: ParticipationRole) => ({ agency, role: r });
const CENTRAL = Object.keys(CENTRAL_THEMES);

function placesLabel(ctx: SyntheticContext, codes: readonly string[]): string {
  const names = codes.map((code) => ctx.placeName(code));
  return names.length <= 3 ? names.join(', ') : `${names.slice(0, 2).join(', ')} dan ${names.length - 2} wilayah lain`;
}

function themesOf(template: ProgramTemplate): string[] {
  return [template.theme, ...(template.alsoThemes ?? [])];
}

/** A central supporter for a regional program, sometimes; and Bappenas as funder, now and then. */
function centralHelpers(ctx: SyntheticContext, theme: string, lead: string) {
  const helpers = [];
  if (ctx.random.chance(0.5)) helpers.push(role(centralSupporterOf(theme), 'SUPPORTER'));
  if (lead !== 'bappenas' && isThematic(theme) && ctx.random.chance(0.15)) helpers.push(role('bappenas', 'FUNDER'));
  return helpers;
}

function nationalPrograms(ctx: SyntheticContext): void {
  for (const spec of NATIONAL_PROGRAMS) {
    const template = templateNamed(spec.template);
    const implementers = ctx.random.sample(ctx.provinces, ctx.random.int(3, 6)).map((p) => role(ctx.governmentOf(p.code), 'IMPLEMENTER'));
    const supporter = ctx.random.chance(0.5) ? [role(ctx.random.pick(CENTRAL.filter((a) => a !== spec.lead)), 'SUPPORTER')] : [];
    addProgram(ctx, { name: spec.name, template, coverage: ['ID'], lead: spec.lead, others: [...implementers, ...supporter], province: null });
  }
}

/**
 * In each gap province, the poverty and basic-service programs reach every regency but the
 * remote ones: the province government covers most of them, and groups of neighbouring
 * regencies cover the rest together.
 */
function gapProvincePrograms(ctx: SyntheticContext): void {
  const themes = ['penanggulangan-kemiskinan-ekstrem', 'digitalisasi-pelayanan-dasar'];
  for (const province of [...ctx.gapProvinces].sort()) {
    const reachable = ctx.regenciesOf(province).filter((r) => r.outermostIslandCount === 0).map((r) => r.code);
    for (const theme of themes) {
      const shuffled = ctx.random.shuffle(reachable);
      const byProvince = shuffled.slice(0, Math.ceil(shuffled.length * 0.6));
      const template = ctx.random.pick(templatesOn(theme));
      addProgram(ctx, {
        name: `${template.name} ${ctx.placeName(province)}`, template, coverage: byProvince, lead: ctx.governmentOf(province),
        others: [...byProvince.slice(0, 3).map((code) => role(ctx.governmentOf(code), 'IMPLEMENTER')), ...centralHelpers(ctx, theme, '')],
        province,
      });
      const rest = shuffled.slice(byProvince.length);
      for (let i = 0; i < rest.length; i += 4) {
        const group = rest.slice(i, i + 4);
        const [leadCode, ...partners] = group;
        const local = ctx.random.pick(templatesOn(theme));
        addProgram(ctx, {
          name: `${local.name} ${placesLabel(ctx, group)}`, template: local, coverage: group, lead: ctx.governmentOf(leadCode!),
          others: partners.map((code) => role(ctx.governmentOf(code), 'IMPLEMENTER')), province,
        });
      }
    }
  }
}

/**
 * Programs by three different agencies on one theme, in one province, in overlapping years:
 * the province's own, a central agency's on the same province, and a regency's inside it.
 */
function overlapClusters(ctx: SyntheticContext, count: number): void {
  const provinces = ctx.random.shuffle(ctx.provinces.filter((p) => !ctx.gapProvinces.has(p.code) && ctx.regenciesOf(p.code).length > 0));
  const themes = REGIONAL_THEMES.filter((t) => templatesOn(t).length > 0);
  for (const province of provinces.slice(0, count)) {
    const theme = ctx.random.pick(themes);
    const [first, second] = ctx.random.shuffle(templatesOn(theme));
    const start = ctx.random.int(2021, 2023);
    const central = centralSupporterOf(theme);
    const provinceGov = ctx.governmentOf(province.code);
    const regency = ctx.random.pick(ctx.regenciesOf(province.code));
    addProgram(ctx, {
      name: `${first!.name} ${ctx.placeName(province.code)}`, template: first!, coverage: [province.code], lead: provinceGov,
      years: { start, end: start + 3 }, province: province.code,
    });
    addProgram(ctx, {
      name: `${(second ?? first)!.name}: ${ctx.placeName(province.code)}`, template: (second ?? first)!, coverage: [province.code], lead: central,
      others: ctx.random.chance(0.5) ? [role(provinceGov, 'IMPLEMENTER')] : [], years: { start: start + 1, end: start + 3 }, province: province.code,
    });
    addProgram(ctx, {
      name: `${first!.name} ${ctx.placeName(regency.code)}`, template: first!, coverage: [regency.code], lead: ctx.governmentOf(regency.code),
      years: { start: start + 1, end: start + 2 }, province: province.code,
    });
  }
}

/** Central agencies' programs in one to three provinces, or in a few regencies (LAN: remote ones). */
function centralRegionalPrograms(ctx: SyntheticContext, count: number): void {
  const remoteRegencies = ctx.provinces.flatMap((p) => ctx.regenciesOf(p.code)).filter((r) => r.outermostIslandCount > 0);
  for (let i = 0; i < count; i += 1) {
    const lead = CENTRAL[i % CENTRAL.length]!;
    const template = ctx.random.pick(CENTRAL_THEMES[lead]!.flatMap(templatesOn));
    const themes = themesOf(template);
    let coverage: string[];
    if (template.remote) {
      coverage = ctx.random.sample(remoteRegencies, ctx.random.int(2, 4)).map((r) => r.code);
    } else if (ctx.random.chance(0.6)) {
      coverage = ctx.random.sample(ctx.provinces, 3).map((p) => p.code).filter((code) => ctx.mayCover(themes, code)).slice(0, ctx.random.int(1, 3));
    } else {
      const province = ctx.random.pick(ctx.provinces);
      coverage = regenciesWhere(ctx, province, themes).slice(0, ctx.random.int(2, 4)).map((r) => r.code);
    }
    if (coverage.length === 0) continue;
    const provinces = new Set(coverage.map((code) => ctx.provinceOf(code)));
    addProgram(ctx, {
      name: `${template.name}: ${placesLabel(ctx, coverage)}`, template, coverage, lead,
      others: ctx.random.chance(0.8) ? coverage.map((code) => role(ctx.governmentOf(code), 'IMPLEMENTER')) : [],
      province: provinces.size === 1 ? [...provinces][0]! : null,
    });
  }
}

function regenciesWhere(ctx: SyntheticContext, province: Area, themes: readonly string[]): Area[] {
  return ctx.random.shuffle(ctx.regenciesOf(province.code).filter((r) => ctx.mayCover(themes, r.code)));
}

/** Province governments' programs, on the whole province or (where the gap rule says so) some regencies. */
function provincialPrograms(ctx: SyntheticContext, count: number): void {
  for (let i = 0; i < count; i += 1) {
    const province = ctx.random.pick(ctx.provinces);
    const template = ctx.random.pick(ctx.random.pick(REGIONAL_THEMES.map(templatesOn).filter((t) => t.length > 0)));
    const themes = themesOf(template);
    const lead = ctx.governmentOf(province.code);
    const regencies = regenciesWhere(ctx, province, themes);
    const coverage = ctx.mayCover(themes, province.code) ? [province.code] : regencies.slice(0, 3).map((r) => r.code);
    if (coverage.length === 0) continue;
    const implementers = regencies.slice(0, ctx.random.int(0, 3)).map((r) => role(ctx.governmentOf(r.code), 'IMPLEMENTER'));
    addProgram(ctx, {
      name: `${template.name} ${ctx.placeName(province.code)}`, template, coverage, lead,
      others: [...implementers, ...centralHelpers(ctx, template.theme, lead)], province: province.code,
    });
  }
}

/** Regency and city governments' programs on their own area; some alone, some with neighbours. */
function localPrograms(ctx: SyntheticContext, count: number): void {
  const regencies = ctx.provinces.flatMap((p) => ctx.regenciesOf(p.code));
  for (let i = 0; i < count; i += 1) {
    const regency = ctx.random.pick(regencies);
    const templates = REGIONAL_THEMES.flatMap(templatesOn).filter((t) => ctx.mayCover(themesOf(t), regency.code));
    const template = ctx.random.pick(templates);
    const province = ctx.provinceOf(regency.code);
    const others = [];
    if (ctx.random.chance(0.5)) others.push(role(ctx.governmentOf(province), 'SUPPORTER'));
    if (ctx.random.chance(0.25)) {
      const neighbour = ctx.random.pick(ctx.regenciesOf(province));
      if (neighbour.code !== regency.code) others.push(role(ctx.governmentOf(neighbour.code), 'IMPLEMENTER'));
    }
    if (ctx.random.chance(0.2)) others.push(role(centralSupporterOf(template.theme), 'SUPPORTER'));
    addProgram(ctx, {
      name: `${template.name} ${ctx.placeName(regency.code)}`, template, coverage: [regency.code],
      lead: ctx.governmentOf(regency.code), others, province,
    });
  }
}
