import { z } from 'zod';
import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import { nodeStore } from './nodeStore.js';
import { relationStore } from './relationStore.js';
import type { Label } from '../../model/labels.js';
import { LINKABLE, RELATIONS } from '../../model/relations.js';
import { RegionCode, Slug } from '../../model/validation.js';
import type { GraphContext } from '../../graphql/context.js';
import { parseArgs } from '../../graphql/validation.js';

const keySchema = (label: Label) => (label === 'Region' ? RegionCode : Slug);

const LinkArgs = z.object({
  relation: z.enum(LINKABLE, { error: `must be one of ${LINKABLE.join(', ')}` }),
  from: z.string(),
  to: z.string(),
  role: z.string().nullish(),
});

function parseLink(input: unknown, withRole: boolean) {
  const args = parseArgs(LinkArgs, input, 'input');
  const spec = RELATIONS[args.relation];
  parseArgs(keySchema(spec.from), args.from, 'input.from');
  parseArgs(keySchema(spec.to), args.to, 'input.to');
  const roles: readonly string[] | undefined = 'roles' in spec ? spec.roles : undefined;
  if (withRole) {
    if (roles && !args.role) throw BadUserInputError.of('input.role', `is required for ${args.relation}: one of ${roles.join(', ')}`);
    if (roles && !roles.includes(args.role!)) throw BadUserInputError.of('input.role', `must be one of ${roles.join(', ')} for ${args.relation}`);
    if (!roles && args.role) throw BadUserInputError.of('input.role', `must be left out: ${args.relation} has no role`);
  }
  return { relation: args.relation, spec, from: args.from, to: args.to, role: args.role ?? null };
}

/**
 * Links two nodes. Both ends are locked before anything is checked, and for a hierarchy so is
 * everything the end reaches, so the checks (both ends exist, no loop, one parent) hold against
 * a concurrent link or delete: whichever commits second sees the first. An end deleted meanwhile
 * is NOT_FOUND, never a link to a node that is gone.
 */
export async function link(ctx: GraphContext, input: unknown) {
  const { relation, spec, from, to, role } = parseLink(input, true);
  await ctx.db.transaction('WRITE', async (send) => {
    // Ends of one label are locked in one statement, in key order, so that a -> b and b -> a
    // sent together wait for each other instead of deadlocking.
    const fromLocked = spec.from === spec.to ? await nodeStore.lockIn(send, spec.from, [from, to]) : await nodeStore.lockIn(send, spec.from, [from]);
    if (!fromLocked.has(from)) throw new NotFoundError(spec.from, from, 'input.from');
    const toExists = spec.from === spec.to ? fromLocked.has(to) : (await nodeStore.lockIn(send, spec.to, [to])).has(to);
    if (!toExists) throw new NotFoundError(spec.to, to, 'input.to');
    if ('acyclic' in spec && spec.acyclic && (await relationStore.reachLocked(send, relation, to)).has(from)) {
      throw new ConflictError(`linking ${from} -> ${to} with ${relation} would make a cycle`, 'input.to');
    }
    if ('single' in spec && spec.single) {
      const current = (await relationStore.targets(send, relation, from)).filter((key) => key !== to);
      if (current.length > 0) {
        throw new ConflictError(`${from} already has a ${relation} link to ${current[0]}; unlink it first`, 'input.from');
      }
    }
    await relationStore.link(send, relation, from, to, role);
  });
  ctx.loaders.clear();
  return { relation, from, to, role };
}

export async function unlink(ctx: GraphContext, input: unknown) {
  const { relation, from, to } = parseLink(input, false);
  const role = await ctx.db.transaction('WRITE', async (send) => {
    const result = await relationStore.unlink(send, relation, from, to);
    if (result.removed === 0) throw new NotFoundError(`${relation} link`, `${from} -> ${to}`, 'input');
    return result.role;
  });
  ctx.loaders.clear();
  return { relation, from, to, role };
}
