import { ConflictError, NotFoundError } from '../../errors.js';
import type { Executor } from '../../db/executor.js';
import { nodeStore } from './nodeStore.js';
import { relationStore } from './relationStore.js';
import { RELATIONS } from '../../model/relations.js';
import type { LinkRequest } from './input.js';

/**
 * Links two nodes. Both ends are locked before anything is checked, and for a hierarchy so is
 * everything the end reaches, so the checks (both ends exist, no loop, one parent) hold against
 * a concurrent link or delete: whichever commits second sees the first. An end deleted meanwhile
 * is NOT_FOUND, never a link to a node that is gone.
 */
export async function link(db: Executor, request: LinkRequest): Promise<LinkRequest> {
  const { relation, from, to, role } = request;
  const spec = RELATIONS[relation];
  await db.transaction('WRITE', async (send) => {
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
  return { relation, from, to, role };
}

/** Removes a link; NOT_FOUND when there is none. Returns it with the role it had. */
export async function unlink(db: Executor, request: LinkRequest): Promise<LinkRequest> {
  const { relation, from, to } = request;
  const role = await db.transaction('WRITE', async (send) => {
    const result = await relationStore.unlink(send, relation, from, to);
    if (result.removed === 0) throw new NotFoundError(`${relation} link`, `${from} -> ${to}`, 'input');
    return result.role;
  });
  return { relation, from, to, role };
}
