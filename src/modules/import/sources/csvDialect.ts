import { closeSync, openSync, readSync } from 'node:fs';
import { parse } from 'csv-parse/sync';

export type Delimiter = ',' | ';';

/** How much of a file is read to find its header line: a header longer than this is not a bundle's. */
const HEADER_BYTES = 64 * 1024;

/**
 * The delimiter of a CSV file, from its header line: a comma, or a semicolon (what Excel writes
 * where the comma is the decimal separator, as in Indonesian settings), whichever appears more
 * often outside quotes; a comma when neither does. A UTF-8 byte order mark is skipped.
 */
export function sniffDelimiter(path: string): Delimiter {
  return delimiterOfHeader(beginning(path));
}

/** The file's first bytes as text, without a byte order mark. */
function beginning(path: string): string {
  const fd = openSync(path, 'r');
  try {
    const buffer = Buffer.alloc(HEADER_BYTES);
    const read = readSync(fd, buffer, 0, HEADER_BYTES, 0);
    return buffer.subarray(0, read).toString('utf8').replace(/^\uFEFF/, '');
  } finally {
    closeSync(fd);
  }
}

/**
 * The column names of a CSV file's header, read from its first bytes alone (so that a bundle's
 * outline is checked without reading the files through); undefined when the header cannot be
 * read that way (longer than 64 KiB, broken quoting): the full read then reports it.
 */
export function headerOf(path: string): string[] | undefined {
  const text = beginning(path);
  try {
    const [header] = parse(text, { delimiter: delimiterOfHeader(text), trim: true, skip_empty_lines: true, to_line: 1, relax_column_count: true }) as string[][];
    return header ?? [];
  } catch {
    return undefined;
  }
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
