// Copies each rule (src/modules/**/<name>.rule.md, the one place it is written) into the docs:
// the block between `<!-- rule:<name> -->` and `<!-- /rule -->` in docs/*.md gets the rule as
// the API gives it, on one line. `tsx scripts/sync-rules.ts` rewrites the blocks;
// `--check` only reports the ones that differ (and exits 1). test/unit/rules.test.ts fails on
// any block that differs, so a rule edited without running this is caught.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadRules } from '../src/modules/analysis/rules.js';

const DOCS = new URL('../docs/', import.meta.url);
const BLOCK = /(<!-- rule:([A-Za-z0-9_]+) -->\n)([\s\S]*?)(\n?<!-- \/rule -->)/g;

export interface RuleBlock {
  readonly file: string;
  readonly name: string;
  /** What the block holds, without its marker lines. */
  readonly text: string;
  readonly line: number;
}

/** docs/*.md, as paths from the repository root, in name order. */
export function docFiles(): string[] {
  return readdirSync(fileURLToPath(DOCS)).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`);
}

/** The rule blocks of one Markdown file. */
export function ruleBlocks(markdown: string, file: string): RuleBlock[] {
  return [...markdown.matchAll(BLOCK)].map((match) => ({
    file,
    name: match[2]!,
    text: match[3]!,
    line: markdown.slice(0, match.index).split('\n').length,
  }));
}

/** The Markdown with every rule block holding its rule; an unknown rule name throws. */
export function syncRuleBlocks(markdown: string, file: string, rules: ReadonlyMap<string, string>): string {
  return markdown.replace(BLOCK, (_, open: string, name: string, _text: string, close: string) => {
    const rule = rules.get(name);
    if (rule === undefined) throw new Error(`${file}: <!-- rule:${name} --> names no rule (no ${name}.rule.md under src/modules)`);
    return `${open}${rule}\n${close.replace(/^\n/, '')}`;
  });
}

function main(check: boolean): number {
  const rules = loadRules();
  let stale = 0;
  for (const file of docFiles()) {
    const path = new URL(`../${file}`, import.meta.url);
    const markdown = readFileSync(path, 'utf8');
    const synced = syncRuleBlocks(markdown, file, rules);
    if (synced === markdown) continue;
    stale += 1;
    if (check) {
      console.log(`${file}: a rule block differs from its source`);
    } else {
      writeFileSync(path, synced);
      console.log(`${file}: rule blocks rewritten`);
    }
  }
  return check && stale > 0 ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = main(process.argv.includes('--check'));
}
