import { z } from 'zod';
import type { Resolvers } from '../../graphql/generated/resolvers.js';
import { lookup } from './lookup.js';
import { typenameOf } from './candidates.js';
import { parseArgs } from '../../graphql/validation.js';

const LookupArgs = z.object({
  text: z.string()
    .max(200, 'must be at most 200 characters')
    .refine((text) => text.trim().length > 0, 'must not be empty')
    .refine((text) => /[\p{L}\p{N}]/u.test(text), 'must hold a letter or a digit'),
  first: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50').nullish().transform((first) => first ?? 10),
});

export const lookupResolvers = {
  Query: {
    lookup: (_, args, ctx) => {
      const { text, first } = parseArgs(LookupArgs, args);
      return lookup(ctx.db, { text, kinds: args.kinds ?? null, first });
    },
  },
  LookupMatch: {
    kind: (hit) => hit.candidate.kind,
    key: (hit) => hit.candidate.key,
    name: (hit) => hit.candidate.name,
    acronym: (hit) => hit.candidate.acronym,
    score: (hit) => hit.candidate.score,
    detail: (hit) => hit.candidate,
    node: (hit) => hit.candidate.record,
  },
  LookupDetail: {
    regionLevel: (c) => (c.label === 'Region' ? c.record.level : null),
    isCity: (c) => (c.label === 'Region' ? c.record.isCity : null),
    agencyKind: (c) => (c.label === 'Agency' ? c.record.kind : null),
    governmentLevel: (c) => (c.label === 'Agency' ? c.record.level : null),
    startYear: (c) => (c.label === 'Program' ? c.record.startYear : null),
    endYear: (c) => (c.label === 'Program' ? c.record.endYear : null),
    year: (c) => (c.label === 'Regulation' || c.label === 'Forum' ? c.record.year : null),
    parent: (c) => c.parent,
  },
  LookupNode: {
    __resolveType: (node) => typenameOf(node),
  },
} satisfies Resolvers;
