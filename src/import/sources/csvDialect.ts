import { closeSync, openSync, readSync } from 'node:fs';

export type Delimiter = ',' | ';';

/** How much of a file is read to find its header line: a header longer than this is not a bundle's. */
const HEADER_BYTES = 64 * 1024;

/**
 * The delimiter of a CSV file, from its header line: a comma, or a semicolon (what Excel writes
 * where the comma is the decimal separator, as in Indonesian settings), whichever appears more
 * often outside quotes; a comma when neither does. A UTF-8 byte order mark is skipped.
 */
export function sniffDelimiter(path: string): Delimiter {
  const fd = openSync(path, 'r');
  let text: string;
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    text = buffer.subarray(0, read).toString('utf8');
  } finally {
    closeSync(fd);
  }
  return delimiterOfHeader(text.replace(/^\uFEFF/, ''));
}

/** The delimiter counted on the first line of `text` (a line break inside quotes does not end it). */
export function delimiterOfHeader(text: string): Delimiter {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ',') commas += 1;
    else if (!quoted && char === ';') semicolons += 1;
  }
  return semicolons > commas ? ';' : ',';
}
