import { didYouMean } from '../didYouMean.js';
import type { Place, Problem } from '../problems.js';
import { SECTIONS, type Section } from '../sections.js';

/** One record of a bundle, with where it sits (its index in a JSON array, or its CSV line). */
export interface RecordEntry {
  readonly type: 'record';
  readonly section: Section;
  readonly value: unknown;
  readonly position: number;
}

/** Something wrong with the bundle's outline: an unknown section, a bad header, broken JSON. */
export interface ProblemEntry {
  readonly type: 'problem';
  readonly problem: Problem;
}

export type Entry = RecordEntry | ProblemEntry;

/**
 * A bundle to import: a JSON file, a folder of CSV files, or a bundle already in memory (the
 * importBundle mutation, the demo graph). It is read more than once (validation, then the
 * nodes, then the links), each time as a stream, so its size does not bound memory.
 */
export interface BundleSource {
  /** What the ImportRun records as the file name. */
  readonly name: string;
  readonly format: 'json' | 'csv' | 'object';
  /** SHA-256 of the bundle's bytes (for a folder: of each file's name and bytes, in name order). */
  contentHash(): Promise<string>;
  /** The records of the given sections, in the order the bundle holds them, and outline problems. */
  entries(sections: ReadonlySet<string>): AsyncIterable<Entry>;
  /** The field as this form of bundle names it, for a field path of the record schema (CSV: sourceRef for sources.0.ref). */
  fieldName?(path: string): string;
  /**
   * Problems in the bundle's outline found without reading it through (CSV: file names and
   * header rows), so that they are reported before a database is opened. The full read
   * (entries) finds them again, and everything else.
   */
  outline?(): Promise<Problem[]>;
  /** Names a record for a problem; without a position, the section (its file or JSON path). */
  placeOf(section: Section, position?: number): Place;
}

export function sectionPath(section: Section): string {
  return section.kind === 'link' ? `$.links.${section.name}` : `$.${section.name}`;
}

const ENTITY_NAMES = () => [...SECTIONS.values()].filter((s) => s.kind === 'entity').map((s) => s.name);
const LINK_NAMES = () => [...SECTIONS.values()].filter((s) => s.kind === 'link').map((s) => s.name);

/** Why a top-level key is refused (with the section it is a slip for, if any). */
export const NOT_A_SECTION = (key: string) =>
  `not a section of a bundle: ${didYouMean(key, [...ENTITY_NAMES(), 'links'])}the sections are ${ENTITY_NAMES().join(', ')} and links`;
/** Why a key of `links` is refused. */
export const NOT_A_LINK_KIND = (kind: string) => `not a kind of link: ${didYouMean(kind, LINK_NAMES())}the kinds are ${LINK_NAMES().join(', ')}`;
export const NOT_AN_OBJECT = 'a bundle is a JSON object whose keys are sections, like {"agencies": [...], "links": {...}}';
export const LINKS_NOT_AN_OBJECT = 'must be an object with one array per kind of link, like {"PARTICIPATES_IN": [...]}';
export const SECTION_NOT_AN_ARRAY = 'must be an array of records';

/**
 * `object[key] = value` as JSON.parse does it: always an own property. A plain assignment to
 * `__proto__` would instead set the object's prototype, so `{"__proto__": {"name": ...}}` would
 * pass the schema's strict check (no own key to refuse) and its contents be read as fields.
 */
export function setOwn(object: Record<string, unknown>, key: string, value: unknown): void {
  Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
}
