import { BadUserInputError, NotFoundError } from '../../../errors.js';
import { measurementStore } from './measurementStore.js';
import { nodeStore } from '../../nodes/nodeStore.js';
import { MeasurementInput, MeasurementKey, measurementId } from '../../../model/validation.js';
import type { GraphContext } from '../../../graphql/context.js';
import { parseArgs } from '../../../graphql/validation.js';

/** The region of a measurement: null for a national figure, which "ID" (Indonesia) also names. */
const regionOf = (code: string | null | undefined) => (code === 'ID' ? null : code ?? null);

export async function setMeasurement(ctx: GraphContext, input: unknown) {
  const { indicator, year, region: code, sources, ...values } = parseArgs(MeasurementInput, input, 'input');
  const region = regionOf(code);
  const props: Record<string, unknown> = { ...sources };
  if (values.target !== undefined) props.target = values.target;
  if (values.actual !== undefined) props.actual = values.actual;
  const node = await ctx.db.transaction('WRITE', async (send) => {
    // Both ends locked, so that neither can be deleted before the measurement is linked to it.
    if (!(await nodeStore.lockOneIn(send, 'Indicator', indicator))) throw new NotFoundError('Indicator', indicator, 'input.indicator');
    if (region && !(await nodeStore.lockOneIn(send, 'Region', region))) throw new NotFoundError('Region', region, 'input.region');
    const written = await measurementStore.set(send, { id: measurementId(indicator, year, region), indicator, year, region, props });
    // Checked on the measurement as written, so that nulls cannot leave it with no value at all.
    if (written.target === null && written.actual === null) {
      throw BadUserInputError.of(values.target === null ? 'input.target' : 'input.actual', 'would leave the measurement with neither a target nor an actual; delete it instead');
    }
    return written;
  });
  ctx.loaders.clear();
  return node;
}

export async function deleteMeasurement(ctx: GraphContext, input: unknown) {
  const { indicator, year, region } = parseArgs(MeasurementKey, input, 'input');
  const id = measurementId(indicator, year, region);
  await ctx.db.transaction('WRITE', async (send) => {
    if (!(await measurementStore.remove(send, id))) throw new NotFoundError('Measurement', id, 'input');
  });
  ctx.loaders.clear();
  return { deleted: true, id };
}
