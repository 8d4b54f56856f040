import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importBundle, type ImportOptions } from '../../src/modules/import/importBundle.js';
import type { Problem } from '../../src/modules/import/problems.js';
import { openBundle } from '../../src/modules/import/sources/open.js';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { dump, importRunCount, scratch, seedBase, type Dump } from './helpers.js';

let db: TestDatabase;
let before: Dump;
const files = scratch('errors');

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await seedBase(db);
  before = await dump(db);
});

afterAll(async () => {
  files.cleanup();
  await db.close();
});

const indicator = { id: 'indeks-spbe', name: 'Indeks SPBE', unit: 'index', direction: 'HIGHER_IS_BETTER' };
const program = { id: 'spbe', name: 'SPBE', track: 'RB_GENERAL', status: 'ACTIVE' };

/** Imports a bundle that must be refused, checks that nothing was written, and returns its problems. */
async function refused(path: string, options: ImportOptions = {}) {
  const report = await importBundle(db.executor, openBundle(path), options);
  expect(report.status).toBe('INVALID');
  expect(report.runId).toBeNull();
  expect(report.nodes).toEqual({});
  expect(report.problems.length).toBeGreaterThan(0);
  for (const problem of report.problems) expect(problem.reason.length).toBeGreaterThan(3);
  expect(await importRunCount(db)).toBe(0);
  expect(await dump(db)).toEqual(before);
  return report;
}

const json = async (name: string, bundle: unknown) => (await refused(files.json(name, bundle))).problems;

