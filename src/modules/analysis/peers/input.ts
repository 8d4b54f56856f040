import { z } from 'zod';
import { Key } from '../scope.js';

/** peers(agency, theme, first): at most 50 peers. */
export const PeersArgs = z.object({
  agency: Key,
  theme: Key,
  first: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50'),
});
export type PeersArgs = z.output<typeof PeersArgs>;
