import { createReadStream, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { CsvError, parse } from 'csv-parse';
import { z } from 'zod';
import { closest, didYouMean } from '../didYouMean.js';
import { problemAt, type Problem } from '../problems.js';
import { SECTIONS, type Section } from '../sections.js';
import { headerOf, sniffDelimiter } from './csvDialect.js';
import { hashFiles } from './hash.js';
import { setOwn, type BundleSource, type Entry } from './source.js';

/**
 * The CSV form of a bundle: a folder with one file per section, `agencies.csv`, `regions.csv`,
 * ... and `links/PARTICIPATES_IN.csv`, ..., or one such file alone (`partners.csv`,
 * `PARTICIPATES_IN.csv`). Each file starts with a header row naming the fields, separated by
 * commas or semicolons (found from the header), with or without a UTF-8 byte order mark. An
 * empty cell gives nothing (so CSV cannot remove a value: use JSON for that). A record's source
 * is two columns, `sourceRef` and `sourceTitle`.
 */
export function csvFileOf(section: Section): string {
  return section.kind === 'link' ? `links/${section.name}.csv` : `${section.name}.csv`;
}

type CellType = 'string' | 'number' | 'integer' | 'boolean';

const SOURCE_COLUMNS = ['sourceRef', 'sourceTitle'] as const;

/** Each section's columns and how to read their cells, from the section's zod schema. */
const COLUMNS: ReadonlyMap<string, ReadonlyMap<string, CellType>> = new Map(
  [...SECTIONS.values()].map((section) => {
    const { properties = {} } = z.toJSONSchema(section.schema, { io: 'input' }) as { properties?: Record<string, JsonSchemaNode> };
    const columns = new Map<string, CellType>();
    for (const [field, node] of Object.entries(properties)) {
      if (field === 'sources') continue;
      columns.set(field, cellType(node));
    }
    for (const column of SOURCE_COLUMNS) columns.set(column, 'string');
    return [section.name, columns] as const;
  }),
);

interface JsonSchemaNode {
  type?: string | string[];
  anyOf?: JsonSchemaNode[];
}

function cellType(node: JsonSchemaNode): CellType {
  const types = [node.type ?? [], ...(node.anyOf ?? []).map((n) => n.type ?? [])].flat();
  if (types.includes('integer')) return 'integer';
  if (types.includes('number')) return 'number';
  if (types.includes('boolean')) return 'boolean';
  return 'string';
}

/** A cell as the schema expects it; a cell that does not read as its type stays text, for zod to refuse. */
function readCell(type: CellType, cell: string): unknown {
  switch (type) {
    case 'number': case 'integer': {
      const number = Number(cell);
      return cell.trim() !== '' && Number.isFinite(number) ? number : cell;
    }
    case 'boolean': {
      const lower = cell.toLowerCase();
      return lower === 'true' ? true : lower === 'false' ? false : cell;
    }
    default: return cell;
  }
}

function recordOf(columns: ReadonlyMap<string, CellType>, row: Record<string, string>): Record<string, unknown> {
  const record: Record<string, unknown> = {};
  for (const [column, cell] of Object.entries(row)) {
    if (cell === '' || (SOURCE_COLUMNS as readonly string[]).includes(column)) continue;
    setOwn(record, column, readCell(columns.get(column) ?? 'string', cell));
  }
  const ref = row.sourceRef ?? '';
  const title = row.sourceTitle ?? '';
  if (ref !== '' || title !== '') record.sources = [{ ref, title }];
  return record;
}

/** The column a field path of the record schema comes from: `sources.0.title` is `sourceTitle`. */
function columnOf(path: string): string {
  const source = /^sources(?:\.\d+(?:\.(ref|title))?)?$/.exec(path);
  if (!source) return path;
  return source[1] === 'title' ? 'sourceTitle' : 'sourceRef';
}

function filesIn(folder: string): Array<{ name: string; path: string }> {
  const found: Array<{ name: string; path: string }> = [];
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith('.csv')) found.push({ name: entry.name, path: join(folder, entry.name) });
    if (entry.isDirectory() && entry.name === 'links') {
      for (const link of readdirSync(join(folder, 'links'), { withFileTypes: true })) {
        if (link.isFile() && link.name.endsWith('.csv')) found.push({ name: `links/${link.name}`, path: join(folder, 'links', link.name) });
      }
    }
  }
  return found.sort((a, b) => a.name.localeCompare(b.name));
}

