import type { FactSet } from '../factTypes.js';
import { isThematic } from './catalogue.js';
import { SOURCES, type SyntheticContext } from './context.js';

/** A made-up guideline, so that regional RB tematik programs have mandates to fulfil. */
export const DEMO_GUIDELINE = 'contoh-pedoman-rb-tematik-daerah';

/**
 * Mandates and what fulfils them:
 * - one synthetic mandate per RB tematik theme, granted by a synthetic guideline and held by the
 *   regional governments that lead a program on that theme; those programs FULFILL it and are
 *   GOVERNED_BY the guideline;
 * - the article's mandates (BKN, LAN, ANRI): a program led by the holder on the mandate's theme
 *   FULFILLS it.
 */
export function generateMandates(ctx: SyntheticContext, facts: readonly FactSet[]): void {
  const { graph } = ctx;
  const themeNames = new Map(facts.flatMap((set) => set.themes ?? []).map((t) => [t.id, t.name]));
  graph.addNode('Regulation', DEMO_GUIDELINE, {
    title: 'Pedoman pelaksanaan reformasi birokrasi tematik di daerah (contoh)', kind: 'MINISTERIAL_REGULATION',
    number: null, year: 2023,
  }, SOURCES);

  const regionalLead = (agency: string) => agency.startsWith('pemprov-') || agency.startsWith('pemkab-') || agency.startsWith('pemkot-');
  for (const program of ctx.programs) {
    const lead = program.participants.find((p) => p.role === 'LEAD')!.agency;
    const theme = program.template.theme;
    if (!isThematic(theme) || !regionalLead(lead)) continue;
    const mandate = `mandat-rb-tematik-${theme}`;
    if (!graph.hasNode('Mandate', mandate)) {
      graph.addNode('Mandate', mandate, {
        title: `Melaksanakan RB tematik di daerah: ${(themeNames.get(theme) ?? theme).toLowerCase()}`,
        legalBasis: 'Pedoman pelaksanaan reformasi birokrasi tematik di daerah (contoh)',
      }, SOURCES);
      graph.addLink('GRANTED_BY', mandate, DEMO_GUIDELINE, SOURCES);
      graph.addLink('CONCERNS', mandate, theme, SOURCES);
    }
    graph.addLink('HOLDS', lead, mandate, SOURCES);
    graph.addLink('FULFILLS', program.id, mandate, SOURCES);
    graph.addLink('GOVERNED_BY', program.id, DEMO_GUIDELINE, SOURCES);
  }

  const links = facts.flatMap((set) => set.links ?? []);
  for (const holds of links.filter((l) => l.relation === 'HOLDS')) {
    const themes = links.filter((l) => l.relation === 'CONCERNS' && l.from === holds.to).map((l) => l.to);
    for (const program of ctx.programs) {
      const lead = program.participants.find((p) => p.role === 'LEAD')!.agency;
      if (lead === holds.from && program.themes.some((t) => themes.includes(t))) graph.addLink('FULFILLS', program.id, holds.to, SOURCES);
    }
  }
}
