import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';
import { fillRules, loadRules, ruleText } from '../../src/modules/analysis/rules.js';
import { PROGRAM_OVERLAP_RULE } from '../../src/modules/analysis/programOverlaps/programOverlaps.js';
import { COLLABORATION_RULE } from '../../src/modules/network/collaboration.js';
import { NETWORK_RULE } from '../../src/modules/network/subgraph.js';
import { docFiles, ruleBlocks, syncRuleBlocks } from '../../scripts/sync-rules.js';

/*
 * Each rule is written once (src/modules/**\/<name>.rule.md) and reaches the API's `rule`, the
 * SDL descriptions and the docs from there. These tests fail when a copy has drifted.
 */

const rules = loadRules();
const ROOT_FIELDS = [
  'programOverlaps', 'mandateOverlaps', 'coverageGaps', 'responsibilityMatrix', 'helixBalance', 'programsMissingStrand',
  'mandateConformance', 'peers', 'indicatorProgress', 'network', 'collaborationNetwork',
];

describe('the rule files', () => {
  it('hold one rule per analysis and network view, named after its root field', () => {
    expect([...rules.keys()].sort()).toEqual([...ROOT_FIELDS].sort());
  });

  it('read as one line of prose, without Markdown headings or stray whitespace', () => {
    for (const [name, rule] of rules) {
      expect(rule, name).not.toMatch(/\n|\s{2}|^\s|\s$|^#/);
      expect(rule.length, name).toBeGreaterThan(100);
    }
  });

  it('are what the services hand to the API (line breaks in the file read as spaces)', () => {
    expect(PROGRAM_OVERLAP_RULE).toBe(rules.get('programOverlaps'));
    expect(PROGRAM_OVERLAP_RULE).toContain('score = themeMatch × regionShare × yearShare, rounded to 3 decimals.');
    expect(NETWORK_RULE).toBe(rules.get('network'));
    expect(COLLABORATION_RULE).toBe(rules.get('collaborationNetwork'));
    expect(ruleText('  a\nrule\n\n  on  lines\n')).toBe('a rule on lines');
  });
});

describe('the SDL', () => {
  const schema = buildSchema(loadTypeDefs().join('\n'));
  const query = schema.getQueryType()!.getFields();

  it('gives each root field its rule in full in the description, placeholder filled', () => {
    for (const name of ROOT_FIELDS) {
      expect(query[name]?.description, name).toContain(`Rule: ${rules.get(name)}`);
    }
    expect(loadTypeDefs().join('\n')).not.toContain('{{rule:');
  });

  it('refuses a placeholder naming no rule, and keeps a block string closed', () => {
    expect(() => fillRules('"""{{rule:noSuchRule}}"""', rules)).toThrow(/noSuchRule/);
    expect(fillRules('"""{{rule:x}}"""', new Map([['x', 'say """ here']]))).toBe('"""say \\""" here"""');
  });
});

describe('the docs', () => {
  const blocks = docFiles().flatMap((file) => ruleBlocks(readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'), file));

  it('give every rule between <!-- rule:NAME --> and <!-- /rule --> (docs/analyses.md, docs/network.md)', () => {
    expect(new Set(blocks.map((block) => block.name))).toEqual(new Set(rules.keys()));
    expect(new Set(blocks.filter((b) => rules.has(b.name) && b.name !== 'network' && b.name !== 'collaborationNetwork').map((b) => b.file)))
      .toEqual(new Set(['docs/analyses.md']));
  });

  it('hold each rule exactly as its source says (run `tsx scripts/sync-rules.ts` after editing a rule)', () => {
    for (const block of blocks) {
      expect(block.text, `${block.file}:${block.line} <!-- rule:${block.name} -->`).toBe(rules.get(block.name));
    }
  });

  it('are rewritten from the source by the sync script, and an unknown rule name is refused', () => {
    const stale = 'Intro.\n\n<!-- rule:peers -->\nAn old wording.\n<!-- /rule -->\n\nMore.\n';
    expect(syncRuleBlocks(stale, 'x.md', rules)).toBe(`Intro.\n\n<!-- rule:peers -->\n${rules.get('peers')}\n<!-- /rule -->\n\nMore.\n`);
    expect(() => syncRuleBlocks('<!-- rule:nope -->\nx\n<!-- /rule -->', 'x.md', rules)).toThrow(/nope/);
  });
});
