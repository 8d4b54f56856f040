import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUNDLE_SCHEMA_FILE, bundleJsonSchema } from '../../src/modules/import/jsonSchema.js';
import { ProblemList, formatProblem } from '../../src/modules/import/problems.js';
import { derivedLinks, keyOf, nodeRow } from '../../src/modules/import/rows.js';
import { SECTIONS, entitySection } from '../../src/modules/import/sections.js';
import { objectSource } from '../../src/modules/import/sources/object.js';

/** Pure parts of the bulk import: no database. */
describe('problems', () => {
  it('reads as file, place, field and reason', () => {
    expect(formatProblem({ file: 'b.json', path: '$.agencies[3]', field: 'kind', reason: 'must be one of A, B' }))
      .toBe('b.json $.agencies[3].kind: must be one of A, B');
    expect(formatProblem({ file: 'agencies.csv', row: 5, field: 'kind', reason: 'bad' })).toBe('agencies.csv row 5, kind: bad');
    expect(formatProblem({ file: 'folder', reason: 'no CSV file' })).toBe('folder: no CSV file');
  });

  it('keeps the first ones up to the limit and counts them all', () => {
    const list = new ProblemList(2);
    for (let i = 0; i < 5; i += 1) list.add({ file: 'f', reason: `r${i}` });
    expect(list.kept.map((p) => p.reason)).toEqual(['r0', 'r1']);
    expect([list.count, list.notShown]).toEqual([5, 3]);
  });
});

describe('rows', () => {
  it('give only the fields a record has, with sources as two lists and null kept (it removes)', () => {
    const row = nodeRow(entitySection('agencies'), { id: 'bkn', acronym: null, sources: [{ ref: 'r', title: 't' }] });
    expect(row).toEqual({ key: 'bkn', props: { acronym: null, sourceRefs: ['r'], sourceTitles: ['t'] } });
  });

  it('key a measurement by indicator, year and region ("ID" or none is national)', () => {
    const measurements = entitySection('measurements');
    expect(keyOf(measurements, { indicator: 'ikm', year: 2023, region: '32' })).toBe('ikm:2023:32');
    expect(keyOf(measurements, { indicator: 'ikm', year: 2023, region: 'ID' })).toBe('ikm:2023:ID');
    expect(keyOf(measurements, { indicator: 'ikm', year: 2023 })).toBe('ikm:2023:ID');
    expect(derivedLinks(measurements, { indicator: 'ikm', year: 2023 }).map((l) => l.relation)).toEqual(['HAS_MEASUREMENT']);
    expect(derivedLinks(measurements, { indicator: 'ikm', year: 2023, region: '32' }).map((l) => [l.relation, l.from, l.to]))
      .toEqual([['HAS_MEASUREMENT', 'ikm', 'ikm:2023:32'], ['MEASURED_IN', 'ikm:2023:32', '32']]);
  });
});

describe('an in-memory bundle', () => {
  it('yields its records in order and a problem for each unknown section or kind of link', async () => {
    const source = objectSource('mem', { version: 2, agencies: [{ id: 'a' }], teams: [], links: { HOLDS: [{ from: 'a', to: 'm' }], LIKES: [] } });
    const entries = [];
    for await (const entry of source.entries(new Set(SECTIONS.keys()))) {
      entries.push(entry.type === 'record' ? `${entry.section.name}[${entry.position}]` : `${entry.problem.path}.${entry.problem.field}`);
    }
    expect(entries).toEqual(['$.version', 'agencies[0]', '$.teams', 'HOLDS[0]', '$.links.LIKES']);
  });
});

describe('the JSON Schema of bundles', () => {
  it('is committed as generated from the zod schemas', () => {
    expect(readFileSync(BUNDLE_SCHEMA_FILE, 'utf8')).toBe(bundleJsonSchema());
  });
});
