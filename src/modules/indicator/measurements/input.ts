import type { z } from 'zod';
import { MeasurementInput, MeasurementKey as MeasurementKeyInput } from '../../../model/validation.js';

/**
 * The inputs of setMeasurement and deleteMeasurement. Their rules are the model's
 * (src/model/validation.ts), which the import checks its measurements with too.
 */
export { MeasurementInput as SetMeasurementInput, MeasurementKeyInput as DeleteMeasurementInput };

/** What setMeasurement's input parses to. */
export type MeasurementWrite = z.output<typeof MeasurementInput>;

/** What deleteMeasurement's input parses to: which measurement. */
export type MeasurementKey = z.output<typeof MeasurementKeyInput>;
