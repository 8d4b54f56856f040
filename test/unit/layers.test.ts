import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Layers point one way. A module's services, stores and inputs know nothing of GraphQL: only its
 * resolvers (files under a resolvers/ folder) and its index.ts, which assembles them, may import
 * from src/graphql/. The database door (src/db) knows nothing of the modules or of GraphQL.
 * Each offender is listed as `file:line  import`, so a failure says where to look.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function typeScriptFiles(folder: string): string[] {
  return readdirSync(join(SRC, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => join(folder, file).split(sep).join('/'))
    .sort();
}

/** Every relative import or re-export of a file (static, `export ... from`, dynamic), with its line. */
function importsOf(file: string): Array<{ line: number; target: string; specifier: string }> {
  const found: Array<{ line: number; target: string; specifier: string }> = [];
  readFileSync(join(SRC, file), 'utf8').split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const specifier = match[1]!;
      const target = relative(SRC, resolve(dirname(join(SRC, file)), specifier)).split(sep).join('/');
      found.push({ line: index + 1, target, specifier });
    }
  });
  return found;
}

function offenders(files: string[], forbidden: (target: string) => boolean): string[] {
  return files.flatMap((file) => importsOf(file)
    .filter(({ target }) => forbidden(target))
    .map(({ line, specifier }) => `src/${file}:${line}  ${specifier}`));
}

/** A module's resolver layer: a file under a resolvers/ folder, or the module's index.ts. */
const isResolverLayer = (file: string) => file.split('/').includes('resolvers') || file.endsWith('/index.ts');

const underGraphql = (target: string) => target === 'graphql' || target.startsWith('graphql/');
const underModules = (target: string) => target === 'modules' || target.startsWith('modules/');

describe('layers', () => {
  it('finds the imports it checks (a check that sees nothing cannot fail)', () => {
    expect(typeScriptFiles('modules').length).toBeGreaterThan(50);
    expect(importsOf('graphql/resolvers.ts').some(({ target }) => target === 'modules/agency/index.js')).toBe(true);
    expect(importsOf('db/query.ts').some(({ target }) => target === 'db/cypher.js')).toBe(true);
  });

  it('no service, store or input under src/modules imports from src/graphql/ (only resolvers/ and index.ts do)', () => {
    const services = typeScriptFiles('modules').filter((file) => !isResolverLayer(file));
    expect(offenders(services, underGraphql)).toEqual([]);
  });

  it('nothing under src/db imports from src/modules or src/graphql', () => {
    expect(offenders(typeScriptFiles('db'), (target) => underModules(target) || underGraphql(target))).toEqual([]);
  });
});
