import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { testApi, type TestApi } from '../support/api.js';
import { loadFixture } from '../support/fixture.js';

/**
 * Every mutation against the real database. Each test starts from the fixture of
 * test/support/fixture.ts and reads the graph back with Cypher to check what was written.
 */

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  db = await testDatabase();
  api = await testApi(db.executor);
});

afterAll(async () => {
  await api.stop();
  await db.close();
});

beforeEach(async () => {
  await db.wipe();
  await loadFixture(db);
});

// ---------------------------------------------------------------------------------------------
// Helpers

type Props = Record<string, unknown>;

/** Key order of a property map is not fixed; this string is. */
const stable = (value: Props) => JSON.stringify(Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b))));

interface GraphState {
  nodeCount: number;
  relationshipCount: number;
  nodes: string[];
  relationships: string[];
}

/** The whole graph: counts, and every node and relationship with its properties. */
async function graphState(): Promise<GraphState> {
  const [{ nodeCount }] = (await db.cypher<{ nodeCount: number }>('MATCH (n) RETURN count(n) AS nodeCount')) as [{ nodeCount: number }];
  const [{ relationshipCount }] = (await db.cypher<{ relationshipCount: number }>(
    'MATCH ()-[r]->() RETURN count(r) AS relationshipCount',
  )) as [{ relationshipCount: number }];
  const nodes = await db.cypher<{ labels: string[]; props: Props }>('MATCH (n) RETURN labels(n) AS labels, properties(n) AS props');
  const relationships = await db.cypher<{ type: string; from: string; to: string; props: Props }>(`
    MATCH (a)-[r]->(b)
    RETURN type(r) AS type, coalesce(a.id, a.code) AS from, coalesce(b.id, b.code) AS to, properties(r) AS props
  `);
  return {
    nodeCount,
    relationshipCount,
    nodes: nodes.map((n) => `${[...n.labels].sort().join(':')} ${stable(n.props)}`).sort(),
    relationships: relationships.map((r) => `${r.from} -[${r.type} ${stable(r.props)}]-> ${r.to}`).sort(),
  };
}

async function counts() {
  const state = await graphState();
  return { nodes: state.nodeCount, relationships: state.relationshipCount };
}

/** The stored properties of the node with this label and key, or null. */
async function stored(label: string, key: string): Promise<Props | null> {
  const keyName = label === 'Region' ? 'code' : 'id';
  const rows = await db.cypher<{ props: Props }>(`MATCH (n:${label} {${keyName}: $key}) RETURN properties(n) AS props`, { key });
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0]?.props ?? null;
}

async function countOf(query: string, params: Props = {}): Promise<number> {
  const rows = await db.cypher<{ n: number }>(query, params);
  expect(rows).toHaveLength(1);
  return rows[0]!.n;
}

/**
 * Runs an operation that must fail with one error of `code` naming `field`, and checks that
 * the graph is exactly as it was before.
 */
async function expectFailure(query: string, variables: Props, code: string, field: string | undefined) {
  const before = await graphState();
  const result = await api.run(query, variables);
  expect(result.errors, JSON.stringify(result.data)).toHaveLength(1);
  const error = result.errors![0]!;
  expect(error.extensions?.code, error.message).toBe(code);
  expect(error.extensions?.field, error.message).toBe(field);
  expect(result.data ?? null).toBeNull();
  expect(await graphState()).toEqual(before);
  return error;
}

const SOURCE_FIELDS = 'sources { ref title synthetic }';

// ---------------------------------------------------------------------------------------------
// create / update / delete, for every label

interface EntityCase {
  label: string;
  /** The GraphQL type's name in mutations: createX, updateX, deleteX. */
  type: string;
  /** The query field reading one node. */
  query: string;
  /** The key argument's name (id, or code for Region). */
  keyArg: 'id' | 'code';
  fields: string;
  create: Props;
  /** A fixture node, its fields as the API returns them, and one field changed by an update. */
  existing: string;
  existingFields: Props;
  change: Props;
  /** An optional field that `null` removes, with a value to set first (none for some labels). */
  optional?: [string, unknown];
  /** A required field that refuses null. */
  required: string;
  /** How many relationships the existing node has in the fixture (its measurements' ones included). */
  relationships: number;
  /** How many nodes deleting it removes (itself, and its measurements for an indicator). */
  nodesRemoved: number;
}

const fixtureSources = [{ ref: 'test', title: 'test fixture', synthetic: false }];

