// The example queries of the docs for the playground (web/dist/playground/examples.json, written
// by scripts/build-web.mjs). They come from README.md and every docs/*.md (docFiles()). Each
// ```graphql block carries, on the line right above it, a marker that GitHub does not show:
//
//   <!-- example: group="Coverage gaps" title="Regencies of NTT with fewer than two poverty programs" name="PovertyGapsNTT" -->
//
// `group` is the question the example answers (one of GROUPS: the playground's menu shows them in
// that order), `title` its unique name in the menu, and the optional `name` the operation name the
// playground gives the query, which GraphiQL shows as the tab's name (without it, the title in
// PascalCase; a query that names itself keeps its name). A block without a marker, a marker
// without a block, an unknown group, a generic title ("Rule", "Example 3"), a name that is not a
// GraphQL name, or a title or name used twice (in any of the files) fails the build, naming the
// file and line.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** The questions, in the order of the playground's menu. A new one is added here. */
export const GROUPS = ['Entities', 'Who does what', 'Overlaps', 'Coverage gaps', 'Helix', 'Mandates', 'Peers', 'Indicators', 'Networks', 'Writing'];

/** Titles that say nothing about the example. */
export const GENERIC_TITLE = /^(rules?|examples?( \d+)?|query|queries|mutation|untitled)$/i;

const MARKER = /^<!--\s*example:(.*)-->\s*$/;
const ATTRIBUTE = /\s*([a-z]+)="([^"]*)"/y;

/**
 * The operation name GraphiQL shows as the tab's name: the query's own name when it has one, else
 * the marker's name, else the title's words in PascalCase ("Overlapping programs on
 * digitalisation" -> OverlappingProgramsOnDigitalisation), accents dropped.
 * @param {string} title
 * @param {string} query
 * @param {string} [name]
 */
