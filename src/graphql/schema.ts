import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fillRules, loadRules } from '../modules/analysis/rules.js';

const MODULES_DIR = fileURLToPath(new URL('../modules/', import.meta.url));
const ROOT = 'shared/common.graphql';

/**
 * The SDL of every module (src/modules/<area>/**\/*.graphql), the shared root types first, the
 * rest in path order so the schema prints the same on every machine. A description's
 * `{{rule:<name>}}` is filled with that rule (its `<name>.rule.md`), so introspection and the
 * playground show each analysis's rule in full; codegen.ts reads the SDL through here too.
 */
export function loadTypeDefs(): string[] {
  const rules = loadRules();
  const files = readdirSync(MODULES_DIR, { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith('.graphql'))
    .sort((a, b) => (a === ROOT ? -1 : b === ROOT ? 1 : a.localeCompare(b)));
  return files.map((file) => fillRules(readFileSync(`${MODULES_DIR}${file}`, 'utf8'), rules));
}
