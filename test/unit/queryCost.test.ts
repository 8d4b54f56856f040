import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildASTSchema, concatAST, parse, type OperationDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { operationCost } from '../../src/graphql/cost.js';
import { resolvers } from '../../src/graphql/resolvers.js';
import { loadTypeDefs } from '../../src/graphql/schema.js';

/*
 * The cost limit (src/graphql/cost.ts) against what clients really send: every workbench and
 * explorer query, with the largest variables their pages use, and every README example, passes
 * GRAPHQL_MAX_COST's default; the hostile operations of issue 12 do not.
 */
const schema = buildASTSchema(concatAST(loadTypeDefs().map((sdl) => parse(sdl))));
const maxCost = loadConfig({}).GRAPHQL_MAX_COST;

function cost(query: string, variables: Record<string, unknown> = {}): number {
  const document = parse(query);
  const operations = document.definitions.filter((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  return Math.max(...operations.map((operation) => operationCost({ schema, document, operation, variables, resolvers: resolvers as Record<string, unknown> })));
}

/** The largest values the pages send (coverageGaps' 1000 rows at DISTRICT level, the explorer's largest view). */
const WORST = { first: 1000, limit: 2000, depth: 3, level: 'DISTRICT', every: 1_000_000, focus: [{ kind: 'REGION', key: 'ID' }] };

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;

describe('the cost of an operation', () => {
  it('lets every workbench and explorer query through, with the largest variables they send', async () => {
    const dir = resolve('web/app/queries');
    const texts: Array<[string, string]> = [];
    for (const file of readdirSync(dir).filter((name) => name.endsWith('.ts'))) {
      const module = (await import(pathToFileURL(resolve(dir, file)).href)) as Record<string, unknown>;
      for (const [name, text] of Object.entries(module)) if (typeof text === 'string' && /^\s*(query|mutation)\b/.test(text)) texts.push([`${file} ${name}`, text]);
    }
    const explorer = readFileSync('web/explorer/main.ts', 'utf8');
    for (const match of explorer.matchAll(/const (\w+_QUERY) = `([^`]*)`/g)) {
      texts.push([`explorer ${match[1]}`, match[2]!.replace('${VIEW_FIELDS}', /const VIEW_FIELDS = `([^`]*)`/.exec(explorer)![1]!)]);
    }
    expect(texts.length).toBeGreaterThan(20);
    for (const [name, text] of texts) expect(cost(text, WORST), name).toBeLessThanOrEqual(maxCost);
  });

  it('lets every example of the README and docs/ through', async () => {
    const { docsExamples } = (await import(pathToFileURL(resolve('scripts/readme-examples.mjs')).href)) as { docsExamples(): Array<{ title: string; query: string }> };
    const examples = docsExamples();
    expect(examples.length).toBeGreaterThan(20);
    for (const example of examples) expect(cost(example.query), example.title).toBeLessThanOrEqual(maxCost);
  });

  it('refuses the hostile operations of issue 12', () => {
    expect(cost(aliases(20, 'network(focus: [{kind: REGION, key: "ID"}], depth: 3, limit: 2000) { nodes { id } }'))).toBeGreaterThan(maxCost);
    expect(cost(aliases(20, 'coverageGaps(theme: "t", level: DISTRICT) { totalCount }'))).toBeGreaterThan(maxCost);
    expect(cost('{ regions(first: 100) { nodes { code children(first: 100) { code name } } } }')).toBeGreaterThan(maxCost);
  });

  it('counts a variable like a literal, capped at the page size the resolver allows', () => {
    const literal = cost('{ coverageGaps(theme: "t", first: 1000) { nodes { region { code } } } }');
    expect(cost('query ($first: Int) { coverageGaps(theme: "t", first: $first) { nodes { region { code } } } }', { first: 1000 })).toBe(literal);
    expect(cost('query ($first: Int) { coverageGaps(theme: "t", first: $first) { nodes { region { code } } } }', { first: 10 ** 9 })).toBe(literal);
  });

  it('counts twenty aliases as twenty transactions', () => {
    expect(cost(aliases(20, 'health { ok }'))).toBe(20 * cost('{ health { ok } }'));
  });
});
