import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked, type Token } from 'marked';
import { describe, expect, it } from 'vitest';

/*
 * Every link of README.md and docs/*.md that stays inside the repository must lead somewhere: a
 * relative path to a file or folder that exists, an anchor to a heading of that file (GitHub's
 * anchors, as scripts/build-docs.mjs makes them), a /docs/<page> address to a page the server
 * renders. Links to the web are not fetched; links that leave the repository (../shared) are not
 * checked.
 */

interface BuildDocsModule {
  docPages(): Map<string, string>;
  headingIds(markdown: string): string[];
}

// A plain .mjs build script (no type declarations): loaded by URL and typed here.
const { docPages, headingIds } = (await import(new URL('../../scripts/build-docs.mjs', import.meta.url).href)) as BuildDocsModule;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const files = ['README.md', ...readdirSync(resolve(root, 'docs')).filter((name) => name.endsWith('.md')).sort().map((name) => `docs/${name}`)];

/** Every link and picture of a Markdown file (code left out), with the line it is on. */
export function linksOf(markdown: string): Array<{ href: string; line: number }> {
  const marked = new Marked({ gfm: true });
  const found: Array<{ href: string; line: number }> = [];
  let from = 0;
  marked.walkTokens(marked.lexer(markdown), (token: Token) => {
    if (token.type !== 'link' && token.type !== 'image') return;
    const at = markdown.indexOf(token.raw, from);
    if (at >= 0) from = at;
    found.push({ href: token.href, line: markdown.slice(0, Math.max(at, 0)).split('\n').length });
  });
  return found;
}

const anchorsCache = new Map<string, string[]>();
function anchorsOf(file: string): string[] {
  let anchors = anchorsCache.get(file);
  if (!anchors) {
    anchors = headingIds(readFileSync(resolve(root, file), 'utf8'));
    anchorsCache.set(file, anchors);
  }
  return anchors;
}

/** What is wrong with one link of `file`, or null. */
export function brokenLink(file: string, href: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href)) return null; // the web, mail
  const [path = '', anchor] = href.split('#');
  if (path.startsWith('/')) {
    const docs = /^\/docs\/([^/]*)$/.exec(path);
    if (!docs) return null; // a page of the running server (/playground, /explorer)
    const page = docs[1] === '' ? 'index' : docs[1];
    const source = [...docPages()].find(([, name]) => name === page)?.[0];
    if (!source) return `no page /docs/${docs[1]} (pages: ${[...docPages().values()].join(', ')})`;
    if (anchor && !anchorsOf(source).includes(anchor)) return `no heading #${anchor} in ${source}`;
    return null;
  }
  const target = path === '' ? resolve(root, file) : resolve(root, dirname(file), decodeURIComponent(path));
  const inRepo = relative(root, target);
  if (inRepo.startsWith(`..${sep}`) || inRepo === '..') return null; // outside the repository
  if (!existsSync(target)) return `${inRepo} does not exist`;
  if (anchor !== undefined) {
    if (!target.endsWith('.md')) return `an anchor (#${anchor}) into ${inRepo}, which is not Markdown`;
    if (!anchorsOf(inRepo).includes(anchor)) return `no heading #${anchor} in ${inRepo}`;
  }
  return null;
}

describe('links in README.md and docs/*.md', () => {
  it('are found, code blocks left out', () => {
    expect(linksOf('See [a](docs/a.md#x) and ![p](p.svg).\n\n```md\n[not](a link)\n```\n').map((link) => link.href)).toEqual(['docs/a.md#x', 'p.svg']);
    expect(linksOf('one\n\ntwo [b](b.md)').map((link) => link.line)).toEqual([3]);
  });

  it('are refused when they lead nowhere: a missing file, a missing heading, a missing page', () => {
    expect(brokenLink('README.md', 'docs/analyses.md')).toBeNull();
    expect(brokenLink('README.md', 'docs/no-such-file.md')).toMatch(/docs\/no-such-file\.md does not exist/);
    expect(brokenLink('README.md', 'docs/analyses.md#no-such-heading')).toMatch(/no heading #no-such-heading in docs\/analyses\.md/);
    expect(brokenLink('docs/api.md', '#no-such-heading')).toMatch(/no heading #no-such-heading in docs\/api\.md/);
    expect(brokenLink('docs/api.md', '/docs/no-such-page')).toMatch(/no page \/docs\/no-such-page/);
    // GitHub's anchors: punctuation and backticks dropped, spaces to hyphens, a repeat gets -1.
    expect(brokenLink('docs/analyses.md', '#coverage-gaps-coveragegaps')).toBeNull();
    expect(headingIds('# A `b`: c\n\n## A `b`: c\n')).toEqual(['a-b-c', 'a-b-c-1']);
  });

  it.each(files)('%s: every relative link and anchor resolves', (file) => {
    const broken = linksOf(readFileSync(resolve(root, file), 'utf8'))
      .map(({ href, line }) => ({ at: `${file}:${line}`, href, problem: brokenLink(file, href) }))
      .filter((link) => link.problem !== null)
      .map((link) => `${link.at}: (${link.href}) ${link.problem}`);
    expect(broken).toEqual([]);
  });
});
