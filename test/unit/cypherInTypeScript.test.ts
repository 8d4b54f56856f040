import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No Cypher outside .cypher files: a string literal in a .ts file under src/ that starts like a
 * statement (MATCH, OPTIONAL MATCH, MERGE, CREATE, CALL, SHOW, RETURN, UNWIND, WITH, DETACH DELETE)
 * is a statement the code sends without a file and a defineQuery handle. Each is listed as
 * `file:line  text`, so a failure says where to look.
 */

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));
const STATEMENT = /^\s*(?:OPTIONAL\s+MATCH|DETACH\s+DELETE|MATCH|MERGE|CREATE|CALL|SHOW|RETURN|UNWIND|WITH)\b/;

/**
 * Strings that are Cypher but no statement of ours: the Cypher export writes a script for the
 * user to run elsewhere (its lines are the file's content, never sent to our database).
 */
const ALLOWED = new Set(['modules/export/cypherScript.ts']);

function typeScriptFiles(): string[] {
  return readdirSync(SRC, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => file.split(sep).join('/'))
    .sort();
}

/** The text a string literal starts with: a plain or template string, or a template's head. */
function literalStart(node: ts.Node): string | undefined {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isTemplateExpression(node)) return node.head.text;
  return undefined;
}

function statementStrings(file: string): Array<{ file: string; line: number; text: string }> {
  const text = readFileSync(join(SRC, file), 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Array<{ file: string; line: number; text: string }> = [];
  const visit = (node: ts.Node) => {
    const start = literalStart(node);
    if (start !== undefined && STATEMENT.test(start)) {
      found.push({ file, line: source.getLineAndCharacterOfPosition(node.getStart()).line + 1, text: start.trim().split('\n')[0]!.slice(0, 80) });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no Cypher in .ts files under src/', () => {
  it('finds statement strings where there are some (a check that sees nothing cannot fail)', () => {
    expect(typeScriptFiles().length).toBeGreaterThan(100);
    const script = statementStrings('modules/export/cypherScript.ts');
    expect(script.some((hit) => hit.text.startsWith('MERGE'))).toBe(true);
  });

  it('no string literal starts with a Cypher clause (each statement is a .cypher file with a defineQuery handle)', () => {
    const offenders = typeScriptFiles()
      .filter((file) => !ALLOWED.has(file))
      .flatMap(statementStrings)
      .map(({ file, line, text }) => `src/${file}:${line}  ${text}`);
    expect(offenders).toEqual([]);
  });
});