const ENTITIES: EntityCase[] = [
  {
    label: 'Agency', type: 'Agency', query: 'agency', keyArg: 'id', fields: 'id name acronym kind level',
    create: { id: 'bappenas', name: 'Kementerian PPN/Bappenas', acronym: 'BAPPENAS', kind: 'MINISTRY', level: 'NATIONAL' },
    existing: 'bkn',
    existingFields: { id: 'bkn', name: 'Badan Kepegawaian Negara', acronym: 'BKN', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL' },
    change: { name: 'Badan Kepegawaian Negara RI' },
    optional: ['acronym', 'BKN-RI'], required: 'name',
    // anri: PARTICIPATES_IN x2, HOLDS
    relationships: 3, nodesRemoved: 1,
  },
  {
    label: 'Mandate', type: 'Mandate', query: 'mandate', keyArg: 'id', fields: 'id title legalBasis',
    create: { id: 'mandat-bkn-asn', title: 'Manajemen ASN', legalBasis: 'UU 20/2023 Pasal 26' },
    existing: 'mandat-anri-arsip',
    existingFields: { id: 'mandat-anri-arsip', title: 'Digitalisasi arsip terintegrasi SPBE', legalBasis: null },
    change: { title: 'Digitalisasi arsip nasional' },
    optional: ['legalBasis', 'Arahan butir 3'], required: 'title',
    // HOLDS, GRANTED_BY, CONCERNS, FULFILLS
    relationships: 4, nodesRemoved: 1,
  },
  {
    label: 'Regulation', type: 'Regulation', query: 'regulation', keyArg: 'id', fields: 'id title kind number year',
    create: { id: 'uu-20-2023', title: 'Undang-Undang Aparatur Sipil Negara', kind: 'LAW', number: '20', year: 2023 },
    existing: 'arahan-menpanrb',
    existingFields: { id: 'arahan-menpanrb', title: 'Arahan Menteri PANRB', kind: 'DIRECTIVE', number: null, year: null },
    change: { kind: 'MINISTERIAL_REGULATION' },
    optional: ['year', 2022], required: 'title',
    // GRANTED_BY
    relationships: 1, nodesRemoved: 1,
  },
  {
    label: 'Program', type: 'Program', query: 'program', keyArg: 'id', fields: 'id name description track status startYear endYear',
    create: {
      id: 'mal-pelayanan-publik', name: 'Mal Pelayanan Publik', description: 'Layanan terpadu satu pintu',
      track: 'RB_THEMATIC', status: 'PLANNED', startYear: 2024, endYear: 2026,
    },
    existing: 'spbe',
    existingFields: {
      id: 'spbe', name: 'Sistem Pemerintahan Berbasis Elektronik', description: null,
      track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2018, endYear: 2025,
    },
    change: { status: 'COMPLETED' },
    optional: ['endYear', 2030], required: 'track',
    // PARTICIPATES_IN x2, ADDRESSES, COVERS, PARTNERS_IN, MEASURED_BY
    relationships: 6, nodesRemoved: 1,
  },
  {
    label: 'Theme', type: 'Theme', query: 'theme', keyArg: 'id', fields: 'id name description',
    create: { id: 'investasi', name: 'Peningkatan Investasi', description: 'RB tematik: investasi' },
    existing: 'kemiskinan',
    existingFields: { id: 'kemiskinan', name: 'Pengurangan Kemiskinan', description: null },
    change: { name: 'Penanggulangan Kemiskinan' },
    optional: ['description', 'RB tematik: kemiskinan'], required: 'name',
    // digitalisasi: PART_OF out, PART_OF in, ADDRESSES in
    relationships: 3, nodesRemoved: 1,
  },
  {
    label: 'Indicator', type: 'Indicator', query: 'indicator', keyArg: 'id', fields: 'id name unit direction',
    create: { id: 'tingkat-kemiskinan', name: 'Tingkat Kemiskinan', unit: 'percent', direction: 'LOWER_IS_BETTER' },
    existing: 'indeks-spbe',
    existingFields: { id: 'indeks-spbe', name: 'Indeks SPBE', unit: 'index', direction: 'HIGHER_IS_BETTER' },
    change: { unit: 'score' },
    required: 'unit',
    // MEASURED_BY, HAS_MEASUREMENT x2, and the 2024 measurement's MEASURED_IN
    relationships: 4, nodesRemoved: 3,
  },
  {
    label: 'Partner', type: 'Partner', query: 'partner', keyArg: 'id', fields: 'id name helix',
    create: { id: 'universitas-b', name: 'Universitas B', helix: 'ACADEMIA' },
    existing: 'startup-a',
    existingFields: { id: 'startup-a', name: 'Startup A', helix: 'INDUSTRY' },
    change: { helix: 'MEDIA' },
    required: 'helix',
    // PARTNERS_IN
    relationships: 1, nodesRemoved: 1,
  },
  {
    label: 'Forum', type: 'Forum', query: 'forum', keyArg: 'id', fields: 'id name kind year place',
    create: { id: 'rbxperience-2024', name: 'RBXperience 2024', kind: 'EVENT', year: 2024, place: 'Jakarta' },
    existing: 'paguyuban',
    existingFields: { id: 'paguyuban', name: 'Paguyuban', kind: 'COMMUNITY', year: null, place: null },
    change: { kind: 'MEETING' },
    optional: ['place', 'Yogyakarta'], required: 'kind',
    // MEMBER_OF x2
    relationships: 2, nodesRemoved: 1,
  },
  {
    label: 'Region', type: 'Region', query: 'region', keyArg: 'code', fields: 'code name level isCity',
    create: { code: '32.73.01', name: 'Bandung Kulon', level: 'DISTRICT', parent: '32.73' },
    existing: '11.01',
    existingFields: { code: '11.01', name: 'KABUPATEN ACEH SELATAN', level: 'REGENCY', isCity: false },
    change: { name: 'KAB. ACEH SELATAN' },
    optional: ['isCity', true], required: 'name',
    // 32.73: PART_OF, JURISDICTION in, COVERS in
    relationships: 3, nodesRemoved: 1,
  },
];

/** The fixture node each entity's delete test removes, with its relationships. */
const DELETED: Record<string, string> = {
  Agency: 'anri', Mandate: 'mandat-anri-arsip', Regulation: 'arahan-menpanrb', Program: 'spbe', Theme: 'digitalisasi',
  Indicator: 'indeks-spbe', Partner: 'startup-a', Forum: 'paguyuban', Region: '32.73',
};

describe.each(ENTITIES)('$label mutations', (entity) => {
  const { type, query, keyArg, fields } = entity;
  const keyType = 'ID!';
  const create = `mutation($input: Create${type}Input!) { create${type}(input: $input) { ${fields} ${SOURCE_FIELDS} } }`;
  const update = `mutation($key: ${keyType}, $input: Update${type}Input!) { update${type}(${keyArg}: $key, input: $input) { ${fields} ${SOURCE_FIELDS} } }`;
  const remove = `mutation($key: ${keyType}) { delete${type}(${keyArg}: $key) { deleted id } }`;
  const read = `query($key: ${keyType}) { node: ${query}(${keyArg}: $key) { ${fields} ${SOURCE_FIELDS} } }`;
  const key = (entity.create[keyArg] as string);

  it('creates a node readable by query, with its sources', async () => {
    const before = await counts();
    const sources = [{ ref: '001_f42d7ce569d11d9e.txt', title: 'Berita Reformasi Birokrasi' }];
    const data = await api.ok(create, { input: { ...entity.create, sources } });
    const { parent: _parent, ...expected } = entity.create;
    const withSources = { ...expected, ...(type === 'Region' ? { isCity: null } : {}), sources: [{ ...sources[0], synthetic: false }] };
    // Optional fields left out come back as null.
    expect(data[`create${type}`]).toEqual(withSources);
    expect((await api.ok(read, { key })).node).toEqual(withSources);

    const props = await stored(entity.label, key);
    expect(props).toMatchObject({ ...expected, sourceRefs: ['001_f42d7ce569d11d9e.txt'], sourceTitles: ['Berita Reformasi Birokrasi'] });
    const after = await counts();
    // One node; a region also gets its PART_OF link to the parent.
    expect(after).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + (type === 'Region' ? 1 : 0) });
  });

  it('trims text and marks a synthetic source', async () => {
    const nameField = 'name' in entity.create ? 'name' : 'title';
    const input = { ...entity.create, [nameField]: `  ${entity.create[nameField] as string}  `, sources: [{ ref: 'synthetic', title: 'Demo data' }] };
    const data = await api.ok(create, { input });
    expect(data[`create${type}`][nameField]).toBe(entity.create[nameField]);
    expect(data[`create${type}`].sources).toEqual([{ ref: 'synthetic', title: 'Demo data', synthetic: true }]);
    expect((await stored(entity.label, key))![nameField]).toBe(entity.create[nameField]);
  });

  it('refuses an existing key with CONFLICT and keeps exactly one node', async () => {
    const duplicate = { ...entity.create, [keyArg]: entity.existing };
    if (type === 'Region') Object.assign(duplicate, { level: 'REGENCY', parent: '11' });
    await expectFailure(create, { input: duplicate }, 'CONFLICT', `input.${keyArg}`);
    expect(await countOf(`MATCH (n:${entity.label} {${keyArg}: $key}) RETURN count(n) AS n`, { key: entity.existing })).toBe(1);
    expect(await stored(entity.label, entity.existing)).toMatchObject(
      Object.fromEntries(Object.entries(entity.existingFields).filter(([, v]) => v !== null)),
    );
  });

  it('updates only the fields given', async () => {
    const before = await stored(entity.label, entity.existing);
    const data = await api.ok(update, { key: entity.existing, input: entity.change });
    const expected = { ...entity.existingFields, ...entity.change, sources: fixtureSources };
    expect(data[`update${type}`]).toEqual(expected);
    expect((await api.ok(read, { key: entity.existing })).node).toEqual(expected);
    expect(await stored(entity.label, entity.existing)).toEqual({ ...before, ...entity.change });
  });

  it('replaces the sources when given', async () => {
    const sources = [{ ref: 'https://menpan.go.id/a', title: 'A' }, { ref: 'synthetic', title: 'B' }];
    const data = await api.ok(update, { key: entity.existing, input: { sources } });
    expect(data[`update${type}`].sources).toEqual([{ ref: 'https://menpan.go.id/a', title: 'A', synthetic: false }, { ref: 'synthetic', title: 'B', synthetic: true }]);
    expect(await stored(entity.label, entity.existing)).toMatchObject({ sourceRefs: ['https://menpan.go.id/a', 'synthetic'], sourceTitles: ['A', 'B'] });
  });

  if (entity.optional) {
    const [field, value] = entity.optional;
    it(`sets and then removes the optional ${field} with null`, async () => {
      const set = await api.ok(update, { key: entity.existing, input: { [field]: value } });
      expect(set[`update${type}`][field]).toBe(value);
      expect((await stored(entity.label, entity.existing))![field]).toBe(value);

      const removed = await api.ok(update, { key: entity.existing, input: { [field]: null } });
      expect(removed[`update${type}`]).toEqual({ ...entity.existingFields, [field]: null, sources: fixtureSources });
      const props = (await stored(entity.label, entity.existing))!;
      expect(Object.keys(props)).not.toContain(field);
      expect((await api.ok(read, { key: entity.existing })).node[field]).toBeNull();
    });
  }

  it(`refuses null for the required ${entity.required}`, async () => {
    await expectFailure(update, { key: entity.existing, input: { [entity.required]: null } }, 'BAD_USER_INPUT', `input.${entity.required}`);
  });

  it(`refuses an update of an unknown ${keyArg} with NOT_FOUND`, async () => {
    const unknown = type === 'Region' ? '99' : 'tidak-ada';
    await expectFailure(update, { key: unknown, input: entity.change }, 'NOT_FOUND', keyArg);
  });

  it('deletes the node with all its relationships', async () => {
    const target = DELETED[entity.label]!;
    const before = await counts();
    const own = await countOf(`MATCH (n:${entity.label} {${keyArg}: $key})-[r]-() RETURN count(r) AS n`, { key: target });
    const data = await api.ok(remove, { key: target });
    expect(data[`delete${type}`]).toEqual({ deleted: true, id: target });
    expect(await stored(entity.label, target)).toBeNull();
    expect((await api.ok(read, { key: target })).node).toBeNull();
    expect(await counts()).toEqual({ nodes: before.nodes - entity.nodesRemoved, relationships: before.relationships - entity.relationships });
    // Its own links, and for an indicator the 2024 measurement's MEASURED_IN as well.
    expect(own).toBe(entity.label === 'Indicator' ? entity.relationships - 1 : entity.relationships);
  });

  it(`refuses a delete of an unknown ${keyArg} with NOT_FOUND`, async () => {
    const unknown = type === 'Region' ? '99' : 'tidak-ada';
    await expectFailure(remove, { key: unknown }, 'NOT_FOUND', keyArg);
  });
});

