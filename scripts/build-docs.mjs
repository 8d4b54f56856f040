// Renders the project's Markdown (README.md, SECURITY.md, docs/*.md, bench/RESULTS.md and the
// map data's SOURCE.md) into web/dist/docs as plain HTML pages, so that the workbench's "Docs"
// link works with no internet. Links between those files are rewritten to the served pages;
// headings get GitHub's anchors, so links such as (docs/analyses.md#coverage-gaps-coveragegaps)
// keep working. The pictures of docs/ (SVG, PNG) are copied beside the pages.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Marked } from 'marked';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** Source file (relative to the repository) -> page name under /docs/. */
export function docPages() {
  const pages = new Map([
    ['README.md', 'index'],
    ['SECURITY.md', 'security'],
    ['bench/RESULTS.md', 'bench-results'],
    ['data/geo/SOURCE.md', 'geo-source'],
    ['data/geo/NOTICE.md', 'geo-notice'],
  ]);
  const docs = resolve(root, 'docs');
  if (existsSync(docs)) {
    for (const file of readdirSync(docs).filter((name) => name.endsWith('.md')).sort()) pages.set(`docs/${file}`, basename(file, '.md'));
  }
  return pages;
}

/** GitHub's heading anchor: lower case, punctuation dropped, spaces to hyphens. */
export function slug(text) {
  return text.toLowerCase().trim().replace(/<[^>]+>/g, '').replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
}

/** The pictures of docs/, served beside the pages. */
export function docPictures() {
  const docs = resolve(root, 'docs');
  return existsSync(docs) ? readdirSync(docs).filter((name) => /\.(svg|png)$/.test(name)).sort() : [];
}

/**
 * The anchors of a Markdown file's headings, as GitHub makes them (and as the pages get them):
 * the slug of the heading's text, with -1, -2, … for a slug seen before.
 * @param {string} markdown
 */
export function headingIds(markdown) {
  const seen = new Map();
  const ids = [];
  const walk = (tokens) => {
    for (const token of tokens) {
      if (token.type === 'heading') {
        const base = slug(token.text);
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        ids.push(count === 0 ? base : `${base}-${count}`);
      } else if (token.type === 'blockquote' || token.type === 'list_item') walk(token.tokens ?? []);
      else if (token.type === 'list') walk(token.items ?? []);
    }
  };
  walk(new Marked({ gfm: true }).lexer(markdown));
  return ids;
}

const escapeHtml = (text) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]);

function renderer(from, pages) {
  const seen = new Map();
  return new Marked({
    gfm: true,
    renderer: {
      heading({ tokens, depth, text }) {
        const base = slug(text);
        const count = seen.get(base) ?? 0;
        seen.set(base, count + 1);
        const id = count === 0 ? base : `${base}-${count}`;
        return `<h${depth} id="${id}"><a class="anchor" href="#${id}" aria-hidden="true">#</a>${this.parser.parseInline(tokens)}</h${depth}>\n`;
      },
      link({ href, title, tokens }) {
        const label = this.parser.parseInline(tokens);
        const target = rewrite(href, from, pages);
        if (target === null) return `<span class="file">${label}</span>`;
        return `<a href="${escapeHtml(target)}"${title ? ` title="${escapeHtml(title)}"` : ''}>${label}</a>`;
      },
      image({ href, title, text }) {
        const src = picture(href, from);
        return `<img src="${escapeHtml(src)}" alt="${escapeHtml(text)}"${title ? ` title="${escapeHtml(title)}"` : ''}>`;
      },
    },
  });
}

/** A picture of docs/ is served at /docs/<name>; any other address is left as it is. */
function picture(href, from) {
  if (/^[a-z]+:|^\//i.test(href)) return href;
  const target = resolve(root, dirname(from), href).slice(root.length + 1);
  return target.startsWith('docs/') ? `/docs/${target.slice('docs/'.length)}` : href;
}

/** A link between rendered files goes to its page; a link to another file of the repository (null) is shown as text. */
function rewrite(href, from, pages) {
  if (/^[a-z]+:|^#|^\//i.test(href)) return href;
  const [path, hash] = href.split('#');
  const target = resolve(root, dirname(from), path ?? '').slice(root.length + 1);
  const page = pages.get(target);
  if (page) return `/docs/${page === 'index' ? '' : page}${hash ? `#${hash}` : ''}`;
  return null;
}

const STYLE = `body{margin:0;font:16px/1.6 system-ui,sans-serif;color:#1d2730;background:#fff}
header{background:#0b3954;color:#fff;padding:10px 24px;display:flex;gap:20px;align-items:center}
header a{color:#fff}main{max-width:960px;margin:0 auto;padding:16px 24px 64px}
pre{background:#f3f5f7;padding:12px;overflow:auto;border-radius:4px;font-size:14px}
code{font-size:.92em;background:#f3f5f7;padding:0 3px;border-radius:3px}pre code{padding:0}
table{border-collapse:collapse;margin:12px 0;font-size:14px}td,th{border:1px solid #c9d3db;padding:4px 8px;vertical-align:top}
th{background:#eef2f5}a{color:#0b5394}.anchor{opacity:0;margin-left:-1em;padding-right:.2em;text-decoration:none}
h1:hover .anchor,h2:hover .anchor,h3:hover .anchor{opacity:1}nav.docs{font-size:14px}nav.docs a{margin-right:12px}
img{max-width:100%;height:auto}`;

export async function buildDocs({ out = resolve(root, 'web/dist/docs') } = {}) {
  const pages = docPages();
  mkdirSync(out, { recursive: true });
  for (const name of docPictures()) copyFileSync(resolve(root, 'docs', name), resolve(out, name));
  const nav = [...pages].map(([, page]) => `<a href="/docs/${page === 'index' ? '' : page}">${page === 'index' ? 'README' : page}</a>`).join('');
  for (const [source, page] of pages) {
    const file = resolve(root, source);
    if (!existsSync(file)) continue;
    const markdown = readFileSync(file, 'utf8');
    const title = /^#\s+(.+)$/m.exec(markdown)?.[1] ?? source;
    const body = renderer(source, pages).parse(markdown);
    writeFileSync(resolve(out, `${page}.html`), `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Kolaborasi Graph</title><link rel="icon" href="data:,"><style>${STYLE}</style></head>
<body><header><a href="/">Kolaborasi Graph</a><span>Dokumentasi · Docs</span><a href="/playground">GraphQL playground</a></header>
<main><nav class="docs" aria-label="Docs">${nav}</nav>
${body}</main></body></html>
`);
  }
  return pages;
}
