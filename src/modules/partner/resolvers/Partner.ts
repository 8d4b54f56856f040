import type { PartnerResolvers } from '../../../graphql/generated/resolvers.js';
import { PartnerRole } from '../../../model/enums.js';
import { sourcesOf } from '../../shared/sources.js';

/** A partner's fields beyond its own properties: the programs it partners in, with its role. */
export const Partner: PartnerResolvers = {
  sources: sourcesOf,
  programs: async (partner, _, ctx) =>
    (await ctx.loaders.linked('PARTNERS_IN', 'OUT').load(partner.id))
      .map((link) => ({ role: PartnerRole.parse(link.role), program: link.node })),
};
