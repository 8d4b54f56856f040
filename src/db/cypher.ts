import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The folder that holds every Cypher statement of the product. */
export const CYPHER_DIR = fileURLToPath(new URL('../../cypher/', import.meta.url));

const NAME = /^[a-z0-9][A-Za-z0-9_]*(\/[a-z0-9][A-Za-z0-9_]*)*$/;
const SLOT = /__([A-Za-z]+)__/g;
const IDENTIFIER = /^[A-Za-z][A-Za-z_]*$/;

/** Reads `cypher/<name>.cypher`. Names are fixed strings in the code, never user input. */
export function readCypher(name: string): string {
  if (!NAME.test(name)) throw new Error(`not a Cypher file name: ${name}`);
  return readFileSync(`${CYPHER_DIR}${name}.cypher`, 'utf8');
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