// ---------------------------------------------------------------------------------------------
// Field rules of create and update

const CREATE_AGENCY = `mutation($input: CreateAgencyInput!) { createAgency(input: $input) { id } }`;
const CREATE_PROGRAM = `mutation($input: CreateProgramInput!) { createProgram(input: $input) { id startYear endYear } }`;
const UPDATE_PROGRAM = `mutation($id: ID!, $input: UpdateProgramInput!) { updateProgram(id: $id, input: $input) { id startYear endYear } }`;
const CREATE_REGION = `mutation($input: CreateRegionInput!) { createRegion(input: $input) { code name level isCity parent { code } } }`;
const agency = { id: 'bappenas', name: 'Bappenas', kind: 'MINISTRY', level: 'NATIONAL' };
const program = { id: 'mpp', name: 'Mal Pelayanan Publik', track: 'RB_THEMATIC', status: 'ACTIVE' };

describe('input validation', () => {
  it.each([
    ['Not A Slug'], ['UPPER'], ['double--hyphen'], ['-leading'], ['trailing-'], ['under_score'], ['a'.repeat(101)],
  ])('refuses the id %j', async (id) => {
    await expectFailure(CREATE_AGENCY, { input: { ...agency, id } }, 'BAD_USER_INPUT', 'input.id');
  });

  it('accepts a slug of exactly 100 characters', async () => {
    const id = 'a'.repeat(100);
    expect((await api.ok(CREATE_AGENCY, { input: { ...agency, id } })).createAgency).toEqual({ id });
    expect(await stored('Agency', id)).toMatchObject({ name: 'Bappenas' });
  });

  it('refuses a name that is empty after trimming, on create and on update', async () => {
    await expectFailure(CREATE_AGENCY, { input: { ...agency, name: '   ' } }, 'BAD_USER_INPUT', 'input.name');
    await expectFailure(CREATE_AGENCY, { input: { ...agency, name: '' } }, 'BAD_USER_INPUT', 'input.name');
    await expectFailure(
      `mutation { updateMandate(id: "mandat-anri-arsip", input: { title: " \\t " }) { id } }`, {}, 'BAD_USER_INPUT', 'input.title',
    );
  });

  it('refuses too long strings, naming each field', async () => {
    await expectFailure(CREATE_AGENCY, { input: { ...agency, name: 'x'.repeat(301) } }, 'BAD_USER_INPUT', 'input.name');
    await expectFailure(CREATE_AGENCY, { input: { ...agency, acronym: 'X'.repeat(41) } }, 'BAD_USER_INPUT', 'input.acronym');
    await expectFailure(
      CREATE_AGENCY, { input: { ...agency, sources: [{ ref: 'ok', title: 't'.repeat(501) }] } }, 'BAD_USER_INPUT', 'input.sources.0.title',
    );
    await expectFailure(
      `mutation($d: String) { updateProgram(id: "spbe", input: { description: $d }) { id } }`, { d: 'd'.repeat(4001) },
      'BAD_USER_INPUT', 'input.description',
    );
    // The limits themselves are allowed.
    const data = await api.ok(CREATE_AGENCY, { input: { ...agency, name: 'x'.repeat(300), acronym: 'X'.repeat(40) } });
    expect(data.createAgency).toEqual({ id: 'bappenas' });
    expect(await stored('Agency', 'bappenas')).toMatchObject({ name: 'x'.repeat(300), acronym: 'X'.repeat(40) });
  });

  it('reports every field at fault, the first one in extensions.field', async () => {
    const error = await expectFailure(
      CREATE_PROGRAM, { input: { ...program, id: 'Bad Id', name: ' ', startYear: 1800 } }, 'BAD_USER_INPUT', 'input.id',
    );
    const issues = (error.extensions!.issues as Array<{ field: string }>).map((issue) => issue.field);
    expect(issues).toEqual(['input.id', 'input.name', 'input.startYear']);
  });

  it.each([
    [{ startYear: 1800 }, 'input.startYear'],
    [{ startYear: 1944 }, 'input.startYear'],
    [{ endYear: 2101 }, 'input.endYear'],
  ])('refuses the year in %j', async (years, field) => {
    await expectFailure(CREATE_PROGRAM, { input: { ...program, ...years } }, 'BAD_USER_INPUT', field);
  });

  it('refuses years out of range on regulations and forums too', async () => {
    await expectFailure(`mutation { updateRegulation(id: "arahan-menpanrb", input: { year: 1800 }) { id } }`, {}, 'BAD_USER_INPUT', 'input.year');
    await expectFailure(`mutation { updateForum(id: "paguyuban", input: { year: 2500 }) { id } }`, {}, 'BAD_USER_INPUT', 'input.year');
  });

  it('accepts the limit years 1945 and 2100', async () => {
    const data = await api.ok(CREATE_PROGRAM, { input: { ...program, startYear: 1945, endYear: 2100 } });
    expect(data.createProgram).toEqual({ id: 'mpp', startYear: 1945, endYear: 2100 });
  });

  it('refuses an endYear before the startYear on create', async () => {
    await expectFailure(CREATE_PROGRAM, { input: { ...program, startYear: 2024, endYear: 2020 } }, 'BAD_USER_INPUT', 'input.endYear');
    // The same year is fine.
    const data = await api.ok(CREATE_PROGRAM, { input: { ...program, startYear: 2024, endYear: 2024 } });
    expect(data.createProgram).toEqual({ id: 'mpp', startYear: 2024, endYear: 2024 });
  });

  it('refuses an update whose endYear falls before the stored startYear', async () => {
    // spbe runs 2018-2025.
    await expectFailure(UPDATE_PROGRAM, { id: 'spbe', input: { endYear: 2017 } }, 'BAD_USER_INPUT', 'input.endYear');
    expect(await stored('Program', 'spbe')).toMatchObject({ startYear: 2018, endYear: 2025 });
  });

  it('refuses an update whose startYear falls after the stored endYear', async () => {
    const error = await expectFailure(UPDATE_PROGRAM, { id: 'spbe', input: { startYear: 2026 } }, 'BAD_USER_INPUT', 'input.startYear');
    expect(error.message).toContain('endYear');
  });

  it('accepts an update that moves both years together, and an open end', async () => {
    const moved = await api.ok(UPDATE_PROGRAM, { id: 'spbe', input: { startYear: 2030, endYear: 2035 } });
    expect(moved.updateProgram).toEqual({ id: 'spbe', startYear: 2030, endYear: 2035 });
    const open = await api.ok(UPDATE_PROGRAM, { id: 'spbe', input: { endYear: null } });
    expect(open.updateProgram).toEqual({ id: 'spbe', startYear: 2030, endYear: null });
    expect(Object.keys((await stored('Program', 'spbe'))!)).not.toContain('endYear');
  });

  it('refuses a field that the update input does not have', async () => {
    // GraphQL itself refuses an unknown input field, before any resolver runs.
    const before = await graphState();
    const result = await api.run(`mutation { updateAgency(id: "bkn", input: { id: "other" }) { id } }`);
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(await graphState()).toEqual(before);
  });
});

