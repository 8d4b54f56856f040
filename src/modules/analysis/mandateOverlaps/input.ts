import { z } from 'zod';
import { OptionalId } from '../scope.js';

/** mandateOverlaps(filter). */
export const MandateOverlapFilter = z.object({ theme: OptionalId, agency: OptionalId });
export type MandateOverlapFilter = z.output<typeof MandateOverlapFilter>;
