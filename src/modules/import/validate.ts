import { z } from 'zod';
import type { Executor } from '../../db/executor.js';
import { defineQuery, perKey } from '../../db/query.js';
import { LABELS, type Label } from '../../model/labels.js';
import { RELATIONS } from '../../model/relations.js';
import { REGION_CODE_SHAPES, checkNode, type EditableLabel } from '../../model/validation.js';
import { closest } from './didYouMean.js';
import { ProblemList, problemAt, type Place } from './problems.js';
import { keyOf, measuredRegion } from './rows.js';
import { SECTIONS, requiredToCreate, type EntitySection, type LinkSection, type Section } from './sections.js';
import type { BundleSource } from './sources/source.js';

/** How many keys one existence check sends. */
const LOOKUP_BATCH = 5000;

export interface ValidationProgress {
  readonly phase: 'validate';
  readonly done: number;
}

export interface Validation {
  readonly problems: ProblemList;
  /** Records per section, for the write phase's progress. */
  readonly records: ReadonlyMap<string, number>;
  readonly total: number;
  /** Links that region and measurement records make (PART_OF, HAS_MEASUREMENT, MEASURED_IN). */
  readonly derivedLinks: number;
}

interface Reference {
  readonly section: Section;
  readonly position: number;
  readonly field: string;
  count: number;
}

interface Incomplete {
  readonly section: EntitySection;
  readonly position: number;
  readonly missing: readonly string[];
}

const missingQuery = perKey(Object.keys(LABELS) as Label[], (label) => defineQuery({
  file: new URL('./statements/missingKeys.cypher', import.meta.url), mode: 'READ',
  slots: { Label: label, key: LABELS[label].key },
  params: z.object({ keys: z.array(z.string()) }),
  row: z.object({ missing: z.array(z.string()) }),
}));

/** The keys among `keys` that no node of `label` has in the graph. */
async function missingInGraph(db: Executor, label: Label, keys: readonly string[]): Promise<Set<string>> {
  const query = missingQuery(label);
  const missing = new Set<string>();
  for (let start = 0; start < keys.length; start += LOOKUP_BATCH) {
    const [row] = await query.run(db, { keys: keys.slice(start, start + LOOKUP_BATCH) });
    for (const key of row?.missing ?? []) missing.add(key);
  }
  return missing;
}

/** The code of the region one level up, which an official code extends: "32.73" is in "32". */
function enclosingCode(code: string): string | null {
  if (code === 'ID') return null;
  return /^\d{2}$/.test(code) ? 'ID' : code.slice(0, code.lastIndexOf('.'));
}

function reasonOf(issue: z.core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.message.endsWith('received undefined')) return 'is required';
  if (issue.code === 'unrecognized_keys') return 'is not a field of this section';
  if (issue.code === 'invalid_type' && issue.path.length === 0) return `a record must be an object (${issue.message.replace(/^Invalid input: /, '')})`;
  return issue.message.replace(/^Invalid input: /, '');
}

/**
 * The first pass over a bundle: every record checked against its section's schema, keys and
 * link pairs checked for duplicates, every reference resolved in the bundle or, failing that,
 * in the graph. Reads the bundle as a stream; memory holds the keys, not the records.
 */
export class BundleValidator {
  private readonly problems: ProblemList;
  private readonly keys = new Map<Label, Map<string, number>>();
  private readonly pairs = new Map<string, Map<string, number>>();
  private readonly parents = new Map<string, Map<string, number>>();
  private readonly unresolved = new Map<Label, Map<string, Reference>>();
  private readonly incomplete = new Map<Label, Map<string, Incomplete>>();
  private readonly records = new Map<string, number>();
  private total = 0;
  private derivedLinks = 0;

  constructor(private readonly source: BundleSource, maxProblems: number) {
    this.problems = new ProblemList(maxProblems);
  }

  async run(db: Executor, onProgress?: (progress: ValidationProgress) => void): Promise<Validation> {
    for await (const entry of this.source.entries(new Set(SECTIONS.keys()))) {
      if (entry.type === 'problem') {
        this.problems.add(entry.problem);
        continue;
      }
      this.total += 1;
      this.records.set(entry.section.name, (this.records.get(entry.section.name) ?? 0) + 1);
      this.check(entry.section, entry.value, entry.position);
      if (onProgress && this.total % 1000 === 0) onProgress({ phase: 'validate', done: this.total });
    }
    onProgress?.({ phase: 'validate', done: this.total });
    if (this.total === 0 && this.problems.count === 0) {
      this.problems.add(problemAt({ file: this.source.name }, undefined, 'the bundle holds no record: nothing to import'));
    }
    await this.resolveInGraph(db);
    return { problems: this.problems, records: this.records, total: this.total, derivedLinks: this.derivedLinks };
  }

  private place(section: Section, position: number): Place {
    return this.source.placeOf(section, position);
  }

  private problem(section: Section, position: number, field: string | undefined, reason: string): void {
    const named = field === undefined ? undefined : this.source.fieldName?.(field) ?? field;
    this.problems.add(problemAt(this.place(section, position), named, reason));
  }