/** A folder of CSV files, each parsed as a stream: one row in memory at a time. */
export function csvFolderSource(folder: string): BundleSource {
  if (!statSync(folder).isDirectory()) throw new Error(`${folder} is not a folder`);
  const name = basename(folder);
  const bySection = new Map([...SECTIONS.values()].map((section) => [csvFileOf(section), section]));
  return {
    name,
    format: 'csv',
    contentHash: () => hashFiles(filesIn(folder), true),
    fieldName: columnOf,
    placeOf: (section: Section, position?: number) => ({ file: csvFileOf(section), ...(position === undefined ? {} : { row: position }) }),
    async outline(): Promise<Problem[]> {
      const files = filesIn(folder);
      if (files.length === 0) return [noFiles(name)];
      return files.flatMap((file) => {
        const section = bySection.get(file.name);
        return section ? headerProblemsOf(file.path, file.name, section) : [unknownFile(file.name, bySection)];
      });
    },
    async *entries(sections: ReadonlySet<string>): AsyncGenerator<Entry> {
      const files = filesIn(folder);
      if (files.length === 0) {
        yield { type: 'problem', problem: noFiles(name) };
        return;
      }
      for (const file of files) {
        const section = bySection.get(file.name);
        if (!section) {
          yield { type: 'problem', problem: unknownFile(file.name, bySection) };
          continue;
        }
        if (sections.has(section.name)) yield* readFile(file.path, file.name, section);
      }
    },
  };
}

const noFiles = (folder: string) =>
  problemAt({ file: folder }, undefined, 'the folder has no CSV file: name them after the sections, like agencies.csv and links/PARTICIPATES_IN.csv');

function unknownFile(file: string, bySection: ReadonlyMap<string, Section>): Problem {
  const known = [...bySection.keys()];
  // A link file outside links/ (or an entity file inside it) is one folder off.
  const moved = [`links/${file}`, file.replace(/^links\//, '')].find((name) => bySection.has(name));
  const hint = moved ? `did you mean ${moved}? ` : didYouMean(file, known);
  return problemAt({ file }, undefined, `not a section of a bundle: ${hint}the files are ${known.join(', ')}`);
}

/** A problem for each column of the header that is not one of the section's. */
function headerProblems(file: string, header: readonly string[], columns: ReadonlyMap<string, CellType>): Problem[] {
  return header.filter((column) => !columns.has(column)).map((column) => {
    const tabs = column.includes('\t') ? 'separate the columns with commas or semicolons, not tabs; ' : '';
    return problemAt({ file, row: 1 }, column, `not a column of ${file}: ${tabs}${didYouMean(column, columns.keys())}the columns are ${[...columns.keys()].join(', ')}`);
  });
}

function headerProblemsOf(path: string, file: string, section: Section): Problem[] {
  const header = headerOf(path);
  return header ? headerProblems(file, header, COLUMNS.get(section.name)!) : [];
}

/** The file names a lone CSV file may have: a node section's (`partners.csv`) or a link kind's (`PARTICIPATES_IN.csv`). */
const SINGLE_FILE_SECTIONS: ReadonlyMap<string, Section> = new Map([...SECTIONS.values()].map((section) => [`${section.name}.csv`, section]));

/**
 * One CSV file, its section named by the file (partners.csv holds partners): for a bundle of
 * one section. Throws, in one line, when the name is not a section's.
 */
export function csvFileSource(path: string): BundleSource {
  const name = basename(path);
  const section = SINGLE_FILE_SECTIONS.get(name);
  if (!section) {
    const known = [...SINGLE_FILE_SECTIONS.keys()];
    const slip = closest(name, known);
    throw new Error(`${name} is not named after a section of a bundle: `
      + (slip ? `did you mean ${slip}? (a lone CSV file holds the section its name gives)` : `name it after the section it holds, one of ${known.join(', ')}`));
  }
  return {
    name,
    format: 'csv',
    contentHash: () => hashFiles([{ name, path }], false),
    fieldName: columnOf,
    placeOf: (_section: Section, position?: number) => ({ file: name, ...(position === undefined ? {} : { row: position }) }),
    outline: async () => headerProblemsOf(path, name, section),
    async *entries(sections: ReadonlySet<string>): AsyncGenerator<Entry> {
      if (sections.has(section.name)) yield* readFile(path, name, section);
    },
  };
}

async function* readFile(path: string, file: string, section: Section): AsyncGenerator<Entry> {
  const columns = COLUMNS.get(section.name)!;
  const found: Entry[] = [];
  const parser = createReadStream(path).pipe(parse({
    delimiter: sniffDelimiter(path),
    bom: true,
    trim: true,
    skip_empty_lines: true,
    info: true,
    columns: (header: string[]) => {
      for (const problem of headerProblems(file, header, columns)) found.push({ type: 'problem', problem });
      return header;
    },
  }));
  try {
    for await (const { record, info } of parser as AsyncIterable<{ record: Record<string, string>; info: { lines: number } }>) {
      if (found.length > 0) {
        yield* found;
        return;
      }
      yield { type: 'record', section, value: recordOf(columns, record), position: info.lines };
    }
    yield* found;
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    const line = (error as CsvError & { lines?: number }).lines;
    yield { type: 'problem', problem: problemAt({ file, ...(line ? { row: line } : {}) }, undefined, `not valid CSV: ${error.message}`) };
  }
}
