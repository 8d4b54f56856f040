import { BadUserInputError, ConflictError, NotFoundError } from '../../errors.js';
import { nodeStore } from './nodeStore.js';
import type { Send } from '../../db/query.js';
import { regionStore } from '../region/regionStore.js';
import { LABELS } from '../../model/labels.js';
import type { Records } from '../../model/records.js';
import { checkNode, createSchema, REGION_CODE_SHAPES, RegionCreateExtras, updateSchema, type EditableLabel } from '../../model/validation.js';
import type { GraphContext } from '../../graphql/context.js';
import { parseArgs } from '../../graphql/validation.js';

/**
 * Each mutation is one write transaction: a failure anywhere leaves the graph as it was. A rule
 * checked on what a node holds is checked after locking it (nodeStore.lockIn), so two writes
 * racing on one node are serialized and the second is checked against the first.
 */

function refuseCrossFieldIssues(label: EditableLabel, node: Record<string, unknown>, given?: readonly string[]) {
  const issues = checkNode(label, node, given);
  if (issues.length > 0) throw new BadUserInputError(issues.map((issue) => ({ ...issue, field: `input.${issue.field}` })));
}

/**
 * A CONFLICT naming the key field of the input when a node with this key exists (the uniqueness
 * constraint still refuses a duplicate written concurrently).
 */
async function refuseExisting(send: Send, label: EditableLabel, key: string) {
  const keyName = LABELS[label].key;
  if (await nodeStore.byKeyIn(send, label, key)) throw new ConflictError(`${label} with ${keyName} '${key}' already exists`, `input.${keyName}`);
}

export async function createNode<L extends Exclude<EditableLabel, 'Region'>>(ctx: GraphContext, label: L, input: unknown): Promise<Records[L]> {
  const props = parseArgs(createSchema(label), input, 'input');
  refuseCrossFieldIssues(label, props);
  const node = await ctx.db.transaction('WRITE', async (send) => {
    await refuseExisting(send, label, props.id as string);
    return nodeStore.create(send, label, props);
  });
  ctx.loaders.clear();
  return node;
}

export async function updateNode<L extends EditableLabel>(ctx: GraphContext, label: L, key: string, input: unknown): Promise<Records[L]> {
  const keyName = LABELS[label].key;
  const props = parseArgs(updateSchema(label), input, 'input');
  const node = await ctx.db.transaction('WRITE', async (send) => {
    const existing = await nodeStore.lockOneIn(send, label, key);
    if (!existing) throw new NotFoundError(label, key, keyName);
    refuseCrossFieldIssues(label, { ...existing, ...props }, Object.keys(props));
    return (await nodeStore.update(send, label, key, props))!;
  });
  ctx.loaders.clear();
  return node;
}

export async function deleteNode(ctx: GraphContext, label: EditableLabel, key: string) {
  const keyName = LABELS[label].key;
  await ctx.db.transaction('WRITE', async (send) => {
    // Locked first: a link or a measurement being written to it finishes before the delete looks.
    if (!(await nodeStore.lockOneIn(send, label, key))) throw new NotFoundError(label, key, keyName);
    if (label === 'Region') {
      const children = await regionStore.childCount(send, key);
      if (children > 0) throw new ConflictError(`Region '${key}' has ${children} sub-regions; delete them first`, keyName);
    }
    if (!(await nodeStore.remove(send, label, key))) throw new NotFoundError(label, key, keyName);
  });
  ctx.loaders.clear();
  return { deleted: true, id: key };
}

/** The level a region's parent must have. */
const PARENT_LEVEL: Record<string, string | null> = { COUNTRY: null, PROVINCE: 'COUNTRY', REGENCY: 'PROVINCE', DISTRICT: 'REGENCY' };

export async function createRegion(ctx: GraphContext, input: { level: string; parent?: string | null } & Record<string, unknown>) {
  const { level, parent, ...rest } = input;
  const extras = parseArgs(RegionCreateExtras, { level, parent }, 'input');
  const props = parseArgs(createSchema('Region'), rest, 'input');
  const parentLevel = PARENT_LEVEL[extras.level];
  if (parentLevel && !extras.parent) throw BadUserInputError.of('input.parent', `is required for a ${extras.level} (a ${parentLevel} code)`);
  if (!parentLevel && extras.parent) throw BadUserInputError.of('input.parent', 'must be left out for the COUNTRY');
  const code = props.code as string;
  const shape = REGION_CODE_SHAPES[extras.level];
  if (!shape.pattern.test(code)) throw BadUserInputError.of('input.code', `must be a ${extras.level} code like "${shape.example}"`);
  const node = await ctx.db.transaction('WRITE', async (send) => {
    await refuseExisting(send, 'Region', code);
    // The parent locked, so that it cannot be deleted between this check and the link to it.
    if (extras.parent && !(await nodeStore.lockOneIn(send, 'Region', extras.parent))) throw new NotFoundError('Region', extras.parent, 'input.parent');
    const created = await regionStore.create(send, { ...props, level: extras.level }, extras.parent ?? null);
    if (parentLevel && created.parentLevel === null) throw new NotFoundError('Region', extras.parent!, 'input.parent');
    if (parentLevel && created.parentLevel !== parentLevel) {
      throw BadUserInputError.of('input.parent', `must be a ${parentLevel}, but '${extras.parent}' is a ${created.parentLevel}`);
    }
    // Below a province, an official code starts with its parent's code.
    if (parentLevel && parentLevel !== 'COUNTRY' && !code.startsWith(`${extras.parent}.`)) {
      throw BadUserInputError.of('input.code', `must start with its parent's code '${extras.parent}.'`);
    }
    return created.node;
  });
  ctx.loaders.clear();
  return node;
}
