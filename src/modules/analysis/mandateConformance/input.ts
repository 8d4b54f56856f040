import { z } from 'zod';
import { Key } from '../scope.js';

/** mandateConformance(agency). */
export const MandateConformanceArgs = z.object({ agency: Key });
export type MandateConformanceArgs = z.output<typeof MandateConformanceArgs>;
