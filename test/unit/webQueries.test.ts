import { readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { buildASTSchema, parse, validate, concatAST } from 'graphql';
import { describe, expect, it } from 'vitest';
import { loadTypeDefs } from '../../src/graphql/schema.js';

/*
 * Every query the workbench sends (the exported strings of web/app/queries/*.ts) is valid
 * against the schema in schema/: a renamed field fails here, not in an analyst's browser.
 */
const schema = buildASTSchema(concatAST(loadTypeDefs().map((sdl) => parse(sdl))));
const dir = resolve('web/app/queries');
const files = readdirSync(dir).filter((file) => file.endsWith('.ts')).sort();

describe('the workbench queries', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  for (const file of files) {
    it(`${file}: every operation validates against the schema`, async () => {
      const module = (await import(pathToFileURL(resolve(dir, file)).href)) as Record<string, unknown>;
      const operations = Object.entries(module).filter(([, value]) => typeof value === 'string' && /^\s*(query|mutation)\b/.test(value));
      expect(operations.length, `${file} exports no query`).toBeGreaterThan(0);
      for (const [name, text] of operations) {
        const errors = validate(schema, parse(text as string));
        expect(errors.map((error) => `${name}: ${error.message}`)).toEqual([]);
      }
    });
  }
});
