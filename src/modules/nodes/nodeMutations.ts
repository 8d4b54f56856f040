import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import type { Executor } from '../../db/executor.js';
import type { Send } from '../../db/query.js';
import { nodeStore } from './nodeStore.js';
import { regionStore } from '../region/regionStore.js';
import { LABELS } from '../../model/labels.js';
import type { Records } from '../../model/records.js';
import { checkNode, type EditableLabel } from '../../model/validation.js';

/**
 * Creating, updating and deleting a node of any editable label, from properties already parsed
 * (the model's createSchema and updateSchema). Each is one write transaction: a failure anywhere
 * leaves the graph as it was. A rule checked on what a node holds is checked after locking it
 * (nodeStore.lockIn), so two writes racing on one node are serialized and the second is checked
 * against the first.
 */

/** Stored properties: what createSchema and updateSchema output. */
export type NodeProperties = Record<string, unknown>;

/** The model's rules across fields (checkNode), on the node as it would be after the write. */
function refuseCrossFieldIssues(label: EditableLabel, node: NodeProperties, given?: readonly string[]) {
  const issues = checkNode(label, node, given);
  if (issues.length > 0) throw new BadUserInputError(issues.map((issue) => ({ ...issue, field: `input.${issue.field}` })));
}

/**
 * A CONFLICT naming the key field of the input when a node with this key exists (the uniqueness
 * constraint still refuses a duplicate written concurrently).
 */
export async function refuseExisting(send: Send, label: EditableLabel, key: string) {
  const keyName = LABELS[label].key;
  if (await nodeStore.byKeyIn(send, label, key)) throw new ConflictError(`${label} with ${keyName} '${key}' already exists`, `input.${keyName}`);
}

/** Creates a node (a Region has its own: src/modules/region/regionMutations.ts). */
export async function createNode<L extends Exclude<EditableLabel, 'Region'>>(db: Executor, label: L, props: NodeProperties): Promise<Records[L]> {
  refuseCrossFieldIssues(label, props);
  return db.transaction('WRITE', async (send) => {
    await refuseExisting(send, label, props.id as string);
    return nodeStore.create(send, label, props);
  });
}

/** Sets `props` on the node with this key (a null removes an optional property); NOT_FOUND when there is none. */
export async function updateNode<L extends EditableLabel>(db: Executor, label: L, key: string, props: NodeProperties): Promise<Records[L]> {
  const keyName = LABELS[label].key;
  return db.transaction('WRITE', async (send) => {
    const existing = await nodeStore.lockOneIn(send, label, key);
    if (!existing) throw new NotFoundError(label, key, keyName);
    refuseCrossFieldIssues(label, { ...existing, ...props }, Object.keys(props));
    return (await nodeStore.update(send, label, key, props))!;
  });
}

/** Deletes the node with this key and its links; a region with sub-regions is refused. */
export async function deleteNode(db: Executor, label: EditableLabel, key: string): Promise<{ deleted: true; id: string }> {
  const keyName = LABELS[label].key;
  await db.transaction('WRITE', async (send) => {
    // Locked first: a link or a measurement being written to it finishes before the delete looks.
    if (!(await nodeStore.lockOneIn(send, label, key))) throw new NotFoundError(label, key, keyName);
    if (label === 'Region') {
      const children = await regionStore.childCount(send, key);
      if (children > 0) throw new ConflictError(`Region '${key}' has ${children} sub-regions; delete them first`, keyName);
    }
    if (!(await nodeStore.remove(send, label, key))) throw new NotFoundError(label, key, keyName);
  });
  return { deleted: true, id: key };
}
