import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

/*
 * The example queries of README.md and docs/*.md as the playground offers them
 * (scripts/readme-examples.mjs): one per ```graphql block, each with a unique, telling title and
 * the question (group) it answers.
 */

interface Example { group: string; title: string; operationName: string; write: boolean; file: string; line: number; query: string }
interface ReadmeExamplesModule {
  GROUPS: string[];
  docFiles(): string[];
  docsExamples(): Example[];
  examplesOf(files: Array<{ file: string; markdown: string }>): Example[];
  readmeExamples(markdown: string, file?: string): Example[];
}

// A plain .mjs build script (no type declarations): loaded by URL and typed here.
const { GROUPS, docFiles, docsExamples, examplesOf, readmeExamples } = (await import(new URL('../../scripts/readme-examples.mjs', import.meta.url).href)) as ReadmeExamplesModule;

const files = docFiles();
const texts = files.map((file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8'));
const examples = docsExamples();

describe('the examples of the README and docs/ in the playground', () => {
  it('come from README.md and every docs/*.md', () => {
    expect(files[0]).toBe('README.md');
    expect(files).toContain('docs/analyses.md');
    expect(files.slice(1).every((file) => /^docs\/[^/]+\.md$/.test(file))).toBe(true);
  });

  it('are one per ```graphql block, with the block as written, 20 or more', () => {
    const blocks = texts.flatMap((text) => [...text.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!.trim() + '\n'));
    expect(blocks.length).toBeGreaterThanOrEqual(20);
    expect(examples).toHaveLength(texts.reduce((n, text) => n + text.split('\n').filter((line) => line.trim() === '```graphql').length, 0));
    expect(examples.map((example) => example.query).sort()).toEqual([...blocks].sort());
  });

  it('have unique titles that say what the example shows (no "Rule", "Rules", "Example N")', () => {
    const titles = examples.map((example) => example.title);
    expect(new Set(titles.map((title) => title.toLowerCase())).size).toBe(titles.length);
    for (const title of titles) {
      expect(title, title).not.toMatch(/^(rules?|examples?( \d+)?|query|untitled)$/i);
      expect(title.split(/\s+/).length, `"${title}" is too short to tell the examples apart`).toBeGreaterThanOrEqual(3);
    }
  });

  it('each answer one of the questions, and come in the order of the questions', () => {
    for (const example of examples) expect(GROUPS, example.title).toContain(example.group);
    const order = examples.map((example) => GROUPS.indexOf(example.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
    // Every question the menu lists has an example.
    expect(new Set(examples.map((example) => example.group))).toEqual(new Set(GROUPS));
  });

  it('get unique GraphQL operation names (the playground tab names), and the writes are marked and grouped', () => {
    const names = examples.map((example) => example.operationName);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[_A-Za-z][_0-9A-Za-z]*$/);
    for (const example of examples) expect(example.write, example.title).toBe(example.query.trimStart().startsWith('mutation'));
    expect(examples.filter((example) => example.write).map((example) => example.group)).toEqual(['Writing', 'Writing']);
    expect(examples.find((example) => example.operationName === 'KemenpanrbPrograms')?.query).toContain('agency(id: "kemenpanrb")');
  });
});

describe('the example markers', () => {
  const block = (marker: string | null) => [...(marker === null ? [] : [marker]), '```graphql', '{ __typename }', '```'].join('\n');

  it('are read, with a title made into an operation name when no name= is given', () => {
    const parsed = readmeExamples(['# Test', '', block('<!-- example: group="Overlaps" title="Overlapping programs on digitalisation" -->'), '', block('<!-- example: group="Entities" title="Agencies of Bali, first page" name="BaliAgencies" -->')].join('\n'));
    expect(parsed.map(({ group, title, operationName, line }) => ({ group, title, operationName, line }))).toEqual([
      { group: 'Entities', title: 'Agencies of Bali, first page', operationName: 'BaliAgencies', line: 9 },
      { group: 'Overlaps', title: 'Overlapping programs on digitalisation', operationName: 'OverlappingProgramsOnDigitalisation', line: 4 },
    ]);
  });

  it('fail the build with the file and line: a block without a marker, a generic or repeated title, an unknown group, a marker without a block', () => {
    expect(() => readmeExamples(['intro', block(null)].join('\n'), 'README.md')).toThrow(/README\.md:2: this ```graphql block has no example marker/);
    expect(() => readmeExamples(block('<!-- example: group="Overlaps" title="Rule" -->'))).toThrow(/README\.md:1: the title "Rule" says nothing/);
    expect(() => readmeExamples(block('<!-- example: group="Overlaps" title="Example 3" -->'))).toThrow(/says nothing/);
    expect(() => readmeExamples(block('<!-- example: group="Overlaps" -->'))).toThrow(/README\.md:1: the example marker has no title/);
    expect(() => readmeExamples(block('<!-- example: title="Programs on a theme" -->'))).toThrow(/has no group="…"/);
    expect(() => readmeExamples(block('<!-- example: group="Misc" title="Programs on a theme" -->'))).toThrow(/unknown group "Misc"/);
    expect(() => readmeExamples(block('<!-- example: group="Overlaps" title="Programs on a theme" name="2bad" -->'))).toThrow(/not a GraphQL operation name/);
    const twice = [block('<!-- example: group="Overlaps" title="Programs on a theme" -->'), '', block('<!-- example: group="Helix" title="Programs on a Theme" -->')].join('\n');
    expect(() => readmeExamples(twice)).toThrow(/README\.md:7: the title "Programs on a Theme" is already used by the example at line 2/);
    expect(() => readmeExamples(['<!-- example: group="Overlaps" title="Programs on a theme" -->', 'some text', block(null)].join('\n'))).toThrow(/README\.md:1: this example marker has no ```graphql block right below it/);
  });

  it('hold in every file: a missing marker or a title used in another file names that file and line', () => {
    const theme = block('<!-- example: group="Overlaps" title="Programs on a theme" -->');
    expect(() => examplesOf([{ file: 'README.md', markdown: theme }, { file: 'docs/analyses.md', markdown: ['# Analyses', '', block(null)].join('\n') }])).toThrow(/docs\/analyses\.md:3: this ```graphql block has no example marker/);
    expect(() => examplesOf([{ file: 'README.md', markdown: theme }, { file: 'docs/api.md', markdown: ['# API', block('<!-- example: group="Helix" title="Programs on a theme" -->')].join('\n') }]))
      .toThrow(/docs\/api\.md:3: the title "Programs on a theme" is already used by the example at README\.md:2/);
  });

  it('are sorted by question, then by file (README first), then by line', () => {
    const parsed = examplesOf([
      { file: 'README.md', markdown: block('<!-- example: group="Overlaps" title="Overlaps in the tour" -->') },
      { file: 'docs/analyses.md', markdown: [block('<!-- example: group="Overlaps" title="Overlaps in the analyses" -->'), '', block('<!-- example: group="Entities" title="Agencies of Bali, first page" -->')].join('\n') },
    ]);
    expect(parsed.map((example) => `${example.file}:${example.line}`)).toEqual(['docs/analyses.md:7', 'README.md:2', 'docs/analyses.md:2']);
  });
});
