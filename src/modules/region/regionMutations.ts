import { BadUserInputError, NotFoundError } from '../../errors.js';
import type { Executor } from '../../db/executor.js';
import { nodeStore } from '../nodes/nodeStore.js';
import { refuseExisting } from '../nodes/nodeMutations.js';
import { regionStore } from './regionStore.js';
import type { RegionRecord } from '../../model/records.js';
import { PARENT_LEVEL, type RegionCreation } from './input.js';

/**
 * Creates a region under its parent, in one write transaction. The parent is locked, so that it
 * cannot be deleted between the check and the link to it; it must exist and sit one level up,
 * and below a province a code starts with its parent's code.
 */
export async function createRegion(db: Executor, { props, level, parent }: RegionCreation): Promise<RegionRecord> {
  const parentLevel = PARENT_LEVEL[level];
  const { code } = props;
  return db.transaction('WRITE', async (send) => {
    await refuseExisting(send, 'Region', code);
    if (parent && !(await nodeStore.lockOneIn(send, 'Region', parent))) throw new NotFoundError('Region', parent, 'input.parent');
    const created = await regionStore.create(send, { ...props, level }, parent);
    if (parentLevel && created.parentLevel === null) throw new NotFoundError('Region', parent!, 'input.parent');
    if (parentLevel && created.parentLevel !== parentLevel) {
      throw BadUserInputError.of('input.parent', `must be a ${parentLevel}, but '${parent}' is a ${created.parentLevel}`);
    }
    if (parentLevel && parentLevel !== 'COUNTRY' && !code.startsWith(`${parent}.`)) {
      throw BadUserInputError.of('input.code', `must start with its parent's code '${parent}.'`);
    }
    return created.node;
  });
}
