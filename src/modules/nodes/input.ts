import { z } from 'zod';
import type { Label } from '../../model/labels.js';
import { LINKABLE, RELATIONS } from '../../model/relations.js';
import { RegionCode, Slug } from '../../model/validation.js';

/**
 * The inputs of the nodes module, as zod schemas: the resolvers parse with them (parseArgs), the
 * services (linkMutations.ts, listing.ts) take what they output. The fields of each label's
 * create and update inputs are the model's (src/model/validation.ts: createSchema, updateSchema).
 */

/** The key of a node of `label`: a region code for a Region, a slug for the rest. */
const keySchema = (label: Label) => (label === 'Region' ? RegionCode : Slug);

const LinkArgs = z.object({
  relation: z.enum(LINKABLE, { error: `must be one of ${LINKABLE.join(', ')}` }),
  from: z.string(),
  to: z.string(),
  role: z.string().nullish(),
});

export type LinkableRelation = (typeof LINKABLE)[number];

/** Which link a mutation names: both keys checked against the labels the relation joins. */
export interface LinkRequest {
  readonly relation: LinkableRelation;
  readonly from: string;
  readonly to: string;
  /** The role of the link (PARTICIPATES_IN, PARTNERS_IN); null for the other relations, and for unlink. */
  readonly role: string | null;
}

/** Adds the issues of a failed parse at `path`, as parseArgs would report them. */
function addIssues(ctx: z.RefinementCtx, issues: readonly z.core.$ZodIssue[], path: string[]) {
  for (const issue of issues) ctx.addIssue({ code: 'custom', message: issue.message, path: [...path, ...issue.path.map(String)] });
}

function linkSchema(withRole: boolean) {
  // One failure at a time, in this order: the relation, the start key, the end key, the role.
  return LinkArgs.transform((args, ctx): LinkRequest => {
    const spec = RELATIONS[args.relation];
    for (const end of ['from', 'to'] as const) {
      const key = keySchema(spec[end]).safeParse(args[end]);
      if (!key.success) {
        addIssues(ctx, key.error.issues, [end]);
        return z.NEVER;
      }
    }
    const roles: readonly string[] | undefined = 'roles' in spec ? spec.roles : undefined;
    if (withRole) {
      const problem = roles && !args.role ? `is required for ${args.relation}: one of ${roles.join(', ')}`
        : roles && !roles.includes(args.role!) ? `must be one of ${roles.join(', ')} for ${args.relation}`
        : !roles && args.role ? `must be left out: ${args.relation} has no role` : null;
      if (problem) {
        ctx.addIssue({ code: 'custom', message: problem, path: ['role'] });
        return z.NEVER;
      }
    }
    return { relation: args.relation, from: args.from, to: args.to, role: withRole ? args.role ?? null : null };
  });
}

/** `link`'s input: a role where the relation has roles, none where it has not. */
export const LinkInput = linkSchema(true);

/** `unlink`'s input: the relation and its two ends. */
export const UnlinkInput = linkSchema(false);

/** A list's `filter.search`: what a user typed (fulltext.ts turns it into a Lucene query). */
export const ListSearch = z.string().max(200, 'must be at most 200 characters').nullish();
