import { SOURCES, type SyntheticContext } from './context.js';

const RBXPERIENCE = 'rbxperience-2023';

/**
 * RBXperience gathered 639 agencies; the article names none but Kementerian PANRB. To make the
 * event useful in the demo (best-practice peers), a dozen regional governments that lead
 * programs are made members here. These memberships are synthetic: the links carry the
 * synthetic source.
 */
export function generateForumMembers(ctx: SyntheticContext, count = 12): void {
  const leads = [...new Set(ctx.programs.map((p) => p.participants.find((x) => x.role === 'LEAD')!.agency))]
    .filter((agency) => /^pem(prov|kab|kot)-/.test(agency))
    .sort();
  for (const agency of ctx.random.sample(leads, count)) ctx.graph.addLink('MEMBER_OF', agency, RBXPERIENCE, SOURCES);
}