describe('a JSON bundle with a problem is refused, says where, and writes nothing', () => {
  it('an unknown enum value', async () => {
    const problems = await json('enum.json', { agencies: [{ id: 'bkn', name: 'BKN', kind: 'MINSTRY', level: 'NATIONAL' }] });
    expect(problems).toEqual([{ file: 'enum.json', path: '$.agencies[0]', field: 'kind', reason: expect.stringMatching(/^must be one of MINISTRY, /) }]);
  });

  it('a year out of range', async () => {
    const problems = await json('year.json', {
      indicators: [indicator],
      programs: [{ ...program, startYear: 1900 }],
      measurements: [{ indicator: 'indeks-spbe', year: 20234, target: 1 }],
    });
    expect(problems).toEqual([
      { file: 'year.json', path: '$.programs[0]', field: 'startYear', reason: 'must be a year from 1945 to 2100' },
      { file: 'year.json', path: '$.measurements[0]', field: 'year', reason: 'must be a year from 1945 to 2100' },
    ]);
  });

  it('a region code that is neither in the bundle nor in the graph', async () => {
    const problems = await json('region.json', {
      indicators: [indicator],
      measurements: [{ indicator: 'indeks-spbe', year: 2023, region: '33', target: 1 }, { indicator: 'indeks-spbe', year: 2023, region: '32', target: 1 }],
    });
    expect(problems).toEqual([{ file: 'region.json', path: '$.measurements[0]', field: 'region', reason: "no Region '33' in the bundle or in the graph" }]);
  });

  it('a link to an id that is neither in the bundle nor in the graph', async () => {
    const problems = await json('link.json', {
      links: { PARTICIPATES_IN: [{ from: 'kementerian-panrb', to: 'ghost-program', role: 'LEAD' }, { from: 'ghost-agency', to: 'ghost-program', role: 'LEAD' }] },
    });
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ file: 'link.json', path: '$.links.PARTICIPATES_IN[0]', field: 'to', reason: "no Program 'ghost-program' in the bundle or in the graph (and 1 more references to it)" });
    expect(problems).toContainEqual({ file: 'link.json', path: '$.links.PARTICIPATES_IN[1]', field: 'from', reason: "no Agency 'ghost-agency' in the bundle or in the graph" });
  });

  it('a duplicate id', async () => {
    const agency = { id: 'bkn', name: 'BKN', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL' };
    const problems = await json('dup.json', { agencies: [agency, { ...agency, name: 'BKN again' }] });
    expect(problems).toEqual([{ file: 'dup.json', path: '$.agencies[1]', field: 'id', reason: expect.stringMatching(/^duplicate id 'bkn'.*\$\.agencies\[0\]/) }]);
  });

  it('a duplicate link', async () => {
    const problems = await json('duplink.json', {
      programs: [program],
      links: { PARTICIPATES_IN: [{ from: 'kementerian-panrb', to: 'spbe', role: 'LEAD' }, { from: 'kementerian-panrb', to: 'spbe', role: 'FUNDER' }] },
    });
    expect(problems).toEqual([{ file: 'duplink.json', path: '$.links.PARTICIPATES_IN[1]', field: 'to', reason: expect.stringMatching(/^duplicate link kementerian-panrb -> spbe/) }]);
  });

  it('an unknown field', async () => {
    const problems = await json('field.json', { agencies: [{ id: 'kementerian-panrb', colour: 'red' }] });
    expect(problems).toEqual([{ file: 'field.json', path: '$.agencies[0]', field: 'colour', reason: 'is not a field of this section' }]);
  });

  it('an unknown section, link kind or header value', async () => {
    const problems = await json('section.json', { agencys: [], links: { KNOWS: [] }, version: 2 });
    expect(problems).toEqual([
      { file: 'section.json', path: '$', field: 'agencys', reason: expect.stringMatching(/^not a section of a bundle: did you mean agencies\? the sections are agencies, /) },
      { file: 'section.json', path: '$.links', field: 'KNOWS', reason: expect.stringMatching(/^not a kind of link: the kinds are HOLDS, /) },
      { file: 'section.json', path: '$', field: 'version', reason: expect.any(String) },
    ]);
    const slips = await json('slips.json', { links: { PARTICIPATE_IN: [] }, partners: [{ id: 'x', nmae: 'X', helix: 'MEDIA' }] });
    expect(slips).toEqual([
      { file: 'slips.json', path: '$.links', field: 'PARTICIPATE_IN', reason: expect.stringMatching(/^not a kind of link: did you mean PARTICIPATES_IN\? /) },
      { file: 'slips.json', path: '$.partners[0]', field: 'nmae', reason: 'is not a field of this section: did you mean name?' },
    ]);
  });

  it('a new node without the fields creating it needs', async () => {
    const problems = await json('partial.json', { agencies: [{ id: 'new-agency', name: 'New agency' }] });
    expect(problems).toEqual([{
      file: 'partial.json', path: '$.agencies[0]', field: 'kind',
      reason: "is required to create Agency 'new-agency', which is not in the graph (missing: kind, level)",
    }]);
  });

  it('malformed JSON, named by its line', async () => {
    const problems = await json('broken.json', '{"agencies": [{"id": "bkn",, }]}');
    expect(problems).toEqual([{ file: 'broken.json', path: '$', reason: expect.stringMatching(/^not valid JSON .* on line 1$/) }]);
    const later = await json('broken-later.json', '{\n  "agencies": [\n    {"id": "a"},\n    {"id": "b",, }\n  ]\n}\n');
    // The records read before the break are checked too: "a" lacks the fields to create it.
    expect(later).toContainEqual({ file: 'broken-later.json', path: '$', reason: expect.stringMatching(/^not valid JSON .* on line 4$/) });
  });

  it('CSV in a file not named .csv: not valid JSON, and the hint to name it after its section', async () => {
    const problems = await json('partners.txt', 'id;name;helix\nx;X;MEDIA\n');
    expect(problems).toEqual([{ file: 'partners.txt', path: '$', reason: expect.stringMatching(/^not valid JSON .* on line 1: is it CSV\? name a CSV file after its section, like partners\.csv$/) }]);
  });

  it('an empty bundle', async () => {
    expect(await json('empty.json', {})).toEqual([{ file: 'empty.json', reason: 'the bundle holds no record: nothing to import' }]);
  });

  it('records that are not objects', async () => {
    const problems = await json('records.json', { agencies: [5, null, []] });
    expect(problems.map((p) => [p.path, p.field])).toEqual([['$.agencies[0]', undefined], ['$.agencies[1]', undefined], ['$.agencies[2]', undefined]]);
    for (const problem of problems) expect(problem.reason).toMatch(/^a record must be an object/);
  });

  it('a file cut short', async () => {
    const problems = await json('short.json', '{"agencies": [');
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ file: 'short.json', path: '$' });
  });

  it('several problems, all reported at once', async () => {
    const problems = await json('many.json', {
      agencies: [{ id: 'bkn', name: 'BKN', kind: 'NOPE', level: 'NATIONAL' }, { id: 'Bad Id', name: 'x', kind: 'OTHER', level: 'LOCAL' }],
      programs: [{ ...program, endYear: 3000 }],
      links: { ADDRESSES: [{ from: 'spbe', to: 'ghost-theme' }] },
    });
    expect(problems.map((p) => `${p.path} ${p.field}`)).toEqual([
      '$.agencies[0] kind', '$.agencies[1] id', '$.programs[0] endYear',
      // The refused program does not count as given, so the link's start is unresolved too.
      '$.links.ADDRESSES[0] from', '$.links.ADDRESSES[0] to',
    ]);
  });
});

