import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { DeleteMeasurementInput } from '../../measurements/input.js';
import { deleteMeasurement as remove } from '../../measurements/measurementMutations.js';

export const deleteMeasurement: NonNullable<MutationResolvers['deleteMeasurement']> = async (_, { input }, ctx) => {
  const result = await remove(ctx.db, parseArgs(DeleteMeasurementInput, input, 'input'));
  ctx.loaders.clear();
  return result;
};
