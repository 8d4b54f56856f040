import { z } from 'zod';

/** lookup's arguments: the text (a letter or digit, at most 200 characters) and how many matches (1 to 50, 10 when absent). */
export const LookupArgs = z.object({
  text: z.string()
    .max(200, 'must be at most 200 characters')
    .refine((text) => text.trim().length > 0, 'must not be empty')
    .refine((text) => /[\p{L}\p{N}]/u.test(text), 'must hold a letter or a digit'),
  first: z.number().int().min(1, 'must be at least 1').max(50, 'must be at most 50').nullish().transform((first) => first ?? 10),
});
