import { beforeEach, describe, expect, it } from 'vitest';
import { api, countOf, counts, db, expectFailure, graphState, LINK, UNLINK, useMutationFixture } from '../../support/mutations.js';

/**
 * link and unlink for every relation of the Relation enum: roles, the labels at either end,
 * cycles, and nested fields reading the new state.
 */

useMutationFixture();

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
