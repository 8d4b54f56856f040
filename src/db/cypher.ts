import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { relative } from 'node:path';

/** The source folder: a statement's name is its file's path below it, without `.cypher`. */
const SOURCE_DIR = fileURLToPath(new URL('../', import.meta.url));

const SLOT = /__([A-Za-z]+)__/g;
const IDENTIFIER = /^[A-Za-z][A-Za-z_]*$/;

/**
 * Reads a statement from the `.cypher` file beside the code that runs it:
 * `readCypher(new URL('./peers.cypher', import.meta.url))`. The URL is a fixed string in the
 * code, never user input.
 */
export function readCypher(file: URL): string {
  if (file.protocol !== 'file:' || !file.pathname.endsWith('.cypher')) throw new Error(`not a Cypher file: ${file.href}`);
  return readFileSync(file, 'utf8');
}

/** A statement's name for logs and tests: `modules/analysis/peers/peers` for src/modules/analysis/peers/peers.cypher. */
export function cypherName(file: URL): string {
  return relative(SOURCE_DIR, fileURLToPath(file)).replace(/\\/g, '/').replace(/\.cypher$/, '');
}

/**
 * Fills the `__Slot__` placeholders of a Cypher template with labels, relationship types or
 * property names. Only identifiers are accepted, and every caller takes them from the model's
 * fixed allow-lists (src/model); values always travel as $parameters.
 */
export function fillTemplate(text: string, slots: Readonly<Record<string, string>>): string {
  return text.replace(SLOT, (_, slot: string) => {
    const value = slots[slot];
    if (value === undefined) throw new Error(`Cypher template slot __${slot}__ has no value`);
    if (!IDENTIFIER.test(value)) throw new Error(`Cypher template slot __${slot}__ got a non-identifier`);
    return value;
  });
}