describe('a CSV bundle with a problem is refused, says which row, and writes nothing', () => {
  const csv = async (name: string, content: Record<string, string>, options?: ImportOptions) => refused(files.csv(name, content), options);
  const byRow = (problems: readonly Problem[]) => problems.map(({ file, row, field }) => ({ file, row, field }));

  it('an unknown column (the header is row 1)', async () => {
    const { problems } = await csv('column', { 'agencies.csv': 'id,name,kind,level,colour\nbkn,BKN,OTHER,NATIONAL,red\n' });
    expect(problems).toEqual([{ file: 'agencies.csv', row: 1, field: 'colour', reason: expect.stringMatching(/^not a column of agencies\.csv/) }]);
  });

  it('a source without its title, named by its column', async () => {
    const { problems } = await csv('source', { 'agencies.csv': 'id,name,kind,level,sourceRef,sourceTitle\nbkn,BKN,OTHER,NATIONAL,https://bkn.go.id,\n' });
    expect(byRow(problems)).toEqual([{ file: 'agencies.csv', row: 2, field: 'sourceTitle' }]);
  });

  it('a row with more cells than the header has columns', async () => {
    const { problems } = await csv('length', { 'agencies.csv': 'id,name\nkementerian-panrb,PANRB\nkementerian-panrb,PANRB,extra\n' });
    expect(problems).toEqual([{ file: 'agencies.csv', row: 3, reason: expect.stringMatching(/^not valid CSV: /) }]);
  });

  it('a cell of the wrong type', async () => {
    const { problems } = await csv('types', {
      'programs.csv': 'id,name,track,status,startYear\nspbe,SPBE,RB_GENERAL,ACTIVE,2020\nother,Other,OTHER,ACTIVE,twenty\n',
      'regions.csv': 'code,name,level,parent,isCity\n32.73,Kota Bandung,REGENCY,32,yes\n',
    });
    expect(byRow(problems)).toEqual([
      { file: 'programs.csv', row: 3, field: 'startYear' },
      { file: 'regions.csv', row: 2, field: 'isCity' },
    ]);
    for (const problem of problems) expect(problem.reason).toMatch(/expected (number|boolean)/);
  });

  it('enum, year, missing region and link problems, each at its row', async () => {
    const { problems } = await csv('mixed', {
      'agencies.csv': 'id,name,kind,level\nbkn,BKN,OTHER,GLOBAL\n',
      'indicators.csv': 'id,name,unit,direction\nindeks-spbe,Indeks SPBE,index,HIGHER_IS_BETTER\n',
      'measurements.csv': 'indicator,year,region,target\nindeks-spbe,2023,32,1\nindeks-spbe,20234,32,1\nindeks-spbe,2024,35,1\n',
      'links/HOLDS.csv': 'from,to\nkementerian-panrb,ghost-mandate\n',
      'notes.csv': 'a\n1\n',
    });
    expect(byRow(problems)).toEqual(expect.arrayContaining([
      { file: 'agencies.csv', row: 2, field: 'level' },
      { file: 'measurements.csv', row: 3, field: 'year' },
      { file: 'measurements.csv', row: 4, field: 'region' },
      { file: 'links/HOLDS.csv', row: 2, field: 'to' },
      { file: 'notes.csv', row: undefined, field: undefined },
    ]));
    expect(problems).toHaveLength(5);
  });

  it('keeps maxProblems problems and counts them all', async () => {
    const rows = Array.from({ length: 250 }, (_, i) => `agency-${i},Agency ${i},NOT_A_KIND,NATIONAL`);
    const report = await csv('many', { 'agencies.csv': ['id,name,kind,level', ...rows].join('\n') }, { maxProblems: 10 });
    expect(report.problemCount).toBe(250);
    expect(report.problems).toHaveLength(10);
    expect(report.problems.map((p) => p.row)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(report.problems.every((p) => p.field === 'kind')).toBe(true);
  });
});

describe('a partial record', () => {
  it('updates a node the graph has, when a new one would be refused', async () => {
    const report = await importBundle(db.executor, openBundle(files.json('rename.json', { agencies: [{ id: 'kementerian-panrb', name: 'Kementerian PAN-RB' }] })));
    expect(report.problems).toEqual([]);
    expect(report.status).toBe('IMPORTED');
    expect(report.nodes).toEqual({ Agency: { created: 0, updated: 1, unchanged: 0 } });
    const [agency] = await db.cypher<{ a: Record<string, unknown> }>("MATCH (a:Agency {id: 'kementerian-panrb'}) RETURN properties(a) AS a");
    expect(agency!.a).toEqual({ id: 'kementerian-panrb', name: 'Kementerian PAN-RB', kind: 'MINISTRY', level: 'NATIONAL' });
  });
});