// ---------------------------------------------------------------------------------------------
// Regions

describe('createRegion, updateRegion and deleteRegion', () => {
  it('creates a province, a regency under it and a district under that', async () => {
    const province = await api.ok(CREATE_REGION, { input: { code: '33', name: 'JAWA TENGAH', level: 'PROVINCE', parent: 'ID' } });
    expect(province.createRegion).toEqual({ code: '33', name: 'JAWA TENGAH', level: 'PROVINCE', isCity: null, parent: { code: 'ID' } });
    const city = await api.ok(CREATE_REGION, { input: { code: '33.74', name: 'KOTA SEMARANG', level: 'REGENCY', parent: '33', isCity: true } });
    expect(city.createRegion).toEqual({ code: '33.74', name: 'KOTA SEMARANG', level: 'REGENCY', isCity: true, parent: { code: '33' } });
    const district = await api.ok(CREATE_REGION, { input: { code: '33.74.01', name: 'Semarang Tengah', level: 'DISTRICT', parent: '33.74' } });
    expect(district.createRegion.parent).toEqual({ code: '33.74' });

    const data = await api.ok(`{
      region(code: "33") { code outermostIslandCount hasOutermostIslands children { code isCity children { code } } parent { code } }
      regions(filter: { within: "33" }, orderBy: { field: CODE }) { totalCount nodes { code } }
    }`);
    expect(data.region).toEqual({
      code: '33', outermostIslandCount: 0, hasOutermostIslands: false, parent: { code: 'ID' },
      children: [{ code: '33.74', isCity: true, children: [{ code: '33.74.01' }] }],
    });
    expect(data.regions).toEqual({ totalCount: 2, nodes: [{ code: '33.74' }, { code: '33.74.01' }] });
    expect(await db.cypher(`
      MATCH (c:Region)-[r:PART_OF]->(p:Region) WHERE c.code STARTS WITH '33' RETURN c.code AS child, p.code AS parent ORDER BY child
    `)).toEqual([{ child: '33', parent: 'ID' }, { child: '33.74', parent: '33' }, { child: '33.74.01', parent: '33.74' }]);
  });

  it.each([['abc'], ['3'], ['32-73'], ['3273'], ['32.7'], ['32.73.1'], ['id']])('refuses the region code %j', async (code) => {
    await expectFailure(CREATE_REGION, { input: { code, name: 'X', level: 'PROVINCE', parent: 'ID' } }, 'BAD_USER_INPUT', 'input.code');
  });

  it('refuses a code whose shape does not fit the level or the parent', async () => {
    await expectFailure(CREATE_REGION, { input: { code: '33.01', name: 'X', level: 'PROVINCE', parent: 'ID' } }, 'BAD_USER_INPUT', 'input.code');
    await expectFailure(CREATE_REGION, { input: { code: '33', name: 'X', level: 'REGENCY', parent: '32' } }, 'BAD_USER_INPUT', 'input.code');
    // A regency of Jawa Barat must have a code under 32.
    await expectFailure(CREATE_REGION, { input: { code: '11.74', name: 'X', level: 'REGENCY', parent: '32' } }, 'BAD_USER_INPUT', 'input.code');
  });

  it('refuses a parent of the wrong level, and writes nothing', async () => {
    // A district's parent must be a regency; 32 is a province.
    const error = await expectFailure(
      CREATE_REGION, { input: { code: '32.01.01', name: 'X', level: 'DISTRICT', parent: '32' } }, 'BAD_USER_INPUT', 'input.parent',
    );
    expect(error.message).toContain('REGENCY');
    await expectFailure(CREATE_REGION, { input: { code: '11.01.02', name: 'X', level: 'PROVINCE', parent: '11.01' } }, 'BAD_USER_INPUT', 'input.code');
    await expectFailure(CREATE_REGION, { input: { code: '12', name: 'X', level: 'PROVINCE', parent: '11' } }, 'BAD_USER_INPUT', 'input.parent');
    expect(await stored('Region', '32.01.01')).toBeNull();
    expect(await stored('Region', '12')).toBeNull();
  });

  it('refuses a missing parent with NOT_FOUND, and writes nothing', async () => {
    await expectFailure(CREATE_REGION, { input: { code: '33.01', name: 'X', level: 'REGENCY', parent: '33' } }, 'NOT_FOUND', 'input.parent');
    expect(await stored('Region', '33.01')).toBeNull();
  });

  it('requires a parent below COUNTRY and refuses one for the COUNTRY', async () => {
    await expectFailure(CREATE_REGION, { input: { code: '33', name: 'X', level: 'PROVINCE' } }, 'BAD_USER_INPUT', 'input.parent');
    await expectFailure(CREATE_REGION, { input: { code: '33', name: 'X', level: 'PROVINCE', parent: null } }, 'BAD_USER_INPUT', 'input.parent');
    await expectFailure(CREATE_REGION, { input: { code: 'ID', name: 'X', level: 'COUNTRY', parent: '11' } }, 'BAD_USER_INPUT', 'input.parent');
  });

  it('refuses a second country', async () => {
    await expectFailure(CREATE_REGION, { input: { code: 'ID', name: 'INDONESIA', level: 'COUNTRY' } }, 'CONFLICT', 'input.code');
  });

  it('refuses to delete a region with sub-regions, and changes nothing', async () => {
    const error = await expectFailure(`mutation { deleteRegion(code: "11") { deleted id } }`, {}, 'CONFLICT', 'code');
    expect(error.message).toContain('1 sub-regions');
    await expectFailure(`mutation { deleteRegion(code: "ID") { deleted id } }`, {}, 'CONFLICT', 'code');
  });

  it('deletes a leaf, then its parent once it has no children', async () => {
    expect((await api.ok(`mutation { deleteRegion(code: "11.01.01") { deleted id } }`)).deleteRegion).toEqual({ deleted: true, id: '11.01.01' });
    expect((await api.ok(`mutation { deleteRegion(code: "11.01") { deleted id } }`)).deleteRegion).toEqual({ deleted: true, id: '11.01' });
    expect(await stored('Region', '11.01')).toBeNull();
    // arsip-aceh covered 11.01: that link went with it.
    expect((await api.ok(`{ program(id: "arsip-aceh") { regions { code } } region(code: "11") { children { code } } }`))).toEqual({
      program: { regions: [] }, region: { children: [] },
    });
  });

  it('deletes the measurements of a deleted region instead of leaving them as national figures', async () => {
    await api.ok(`mutation { setMeasurement(input: { indicator: "indeks-spbe", year: 2024, region: "32.73", actual: 2.5 }) { year } }`);
    expect((await api.ok(`mutation { deleteRegion(code: "32.73") { deleted } }`)).deleteRegion).toEqual({ deleted: true });
    expect(await countOf(`MATCH (m:Measurement {id: 'indeks-spbe:2024:32.73'}) RETURN count(m) AS n`)).toBe(0);
    const data = await api.ok(`{ indicator(id: "indeks-spbe") { measurements { year target actual region { code } } } }`);
    expect(data.indicator.measurements).toEqual([
      { year: 2023, target: 3, actual: 2.8, region: null },
      { year: 2024, target: 3.2, actual: null, region: { code: '11' } },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// link and unlink

const LINK = `mutation($input: LinkInput!) { link(input: $input) { relation from to role } }`;
const UNLINK = `mutation($input: UnlinkInput!) { unlink(input: $input) { relation from to role } }`;

interface LinkCase {
  relation: string;
  type: string;
  fromLabel: string;
  toLabel: string;
  from: string;
  to: string;
  role?: string;
  /** A second role, to check that linking again updates it. */
  otherRole?: string;
}

const LINKS: LinkCase[] = [
  { relation: 'HOLDS', type: 'HOLDS', fromLabel: 'Agency', toLabel: 'Mandate', from: 'bkn', to: 'mandat-anri-arsip' },
  { relation: 'GRANTED_BY', type: 'GRANTED_BY', fromLabel: 'Mandate', toLabel: 'Regulation', from: 'mandat-anri-arsip', to: 'uu-asn' },
  { relation: 'CONCERNS', type: 'CONCERNS', fromLabel: 'Mandate', toLabel: 'Theme', from: 'mandat-anri-arsip', to: 'kemiskinan' },
  {
    relation: 'PARTICIPATES_IN', type: 'PARTICIPATES_IN', fromLabel: 'Agency', toLabel: 'Program', from: 'bkn', to: 'spbe',
    role: 'FUNDER', otherRole: 'SUPPORTER',
  },
  { relation: 'ADDRESSES', type: 'ADDRESSES', fromLabel: 'Program', toLabel: 'Theme', from: 'bandung-miskin', to: 'digitalisasi' },
  { relation: 'COVERS', type: 'COVERS', fromLabel: 'Program', toLabel: 'Region', from: 'spbe', to: '32' },
  { relation: 'MEASURED_BY', type: 'MEASURED_BY', fromLabel: 'Program', toLabel: 'Indicator', from: 'arsip-aceh', to: 'indeks-spbe' },
  { relation: 'FULFILLS', type: 'FULFILLS', fromLabel: 'Program', toLabel: 'Mandate', from: 'spbe', to: 'mandat-anri-arsip' },
  { relation: 'GOVERNED_BY', type: 'GOVERNED_BY', fromLabel: 'Program', toLabel: 'Regulation', from: 'spbe', to: 'arahan-menpanrb' },
  {
    relation: 'PARTNERS_IN', type: 'PARTNERS_IN', fromLabel: 'Partner', toLabel: 'Program', from: 'startup-a', to: 'arsip-aceh',
    role: 'RESEARCH', otherRole: 'TRAINING',
  },
  { relation: 'JURISDICTION', type: 'JURISDICTION', fromLabel: 'Agency', toLabel: 'Region', from: 'kementerian-panrb', to: 'ID' },
  { relation: 'THEME_PART_OF', type: 'PART_OF', fromLabel: 'Theme', toLabel: 'Theme', from: 'kemiskinan', to: 'reformasi-birokrasi' },
  { relation: 'MEMBER_OF', type: 'MEMBER_OF', fromLabel: 'Agency', toLabel: 'Forum', from: 'anri', to: 'paguyuban' },
  { relation: 'REPORTS_TO', type: 'REPORTS_TO', fromLabel: 'Agency', toLabel: 'Agency', from: 'anri', to: 'kementerian-panrb' },
];

const keyName = (label: string) => (label === 'Region' ? 'code' : 'id');

/** The links of `type` between two nodes, with their roles. */
async function linksBetween(c: LinkCase) {
  return db.cypher<{ role: string | null }>(
    `MATCH (:${c.fromLabel} {${keyName(c.fromLabel)}: $from})-[r:${c.type}]->(:${c.toLabel} {${keyName(c.toLabel)}: $to}) RETURN r.role AS role`,
    { from: c.from, to: c.to },
  );
}

async function countType(type: string) {
  return countOf(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
}

describe('link and unlink', () => {
  beforeEach(async () => {
    // A second regulation, so that GRANTED_BY has a pair to link.
    await db.cypher(`CREATE (:Regulation {id: 'uu-asn', title: 'UU ASN', kind: 'LAW', sourceRefs: ['test'], sourceTitles: ['t']})`);
  });

  it('covers every relation of the Relation enum', async () => {
    const data = await api.ok(`{ __type(name: "Relation") { enumValues { name } } }`);
    expect(data.__type.enumValues.map((v: { name: string }) => v.name).sort()).toEqual(LINKS.map((c) => c.relation).sort());
  });

  describe.each(LINKS)('$relation', (c) => {
    const input = { relation: c.relation, from: c.from, to: c.to, ...(c.role ? { role: c.role } : {}) };

    it(`links ${c.fromLabel} -> ${c.toLabel} once, and unlinks`, async () => {
      const before = await graphState();
      const typeBefore = await countType(c.type);
      expect(await linksBetween(c)).toEqual([]);

      const linked = await api.ok(LINK, { input });
      expect(linked.link).toEqual({ relation: c.relation, from: c.from, to: c.to, role: c.role ?? null });
      expect(await linksBetween(c)).toEqual([{ role: c.role ?? null }]);
      expect(await countType(c.type)).toBe(typeBefore + 1);
      expect((await counts())).toEqual({ nodes: before.nodeCount, relationships: before.relationshipCount + 1 });

      // Linking again neither duplicates the link nor fails; it updates the role.
      const again = await api.ok(LINK, { input: { ...input, ...(c.otherRole ? { role: c.otherRole } : {}) } });
      expect(again.link.role).toBe(c.otherRole ?? null);
      expect(await linksBetween(c)).toEqual([{ role: c.otherRole ?? null }]);
      expect(await countType(c.type)).toBe(typeBefore + 1);

      const unlinked = await api.ok(UNLINK, { input: { relation: c.relation, from: c.from, to: c.to } });
      expect(unlinked.unlink).toEqual({ relation: c.relation, from: c.from, to: c.to, role: c.otherRole ?? null });
      expect(await linksBetween(c)).toEqual([]);
      expect(await graphState()).toEqual(before);

      // Once gone, unlinking again is NOT_FOUND.
      await expectFailure(UNLINK, { input: { relation: c.relation, from: c.from, to: c.to } }, 'NOT_FOUND', 'input');
    });

    it('refuses an unknown start or end node with NOT_FOUND, and writes nothing', async () => {
      const unknownFrom = c.fromLabel === 'Region' ? '99' : 'tidak-ada';
      const unknownTo = c.toLabel === 'Region' ? '99' : 'tidak-ada';
      await expectFailure(LINK, { input: { ...input, from: unknownFrom } }, 'NOT_FOUND', 'input.from');
      await expectFailure(LINK, { input: { ...input, to: unknownTo } }, 'NOT_FOUND', 'input.to');
    });

    if (c.role) {
      it('requires a role from its enum', async () => {
        const { role: _role, ...withoutRole } = input;
        await expectFailure(LINK, { input: withoutRole }, 'BAD_USER_INPUT', 'input.role');
        await expectFailure(LINK, { input: { ...input, role: null } }, 'BAD_USER_INPUT', 'input.role');
        await expectFailure(LINK, { input: { ...input, role: '' } }, 'BAD_USER_INPUT', 'input.role');
        await expectFailure(LINK, { input: { ...input, role: c.role!.toLowerCase() } }, 'BAD_USER_INPUT', 'input.role');
        await expectFailure(LINK, { input: { ...input, role: 'BOSS' } }, 'BAD_USER_INPUT', 'input.role');
      });
    } else {
      it('refuses a role, and takes an explicit null as none', async () => {
        await expectFailure(LINK, { input: { ...input, role: 'LEAD' } }, 'BAD_USER_INPUT', 'input.role');
        const data = await api.ok(LINK, { input: { ...input, role: null } });
        expect(data.link.role).toBeNull();
        expect(await linksBetween(c)).toEqual([{ role: null }]);
      });
    }
  });

  it('refuses the roles of the other enum', async () => {
    // TECHNOLOGY is a partner role, LEAD an agency one.
    await expectFailure(LINK, { input: { relation: 'PARTICIPATES_IN', from: 'bkn', to: 'spbe', role: 'TECHNOLOGY' } }, 'BAD_USER_INPUT', 'input.role');
    await expectFailure(LINK, { input: { relation: 'PARTNERS_IN', from: 'startup-a', to: 'arsip-aceh', role: 'LEAD' } }, 'BAD_USER_INPUT', 'input.role');
  });

  it('refuses keys that are not slugs or region codes', async () => {
    await expectFailure(LINK, { input: { relation: 'HOLDS', from: 'Not A Slug', to: 'mandat-anri-arsip' } }, 'BAD_USER_INPUT', 'input.from');
    await expectFailure(LINK, { input: { relation: 'COVERS', from: 'spbe', to: 'Aceh' } }, 'BAD_USER_INPUT', 'input.to');
    await expectFailure(UNLINK, { input: { relation: 'JURISDICTION', from: 'pemprov-aceh', to: 'aceh' } }, 'BAD_USER_INPUT', 'input.to');
  });

  it('refuses a node of the wrong label at either end with NOT_FOUND', async () => {
    // spbe is a program, not an agency; digitalisasi is a theme, not a mandate.
    await expectFailure(LINK, { input: { relation: 'HOLDS', from: 'spbe', to: 'mandat-anri-arsip' } }, 'NOT_FOUND', 'input.from');
    await expectFailure(LINK, { input: { relation: 'HOLDS', from: 'bkn', to: 'digitalisasi' } }, 'NOT_FOUND', 'input.to');
  });

  it('refuses COVERS and JURISDICTION to a region code that does not exist', async () => {
    await expectFailure(LINK, { input: { relation: 'COVERS', from: 'spbe', to: '99' } }, 'NOT_FOUND', 'input.to');
    await expectFailure(LINK, { input: { relation: 'COVERS', from: 'spbe', to: '32.73.99' } }, 'NOT_FOUND', 'input.to');
    await expectFailure(LINK, { input: { relation: 'JURISDICTION', from: 'pemkot-bandung', to: '32.99' } }, 'NOT_FOUND', 'input.to');
  });

  it('refuses THEME_PART_OF cycles, the self-link included', async () => {
    // arsip-digital -> digitalisasi -> reformasi-birokrasi
    await expectFailure(LINK, { input: { relation: 'THEME_PART_OF', from: 'reformasi-birokrasi', to: 'arsip-digital' } }, 'CONFLICT', 'input.to');
    await expectFailure(LINK, { input: { relation: 'THEME_PART_OF', from: 'digitalisasi', to: 'arsip-digital' } }, 'CONFLICT', 'input.to');
    await expectFailure(LINK, { input: { relation: 'THEME_PART_OF', from: 'kemiskinan', to: 'kemiskinan' } }, 'CONFLICT', 'input.to');
  });

  it('refuses REPORTS_TO cycles, the self-link included, over longer chains too', async () => {
    // bkn reports to kementerian-panrb.
    await expectFailure(LINK, { input: { relation: 'REPORTS_TO', from: 'kementerian-panrb', to: 'bkn' } }, 'CONFLICT', 'input.to');
    await expectFailure(LINK, { input: { relation: 'REPORTS_TO', from: 'bkn', to: 'bkn' } }, 'CONFLICT', 'input.to');
    await api.ok(LINK, { input: { relation: 'REPORTS_TO', from: 'kementerian-panrb', to: 'anri' } });
    // anri -> bkn would close bkn -> panrb -> anri -> bkn.
    await expectFailure(LINK, { input: { relation: 'REPORTS_TO', from: 'anri', to: 'bkn' } }, 'CONFLICT', 'input.to');
    expect(await db.cypher(`MATCH (a:Agency)-[:REPORTS_TO]->(b:Agency) RETURN a.id AS from, b.id AS to ORDER BY from`)).toEqual([
      { from: 'bkn', to: 'kementerian-panrb' }, { from: 'kementerian-panrb', to: 'anri' },
    ]);
  });

  it('unlink returns the role that was removed', async () => {
    const data = await api.ok(UNLINK, { input: { relation: 'PARTICIPATES_IN', from: 'kementerian-panrb', to: 'spbe' } });
    expect(data.unlink).toEqual({ relation: 'PARTICIPATES_IN', from: 'kementerian-panrb', to: 'spbe', role: 'LEAD' });
    const partner = await api.ok(UNLINK, { input: { relation: 'PARTNERS_IN', from: 'startup-a', to: 'spbe' } });
    expect(partner.unlink.role).toBe('TECHNOLOGY');
    const plain = await api.ok(UNLINK, { input: { relation: 'MEMBER_OF', from: 'bkn', to: 'paguyuban' } });
    expect(plain.unlink).toEqual({ relation: 'MEMBER_OF', from: 'bkn', to: 'paguyuban', role: null });
    expect(await countType('PARTICIPATES_IN')).toBe(4);
    expect(await countType('PARTNERS_IN')).toBe(0);
    expect(await countType('MEMBER_OF')).toBe(1);
  });

  it('unlink only removes the link of the relation named, in its direction', async () => {
    // bkn reports to panrb; panrb does not report to bkn.
    await expectFailure(UNLINK, { input: { relation: 'REPORTS_TO', from: 'kementerian-panrb', to: 'bkn' } }, 'NOT_FOUND', 'input');
    // anri is no member of paguyuban; bandung-miskin covers 32.73, not its province 32.
    await expectFailure(UNLINK, { input: { relation: 'MEMBER_OF', from: 'anri', to: 'paguyuban' } }, 'NOT_FOUND', 'input');
    await expectFailure(UNLINK, { input: { relation: 'COVERS', from: 'bandung-miskin', to: '32' } }, 'NOT_FOUND', 'input');
    await expectFailure(UNLINK, { input: { relation: 'HOLDS', from: 'tidak-ada', to: 'mandat-anri-arsip' } }, 'NOT_FOUND', 'input');
  });

  it('nested fields read the new state in the following request', async () => {
    await api.ok(LINK, { input: { relation: 'PARTICIPATES_IN', from: 'bkn', to: 'bandung-miskin', role: 'SUPPORTER' } });
    const after = await api.ok(`{
      agency(id: "bkn") { programs { role program { id agencies { role agency { id } } } } }
      program(id: "bandung-miskin") { agencies(role: SUPPORTER) { agency { id } } }
    }`);
    expect(after.agency.programs).toEqual([
      { role: 'SUPPORTER', program: { id: 'bandung-miskin', agencies: [{ role: 'SUPPORTER', agency: { id: 'bkn' } }, { role: 'LEAD', agency: { id: 'pemkot-bandung' } }] } },
    ]);
    expect(after.program.agencies).toEqual([{ agency: { id: 'bkn' } }]);

    await api.ok(LINK, { input: { relation: 'PARTICIPATES_IN', from: 'bkn', to: 'bandung-miskin', role: 'FUNDER' } });
    expect((await api.ok(`{ agency(id: "bkn") { programs { role program { id } } } }`)).agency.programs).toEqual([
      { role: 'FUNDER', program: { id: 'bandung-miskin' } },
    ]);

    await api.ok(UNLINK, { input: { relation: 'PARTICIPATES_IN', from: 'bkn', to: 'bandung-miskin' } });
    expect((await api.ok(`{ agency(id: "bkn") { programs { role } } }`)).agency.programs).toEqual([]);
  });

  it('nested fields of a later mutation in the same request read the state the earlier one left', async () => {
    const data = await api.ok(`mutation {
      before: updateTheme(id: "reformasi-birokrasi", input: {}) { children { id } }
      link(input: { relation: THEME_PART_OF, from: "kemiskinan", to: "reformasi-birokrasi" }) { role }
      after: updateTheme(id: "reformasi-birokrasi", input: {}) { children { id } }
      member: link(input: { relation: MEMBER_OF, from: "anri", to: "paguyuban" }) { to }
      forum: updateForum(id: "paguyuban", input: {}) { members { id } }
    }`);
    expect(data).toEqual({
      before: { children: [{ id: 'digitalisasi' }] },
      link: { role: null },
      after: { children: [{ id: 'digitalisasi' }, { id: 'kemiskinan' }] },
      member: { to: 'paguyuban' },
      forum: { members: [{ id: 'anri' }, { id: 'bkn' }, { id: 'kementerian-panrb' }] },
    });
  });

  it('nested fields of regions reflect COVERS and JURISDICTION links', async () => {
    await api.ok(LINK, { input: { relation: 'COVERS', from: 'arsip-aceh', to: '11' } });
    await api.ok(LINK, { input: { relation: 'JURISDICTION', from: 'anri', to: 'ID' } });
    const data = await api.ok(`{
      region(code: "11") { programs { id } }
      country: region(code: "ID") { agencies { id } }
      programs(filter: { region: "11" }, orderBy: { field: ID }) { nodes { id } }
    }`);
    expect(data).toEqual({
      region: { programs: [{ id: 'arsip-aceh' }] },
      country: { agencies: [{ id: 'anri' }] },
      programs: { nodes: [{ id: 'arsip-aceh' }] },
    });
  });
});

// ---------------------------------------------------------------------------------------------
// Measurements

const SET_MEASUREMENT = `mutation($input: MeasurementInput!) {
  setMeasurement(input: $input) { year target actual region { code name } ${SOURCE_FIELDS} }
}`;
const DELETE_MEASUREMENT = `mutation($input: MeasurementKeyInput!) { deleteMeasurement(input: $input) { deleted id } }`;

async function measurement(id: string) {
  const rows = await db.cypher<{ props: Props; indicators: string[]; regions: string[] }>(`
    MATCH (m:Measurement {id: $id})
    RETURN properties(m) AS props,
           [(i:Indicator)-[:HAS_MEASUREMENT]->(m) | i.id] AS indicators,
           [(m)-[:MEASURED_IN]->(r:Region) | r.code] AS regions
  `, { id });
  expect(rows.length).toBeLessThanOrEqual(1);
  return rows[0] ?? null;
}

describe('setMeasurement and deleteMeasurement', () => {
  it('creates a national measurement', async () => {
    const before = await counts();
    const data = await api.ok(SET_MEASUREMENT, {
      input: { indicator: 'indeks-spbe', year: 2025, target: 3.5, sources: [{ ref: 'https://spbe.go.id', title: 'Evaluasi SPBE' }] },
    });
    expect(data.setMeasurement).toEqual({
      year: 2025, target: 3.5, actual: null, region: null, sources: [{ ref: 'https://spbe.go.id', title: 'Evaluasi SPBE', synthetic: false }],
    });
    expect(await measurement('indeks-spbe:2025:ID')).toEqual({
      props: { id: 'indeks-spbe:2025:ID', year: 2025, target: 3.5, sourceRefs: ['https://spbe.go.id'], sourceTitles: ['Evaluasi SPBE'] },
      indicators: ['indeks-spbe'], regions: [],
    });
    expect(await counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 1 });
  });

  it('creates a regional measurement linked to its region', async () => {
    const before = await counts();
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '32.73', actual: 2.1, target: 2 } });
    expect(data.setMeasurement).toEqual({ year: 2024, target: 2, actual: 2.1, region: { code: '32.73', name: 'KOTA BANDUNG' }, sources: [] });
    expect(await measurement('indeks-spbe:2024:32.73')).toEqual({
      props: { id: 'indeks-spbe:2024:32.73', year: 2024, regionCode: '32.73', target: 2, actual: 2.1 },
      indicators: ['indeks-spbe'], regions: ['32.73'],
    });
    expect(await counts()).toEqual({ nodes: before.nodes + 1, relationships: before.relationships + 2 });
    const read = await api.ok(`{ indicator(id: "indeks-spbe") { measurements(region: "32.73") { year actual region { code } } } }`);
    expect(read.indicator.measurements).toEqual([{ year: 2024, actual: 2.1, region: { code: '32.73' } }]);
  });

  it('updates only the fields given on a second call, without duplicating anything', async () => {
    const before = await graphState();
    // Fixture: 2023 national, target 3.0 actual 2.8.
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, actual: 2.9 } });
    expect(data.setMeasurement).toMatchObject({ year: 2023, target: 3, actual: 2.9, region: null });
    expect(await measurement('indeks-spbe:2023:ID')).toEqual({
      props: { id: 'indeks-spbe:2023:ID', year: 2023, target: 3, actual: 2.9 }, indicators: ['indeks-spbe'], regions: [],
    });
    // Fixture: 2024 in 11, target 3.2; add an actual, twice.
    for (let i = 0; i < 2; i += 1) {
      await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11', actual: 3.3 } });
    }
    expect(await measurement('indeks-spbe:2024:11')).toEqual({
      props: { id: 'indeks-spbe:2024:11', year: 2024, regionCode: '11', target: 3.2, actual: 3.3 }, indicators: ['indeks-spbe'], regions: ['11'],
    });
    const after = await graphState();
    expect([after.nodeCount, after.relationshipCount]).toEqual([before.nodeCount, before.relationshipCount]);
  });

  it('removes a value given as null', async () => {
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, target: null } });
    expect(data.setMeasurement).toMatchObject({ year: 2023, target: null, actual: 2.8 });
    expect((await measurement('indeks-spbe:2023:ID'))!.props).toEqual({ id: 'indeks-spbe:2023:ID', year: 2023, actual: 2.8 });
  });

  it('treats the region ID as the national figure', async () => {
    const data = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, region: 'ID', actual: 2.9 } });
    expect(data.setMeasurement).toMatchObject({ year: 2023, target: 3, actual: 2.9, region: null });
    expect(await measurement('indeks-spbe:2023:ID')).toEqual({
      props: { id: 'indeks-spbe:2023:ID', year: 2023, target: 3, actual: 2.9 }, indicators: ['indeks-spbe'], regions: [],
    });
    expect((await api.ok(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, region: 'ID' } })).deleteMeasurement)
      .toEqual({ deleted: true, id: 'indeks-spbe:2023:ID' });
  });

  it('refuses an unknown indicator or region with NOT_FOUND, and writes nothing', async () => {
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'tidak-ada', year: 2024, target: 1 } }, 'NOT_FOUND', 'input.indicator');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '99', target: 1 } }, 'NOT_FOUND', 'input.region');
    await expectFailure(
      SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11.01.99', actual: 1 } }, 'NOT_FOUND', 'input.region',
    );
  });

  it('refuses an input with neither a target nor an actual', async () => {
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2026 } }, 'BAD_USER_INPUT', 'input.target');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, region: '11' } }, 'BAD_USER_INPUT', 'input.target');
  });

  it('refuses nulls that would leave a measurement with no value, and writes nothing', async () => {
    // A new measurement with both values null.
    await expectFailure(
      SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2026, target: null, actual: null } }, 'BAD_USER_INPUT', 'input.target',
    );
    expect(await measurement('indeks-spbe:2026:ID')).toBeNull();
    // 2024 in 11 has only a target: removing it would leave nothing.
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11', target: null } }, 'BAD_USER_INPUT', 'input.target');
    // 2023 has both: removing the actual leaves the target.
    await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, actual: null } });
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, target: null } }, 'BAD_USER_INPUT', 'input.target');
    expect((await measurement('indeks-spbe:2023:ID'))!.props).toEqual({ id: 'indeks-spbe:2023:ID', year: 2023, target: 3 });
    // Replacing one value by the other in one call is fine.
    const swapped = await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023, target: null, actual: 2.7 } });
    expect(swapped.setMeasurement).toMatchObject({ target: null, actual: 2.7 });
  });

  it('refuses bad keys and years', async () => {
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 1800, target: 1 } }, 'BAD_USER_INPUT', 'input.year');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'Indeks SPBE', year: 2024, target: 1 } }, 'BAD_USER_INPUT', 'input.indicator');
    await expectFailure(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: 'Aceh', target: 1 } }, 'BAD_USER_INPUT', 'input.region');
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2101 } }, 'BAD_USER_INPUT', 'input.year');
  });

  it('deletes a national and a regional measurement', async () => {
    const before = await counts();
    const national = await api.ok(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2023 } });
    expect(national.deleteMeasurement).toEqual({ deleted: true, id: 'indeks-spbe:2023:ID' });
    expect(await measurement('indeks-spbe:2023:ID')).toBeNull();
    expect(await counts()).toEqual({ nodes: before.nodes - 1, relationships: before.relationships - 1 });

    const read = await api.ok(`{ indicator(id: "indeks-spbe") { measurements { year region { code } } } }`);
    expect(read.indicator.measurements).toEqual([{ year: 2024, region: { code: '11' } }]);

    const regional = await api.ok(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '11' } });
    expect(regional.deleteMeasurement).toEqual({ deleted: true, id: 'indeks-spbe:2024:11' });
    expect(await countOf('MATCH (m:Measurement) RETURN count(m) AS n')).toBe(0);
    expect(await counts()).toEqual({ nodes: before.nodes - 2, relationships: before.relationships - 3 });
    // The region itself stays.
    expect(await stored('Region', '11')).toMatchObject({ name: 'ACEH' });
  });

  it('refuses to delete a missing measurement with NOT_FOUND', async () => {
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2022 } }, 'NOT_FOUND', 'input');
    // 2024 exists for 11, not nationally or for 32.
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024 } }, 'NOT_FOUND', 'input');
    await expectFailure(DELETE_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, region: '32' } }, 'NOT_FOUND', 'input');
  });

  it('deleting an indicator removes its measurements and their links', async () => {
    await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2025, region: '32.73', target: 4 } });
    expect(await countOf('MATCH (m:Measurement) RETURN count(m) AS n')).toBe(3);
    await api.ok(`mutation { deleteIndicator(id: "indeks-spbe") { deleted } }`);
    expect(await countOf('MATCH (m:Measurement) RETURN count(m) AS n')).toBe(0);
    expect(await countOf('MATCH ()-[r:HAS_MEASUREMENT|MEASURED_IN|MEASURED_BY]->() RETURN count(r) AS n')).toBe(0);
    // The regions and the program stay.
    expect(await countOf(`MATCH (r:Region) WHERE r.code IN ['11', '32.73'] RETURN count(r) AS n`)).toBe(2);
    expect((await api.ok(`{ program(id: "spbe") { indicators { id } } }`)).program.indicators).toEqual([]);
  });

  it('the indicator\'s nested measurements read the new state', async () => {
    await api.ok(SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2024, actual: 3.1 } });
    const data = await api.ok(`{ indicator(id: "indeks-spbe") { measurements(year: 2024) { target actual region { code } } } }`);
    expect(data.indicator.measurements).toEqual([
      { target: null, actual: 3.1, region: null },
      { target: 3.2, actual: null, region: { code: '11' } },
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// A failed mutation leaves nothing behind

describe('atomicity', () => {
  it('leaves the graph unchanged after each kind of failure', async () => {
    const initial = await graphState();
    const failures: Array<[string, Props, string, string]> = [
      [CREATE_AGENCY, { input: { ...agency, id: 'bkn' } }, 'CONFLICT', 'input.id'],
      [CREATE_PROGRAM, { input: { ...program, startYear: 2025, endYear: 2024 } }, 'BAD_USER_INPUT', 'input.endYear'],
      [UPDATE_PROGRAM, { id: 'arsip-aceh', input: { endYear: 2020 } }, 'BAD_USER_INPUT', 'input.endYear'],
      [UPDATE_PROGRAM, { id: 'tidak-ada', input: { endYear: 2020 } }, 'NOT_FOUND', 'id'],
      [CREATE_REGION, { input: { code: '32.73.01', name: 'X', level: 'DISTRICT', parent: '32.72' } }, 'NOT_FOUND', 'input.parent'],
      [CREATE_REGION, { input: { code: '11.01.02', name: 'X', level: 'DISTRICT', parent: '11' } }, 'BAD_USER_INPUT', 'input.parent'],
      [`mutation { deleteRegion(code: "32") { id } }`, {}, 'CONFLICT', 'code'],
      [`mutation { deleteTheme(id: "tidak-ada") { id } }`, {}, 'NOT_FOUND', 'id'],
      [LINK, { input: { relation: 'REPORTS_TO', from: 'kementerian-panrb', to: 'bkn' } }, 'CONFLICT', 'input.to'],
      [LINK, { input: { relation: 'COVERS', from: 'spbe', to: '99' } }, 'NOT_FOUND', 'input.to'],
      [LINK, { input: { relation: 'PARTICIPATES_IN', from: 'tidak-ada', to: 'spbe', role: 'LEAD' } }, 'NOT_FOUND', 'input.from'],
      [UNLINK, { input: { relation: 'COVERS', from: 'spbe', to: '32' } }, 'NOT_FOUND', 'input'],
      [SET_MEASUREMENT, { input: { indicator: 'indeks-spbe', year: 2030, region: '99', target: 1 } }, 'NOT_FOUND', 'input.region'],
      [DELETE_MEASUREMENT, { input: { indicator: 'tidak-ada', year: 2023 } }, 'NOT_FOUND', 'input'],
    ];
    for (const [query, variables, code, field] of failures) {
      await expectFailure(query, variables, code, field);
    }
    expect(await graphState()).toEqual(initial);
  });

  it('a document whose second mutation fails keeps the first one, which ran in its own transaction', async () => {
    const result = await api.run(`mutation {
      ok: createTheme(input: { id: "investasi", name: "Investasi" }) { id }
      bad: createTheme(input: { id: "investasi", name: "Lagi" }) { id }
    }`);
    expect(result.errors).toHaveLength(1);
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.id' });
    expect(result.errors![0]!.path).toEqual(['bad']);
    // A non-null field failed, so data is null as a whole; the first theme was still written.
    expect(result.data).toBeNull();
    expect(await stored('Theme', 'investasi')).toMatchObject({ name: 'Investasi' });
    expect(await countOf(`MATCH (t:Theme {id: 'investasi'}) RETURN count(t) AS n`)).toBe(1);
  });
});
