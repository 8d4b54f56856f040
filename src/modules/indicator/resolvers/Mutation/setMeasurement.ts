import type { MutationResolvers } from '../../../../graphql/generated/resolvers.js';
import { parseArgs } from '../../../../graphql/validation.js';
import { SetMeasurementInput } from '../../measurements/input.js';
import { setMeasurement as set } from '../../measurements/measurementMutations.js';

/** Creates or updates the measurement of an indicator for a year (and region). */
export const setMeasurement: NonNullable<MutationResolvers['setMeasurement']> = async (_, { input }, ctx) => {
  const measurement = await set(ctx.db, parseArgs(SetMeasurementInput, input, 'input'));
  ctx.loaders.clear();
  return measurement;
};
