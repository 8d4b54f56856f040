import { BadUserInputError, NotFoundError } from '../../../errors.js';
import type { Executor } from '../../../db/executor.js';
import { measurementStore } from './measurementStore.js';
import { nodeStore } from '../../nodes/nodeStore.js';
import { measurementId } from '../../../model/validation.js';
import type { MeasurementRecord } from '../../../model/records.js';
import type { MeasurementKey, MeasurementWrite } from './input.js';

/** The region of a measurement: null for a national figure, which "ID" (Indonesia) also names. */
const regionOf = (code: string | null | undefined) => (code === 'ID' ? null : code ?? null);

/** Creates or updates the measurement of an indicator for a year (and region), in one write transaction. */
export async function setMeasurement(db: Executor, input: MeasurementWrite): Promise<MeasurementRecord> {
  const { indicator, year, region: code, sources, ...values } = input;
  const region = regionOf(code);
  const props: Record<string, unknown> = { ...sources };
  if (values.target !== undefined) props.target = values.target;
  if (values.actual !== undefined) props.actual = values.actual;
  return db.transaction('WRITE', async (send) => {
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
}

/** Deletes one measurement; NOT_FOUND when there is none. */
export async function deleteMeasurement(db: Executor, { indicator, year, region }: MeasurementKey): Promise<{ deleted: true; id: string }> {
  const id = measurementId(indicator, year, region);
  await db.transaction('WRITE', async (send) => {
    if (!(await measurementStore.remove(send, id))) throw new NotFoundError('Measurement', id, 'input');
  });
  return { deleted: true, id };
}