  private check(section: Section, value: unknown, position: number): void {
    const parsed = section.schema.safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const fields = issue.code === 'unrecognized_keys' ? issue.keys : [issue.path.map(String).join('.') || undefined];
        for (const field of fields) {
          const slip = issue.code === 'unrecognized_keys' && field !== undefined ? closest(field, Object.keys(section.schema.shape)) : undefined;
          this.problem(section, position, field, reasonOf(issue) + (slip === undefined ? '' : `: did you mean ${slip}?`));
        }
      }
      return;
    }
    const record = parsed.data as Record<string, unknown>;
    if (section.kind === 'entity') this.checkNode(section, record, position);
    else this.checkLink(section, record, position);
  }

  private checkNode(section: EntitySection, record: Record<string, unknown>, position: number): void {
    const key = keyOf(section, record);
    const keys = this.keys.get(section.label) ?? new Map<string, number>();
    this.keys.set(section.label, keys);
    const first = keys.get(key);
    if (first !== undefined) {
      const at = this.place(section, first);
      const field = section.keyField ?? 'indicator';
      this.problem(section, position, field, `duplicate ${LABELS[section.label].key} '${key}': the bundle has it already at ${at.path ?? `row ${at.row}`}`);
      return;
    }
    keys.set(key, position);

    const missing = requiredToCreate(section, record).filter((field) => record[field] === undefined);
    if (missing.length > 0) {
      const waiting = this.incomplete.get(section.label) ?? new Map<string, Incomplete>();
      waiting.set(key, { section, position, missing });
      this.incomplete.set(section.label, waiting);
    }

    if (section.label === 'Region') this.checkRegion(section, record, position);
    else if (section.label === 'Measurement') this.checkMeasurement(section, record, position);
    else {
      for (const issue of checkNode(section.label as EditableLabel, record, Object.keys(record))) {
        this.problem(section, position, issue.field, issue.message);
      }
    }
  }

  private checkRegion(section: EntitySection, record: Record<string, unknown>, position: number): void {
    const code = record.code as string;
    const level = record.level as keyof typeof REGION_CODE_SHAPES | undefined;
    if (level !== undefined && !REGION_CODE_SHAPES[level].pattern.test(code)) {
      this.problem(section, position, 'level', `a ${level} has a code like "${REGION_CODE_SHAPES[level].example}", not "${code}"`);
    }
    const parent = record.parent as string | undefined;
    if (parent === undefined) return;
    const expected = enclosingCode(code);
    if (parent !== expected) {
      this.problem(section, position, 'parent', expected === null
        ? 'the country ("ID") has no parent'
        : `must be "${expected}": an official code extends its parent's ("${code}" is in "${expected}")`);
      return;
    }
    this.reference('Region', parent, section, position, 'parent');
    this.derivedLinks += 1;
  }

  private checkMeasurement(section: EntitySection, record: Record<string, unknown>, position: number): void {
    const { target, actual } = record;
    if (target === undefined && actual === undefined) this.problem(section, position, 'target', 'give a target, an actual or both');
    else if (target === null && actual === null) this.problem(section, position, 'target', 'a measurement needs a target or an actual; both are null');
    this.reference('Indicator', record.indicator as string, section, position, 'indicator');
    const region = measuredRegion(record.region as string | null | undefined);
    if (region !== null) this.reference('Region', region, section, position, 'region');
    this.derivedLinks += region === null ? 1 : 2;
  }

  private checkLink(section: LinkSection, record: Record<string, unknown>, position: number): void {
    const spec = RELATIONS[section.relation];
    const from = record.from as string;
    const to = record.to as string;
    const pairs = this.pairs.get(section.name) ?? new Map<string, number>();
    this.pairs.set(section.name, pairs);
    const pair = `${from}\u0000${to}`;
    const first = pairs.get(pair);
    if (first !== undefined) {
      const at = this.place(section, first);
      this.problem(section, position, 'to', `duplicate link ${from} -> ${to}: the bundle has it already at ${at.path ?? `row ${at.row}`}`);
      return;
    }
    pairs.set(pair, position);
    if ('acyclic' in spec && from === to) {
      this.problem(section, position, 'to', `a ${spec.from} cannot be linked to itself by ${section.name}`);
      return;
    }
    if ('single' in spec) {
      const parents = this.parents.get(section.name) ?? new Map<string, number>();
      this.parents.set(section.name, parents);
      const earlier = parents.get(from);
      if (earlier !== undefined) {
        const at = this.place(section, earlier);
        this.problem(section, position, 'from', `a ${spec.from} has one parent; ${from} is given another at ${at.path ?? `row ${at.row}`}`);
      }
      parents.set(from, position);
    }
    this.reference(spec.from, from, section, position, 'from');
    this.reference(spec.to, to, section, position, 'to');
  }

  /** Notes a reference; one to a key the bundle has already given needs no further check. */
  private reference(label: Label, key: string, section: Section, position: number, field: string): void {
    if (this.keys.get(label)?.has(key)) return;
    const refs = this.unresolved.get(label) ?? new Map<string, Reference>();
    this.unresolved.set(label, refs);
    const known = refs.get(key);
    if (known) known.count += 1;
    else refs.set(key, { section, position, field, count: 1 });
  }

  /** References the bundle does not satisfy, and records too incomplete to create a node, against the graph. */
  private async resolveInGraph(db: Executor): Promise<void> {
    for (const [label, refs] of this.unresolved) {
      const inBundle = this.keys.get(label);
      const open = [...refs.keys()].filter((key) => !inBundle?.has(key));
      const missing = await missingInGraph(db, label, open);
      for (const key of missing) {
        const ref = refs.get(key)!;
        const more = ref.count > 1 ? ` (and ${ref.count - 1} more references to it)` : '';
        this.problem(ref.section, ref.position, ref.field, `no ${label} '${key}' in the bundle or in the graph${more}`);
      }
    }
    for (const [label, waiting] of this.incomplete) {
      const missing = await missingInGraph(db, label, [...waiting.keys()]);
      for (const key of missing) {
        const record = waiting.get(key)!;
        this.problem(record.section, record.position, record.missing[0],
          `is required to create ${label} '${key}', which is not in the graph (missing: ${record.missing.join(', ')})`);
      }
    }
  }
}
