import { BadUserInputError } from '../errors.js';

/** The request header that carries the key, as error messages name it. */
export const IDEMPOTENCY_HEADER = 'Idempotency-Key';

/** 1 to 255 printable ASCII characters, space to tilde: what fits a header and a log line. */
const KEY = /^[\x20-\x7e]{1,255}$/;

/** The key a request sent, checked; undefined when it sent none. */
export function parseIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined) return undefined;
  if (!KEY.test(header)) {
    throw BadUserInputError.of(IDEMPOTENCY_HEADER, 'must be 1 to 255 printable ASCII characters (a UUID is a good choice)');
  }
  return header;
}
