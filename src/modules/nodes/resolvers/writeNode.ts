import type { GraphContext } from '../../../graphql/context.js';
import { parseArgs } from '../../../graphql/validation.js';
import type { Records } from '../../../model/records.js';
import { createSchema, updateSchema, type EditableLabel } from '../../../model/validation.js';
import { createNode, deleteNode, updateNode } from '../nodeMutations.js';

/**
 * The create, update and delete root fields of every entity area: parse the input with the
 * model's schema for the label, write, and forget what the request's loaders hold, so that
 * nested fields read the new state.
 */

export async function createNodeFromInput<L extends Exclude<EditableLabel, 'Region'>>(ctx: GraphContext, label: L, input: unknown): Promise<Records[L]> {
  const node = await createNode(ctx.db, label, parseArgs(createSchema(label), input, 'input'));
  ctx.loaders.clear();
  return node;
}

export async function updateNodeFromInput<L extends EditableLabel>(ctx: GraphContext, label: L, key: string, input: unknown): Promise<Records[L]> {
  const node = await updateNode(ctx.db, label, key, parseArgs(updateSchema(label), input, 'input'));
  ctx.loaders.clear();
  return node;
}

export async function deleteNodeByKey(ctx: GraphContext, label: EditableLabel, key: string) {
  const result = await deleteNode(ctx.db, label, key);
  ctx.loaders.clear();
  return result;
}
