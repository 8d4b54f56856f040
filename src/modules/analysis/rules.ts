import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Each rule is written once, as plain prose in a `<name>.rule.md` beside the code that applies
 * it (src/modules/analysis/<name>/<name>.rule.md, src/modules/network/<name>.rule.md). From
 * there it reaches:
 * - the API's `rule` field (the service or resolver reads it with readRule);
 * - the SDL: a description holding `{{rule:<name>}}` gets the text (src/graphql/schema.ts,
 *   and so introspection, the playground and the generated resolver types);
 * - the docs: the block between `<!-- rule:<name> -->` and `<!-- /rule -->` in docs/*.md
 *   (scripts/sync-rules.ts rewrites them; test/unit/rules.test.ts fails when one differs).
 */

const MODULES_DIR = new URL('../', import.meta.url);
const SUFFIX = '.rule.md';

/** The prose as one line: line breaks and runs of spaces read as one space, as Markdown would. */
export function ruleText(source: string): string {
  return source.replace(/\s+/g, ' ').trim();
}

/** A rule file's text, as the API gives it. */
export function readRule(file: URL): string {
  return ruleText(readFileSync(file, 'utf8'));
}

/** Every rule under src/modules, by name (the file name before `.rule.md`), in name order. */
export function loadRules(): Map<string, string> {
  const rules = new Map<string, string>();
  const files = readdirSync(fileURLToPath(MODULES_DIR), { recursive: true, encoding: 'utf8' })
    .map((file) => file.replace(/\\/g, '/'))
    .filter((file) => file.endsWith(SUFFIX))
    .sort();
  for (const file of files) {
    const name = file.slice(file.lastIndexOf('/') + 1, -SUFFIX.length);
    if (rules.has(name)) throw new Error(`two rules are named ${name} (src/modules/${file})`);
    rules.set(name, readRule(new URL(file, MODULES_DIR)));
  }
  return new Map([...rules].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

const PLACEHOLDER = /\{\{rule:([A-Za-z0-9_]+)\}\}/g;

/**
 * The SDL with every `{{rule:<name>}}` replaced by that rule. Meant for block-string
 * descriptions (`"""`); an unknown name throws, so a typo cannot reach the schema.
 */
export function fillRules(sdl: string, rules: ReadonlyMap<string, string>): string {
  return sdl.replace(PLACEHOLDER, (_, name: string) => {
    const rule = rules.get(name);
    if (rule === undefined) throw new Error(`the SDL names a rule that does not exist: {{rule:${name}}} (no ${name}${SUFFIX} under src/modules)`);
    return rule.replaceAll('"""', '\\"""');
  });
}
