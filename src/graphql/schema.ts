import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const MODULES_DIR = fileURLToPath(new URL('../modules/', import.meta.url));
const ROOT = 'shared/common.graphql';

/**
 * The SDL of every module (src/modules/<area>/**\/*.graphql), the shared root types first, the
 * rest in path order so the schema prints the same on every machine.
 */
export function loadTypeDefs(): string[] {
  const files = readdirSync(MODULES_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === ROOT ? -1 : b === ROOT ? 1 : a.localeCompare(b)));
  return files.map((file) => readFileSync(`${MODULES_DIR}${file}`, 'utf8'));
}
