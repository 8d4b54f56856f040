import type { z } from 'zod';
import { BadUserInputError } from '../errors.js';

/**
 * Parses `value` with `schema`; on failure throws BAD_USER_INPUT naming every field at fault,
 * as a path from the GraphQL argument (`input.startYear`, `first`).
 */
export function parseArgs<S extends z.ZodType>(schema: S, value: unknown, argument?: string): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  throw new BadUserInputError(
    result.error.issues.map((issue) => ({
      field: [argument, ...issue.path.map(String)].filter((part) => part !== undefined && part !== '').join('.') || 'input',
      message: issue.message,
    })),
  );
}
