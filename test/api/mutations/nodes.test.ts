import { describe, expect, it } from 'vitest';
import { api, countOf, counts, expectFailure, SOURCE_FIELDS, stored, useMutationFixture, type Props } from '../../support/mutations.js';

/**
 * createX, updateX and deleteX for every label, against the real database: each test starts from
 * the fixture of test/support/fixture.ts and reads the graph back with Cypher to check what was
 * written. The field rules shared by all labels are in validation.test.ts; regions' own rules in
 * regions.test.ts.
 */

useMutationFixture();

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