export function operationNameOf(title, query, name) {
  const own = /^\s*(?:#[^\n]*\n\s*)*(?:query|mutation|subscription)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query);
  if (own) return own[1];
  if (name) return name;
  const words = title.normalize('NFD').replace(/[\u0300-\u036f]/g, '').split(/[^A-Za-z0-9]+/).filter(Boolean);
  const pascal = words.map((word) => word[0].toUpperCase() + word.slice(1)).join('');
  return /^[A-Za-z]/.test(pascal) ? pascal : `Example${pascal}`;
}

/**
 * The files whose examples the playground offers, relative to the repository: README.md, then
 * docs/*.md by name.
 * @param {string} [base] the repository
 */
export function docFiles(base = root) {
  const docs = resolve(base, 'docs');
  const names = existsSync(docs) ? readdirSync(docs).filter((name) => name.endsWith('.md')).sort() : [];
  return ['README.md', ...names.map((name) => `docs/${name}`)];
}

/**
 * The examples of README.md and every docs/*.md (docFiles()), checked together.
 * @param {string} [base] the repository
 */
export function docsExamples(base = root) {
  return examplesOf(docFiles(base).map((file) => ({ file, markdown: readFileSync(resolve(base, file), 'utf8') })));
}

/**
 * The ```graphql blocks of one Markdown file with their markers, sorted by group (in the order of
 * GROUPS), in the file's order within a group.
 * @param {string} markdown
 * @param {string} [file] named in the error messages
 */
export function readmeExamples(markdown, file = 'README.md') {
  return examplesOf([{ file, markdown }]);
}

/**
 * The ```graphql blocks of several Markdown files with their markers, sorted by group (in the
 * order of GROUPS), then by file (in the order given), then by line. Titles and operation names
 * must be unique over all the files: the playground shows them in one menu.
 * @param {Array<{ file: string, markdown: string }>} files
 * @returns {Array<{ group: string, title: string, operationName: string, write: boolean, file: string, line: number, query: string }>}
 */
export function examplesOf(files) {
  const examples = [];
  const problems = [];
  for (const { file, markdown } of files) parse(markdown, file, examples, problems);
  for (const key of /** @type {const} */ (['title', 'operationName'])) {
    const seen = new Map();
    for (const example of examples) {
      const value = key === 'title' ? example.title.toLowerCase() : example.operationName;
      if (!value) continue;
      const first = seen.get(value);
      const at = first === undefined ? '' : first.file === example.file ? `line ${first.line}` : `${first.file}:${first.line}`;
      if (first !== undefined) problems.push(`${example.file}:${example.line}: the ${key === 'title' ? 'title' : 'operation name (made from the title)'} "${key === 'title' ? example.title : value}" is already used by the example at ${at}`);
      else seen.set(value, example);
    }
  }
  if (problems.length > 0) throw new Error(`Doc examples:\n  ${problems.join('\n  ')}`);
  const order = files.map(({ file }) => file);
  return examples.sort((a, b) => GROUPS.indexOf(a.group) - GROUPS.indexOf(b.group) || order.indexOf(a.file) - order.indexOf(b.file) || a.line - b.line);
}

/** Reads one file's markers and blocks into examples, its mistakes into problems. */
function parse(markdown, file, examples, problems) {
  const lines = markdown.split('\n');
  /** @type {{ line: number, attributes: Record<string, string> } | null} */
  let marker = null;
  for (let i = 0; i < lines.length; i += 1) {
    const text = (lines[i] ?? '').trim();
    const found = MARKER.exec(text);
    if (found) {
      if (marker) problems.push(`${file}:${marker.line}: this example marker has no \`\`\`graphql block right below it`);
      const attributes = {};
      const body = (found[1] ?? '').trimEnd();
      ATTRIBUTE.lastIndex = 0;
      let read = 0;
      for (let match; (match = ATTRIBUTE.exec(body)); read = ATTRIBUTE.lastIndex) attributes[match[1] ?? ''] = (match[2] ?? '').trim();
      if (read !== body.length || Object.keys(attributes).length === 0) {
        problems.push(`${file}:${i + 1}: cannot read this example marker; write <!-- example: group="…" title="…" -->`);
      }
      for (const name of Object.keys(attributes)) {
        if (!['group', 'title', 'name'].includes(name)) problems.push(`${file}:${i + 1}: unknown attribute ${name}= in the example marker (only group=, title= and name=)`);
      }
      marker = { line: i + 1, attributes };
      continue;
    }
    if (text === '```graphql') {
      const start = i + 1;
      const body = [];
      for (i += 1; i < lines.length && lines[i]?.trim() !== '```'; i += 1) body.push(lines[i]);
      const query = body.join('\n').trim() + '\n';
      if (!marker) {
        problems.push(`${file}:${start}: this \`\`\`graphql block has no example marker on the line above it; add <!-- example: group="…" title="…" --> (group one of: ${GROUPS.join(', ')})`);
        continue;
      }
      const { group = '', title = '', name } = marker.attributes;
      if (name !== undefined && !/^[_A-Za-z][_0-9A-Za-z]*$/.test(name)) problems.push(`${file}:${marker.line}: name="${name}" is not a GraphQL operation name (letters, digits, _; not starting with a digit)`);
      if (!title) problems.push(`${file}:${marker.line}: the example marker has no title="…"`);
      else if (GENERIC_TITLE.test(title)) problems.push(`${file}:${marker.line}: the title "${title}" says nothing about the example; name what it shows`);
      if (!group) problems.push(`${file}:${marker.line}: the example marker has no group="…" (one of: ${GROUPS.join(', ')})`);
      else if (!GROUPS.includes(group)) problems.push(`${file}:${marker.line}: unknown group "${group}" (one of: ${GROUPS.join(', ')}; a new one is added to GROUPS in scripts/readme-examples.mjs)`);
      const write = /^\s*(?:#[^\n]*\n\s*)*mutation\b/.test(query);
      examples.push({ group, title, operationName: operationNameOf(title, query, name), write, file, line: start, query });
      marker = null;
      continue;
    }
    // Only blank lines may separate a marker from its block.
    if (marker && text !== '') {
      problems.push(`${file}:${marker.line}: this example marker has no \`\`\`graphql block right below it`);
      marker = null;
    }
  }
  if (marker) problems.push(`${file}:${marker.line}: this example marker has no \`\`\`graphql block right below it`);
}
