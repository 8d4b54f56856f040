import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

let db: TestDatabase;
let api: TestApi;

/**
 * Themes: kemiskinan > kemiskinan-ekstrem ; digital ; arsip ; wisata ; anggaran
 * Regulations: reg-a "Peraturan A", reg-b "Peraturan B"
 * Agencies: pemda (the one asked about), mitra (a co-participant), lain (another agency)
 * Mandates (id "title": holder, themes, regulations, fulfilled by):
 *   m-kemiskinan "Mandat Kemiskinan": pemda, kemiskinan, reg-b + reg-a, nothing
 *   m-anggaran   "Anggaran Tertib":   pemda, anggaran, none, nothing
 *   m-digital    "Mandat Digital":    pemda, digital, reg-a, p-lain (a program of lain only)
 *   m-arsip      "Mandat Arsip":      mitra, arsip, reg-a, p-arsip
 *   m-lain       "Mandat Lain":       lain, digital, none, p-digital (a program lain takes no part in)
 * Programs (id "name": agencies with roles, themes, fulfils):
 *   p-arsip   "Arsip Bersama": pemda LEAD, mitra IMPLEMENTER; arsip; m-arsip
 *   p-ekstrem "Ekstrem Nol":   pemda IMPLEMENTER; kemiskinan-ekstrem; nothing
 *   p-miskin  "Bantuan Miskin": pemda SUPPORTER and FUNDER, mitra SUPPORTER; kemiskinan; nothing
 *   p-digital "Digital Desa":  pemda LEAD; digital; m-lain
 *   p-wisata  "Wisata Desa":   pemda LEAD; wisata; nothing
 *   p-lain    "Layanan Lain":  lain LEAD; digital; m-digital
 * And sepi, an agency that holds m-sepi, fulfilled by p-sepi, its only program (LEAD).
 */
beforeAll(async () => {
  ({ db, api } = await openApiSuite(async (db) => {
    await db.cypher(`
      CREATE (kemiskinan:Theme {id: 'kemiskinan', name: 'Kemiskinan'})
      CREATE (ekstrem:Theme {id: 'kemiskinan-ekstrem', name: 'Kemiskinan Ekstrem'})-[:PART_OF]->(kemiskinan)
      CREATE (digital:Theme {id: 'digital', name: 'Digital'})
      CREATE (arsip:Theme {id: 'arsip', name: 'Arsip'})
      CREATE (wisata:Theme {id: 'wisata', name: 'Wisata'})
      CREATE (anggaran:Theme {id: 'anggaran', name: 'Anggaran'})
      CREATE (regA:Regulation {id: 'reg-a', title: 'Peraturan A', kind: 'LAW'})
      CREATE (regB:Regulation {id: 'reg-b', title: 'Peraturan B', kind: 'DIRECTIVE'})
      CREATE (pemda:Agency {id: 'pemda', name: 'Pemda', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL'})
      CREATE (mitra:Agency {id: 'mitra', name: 'Mitra', kind: 'MINISTRY', level: 'NATIONAL'})
      CREATE (lain:Agency {id: 'lain', name: 'Lain', kind: 'MINISTRY', level: 'NATIONAL'})
      CREATE (mKem:Mandate {id: 'm-kemiskinan', title: 'Mandat Kemiskinan'})
      CREATE (mAng:Mandate {id: 'm-anggaran', title: 'Anggaran Tertib'})
      CREATE (mDig:Mandate {id: 'm-digital', title: 'Mandat Digital'})
      CREATE (mArs:Mandate {id: 'm-arsip', title: 'Mandat Arsip'})
      CREATE (mLain:Mandate {id: 'm-lain', title: 'Mandat Lain'})
      CREATE (pemda)-[:HOLDS]->(mKem), (mKem)-[:CONCERNS]->(kemiskinan), (mKem)-[:GRANTED_BY]->(regB), (mKem)-[:GRANTED_BY]->(regA)
      CREATE (pemda)-[:HOLDS]->(mAng), (mAng)-[:CONCERNS]->(anggaran)
      CREATE (pemda)-[:HOLDS]->(mDig), (mDig)-[:CONCERNS]->(digital), (mDig)-[:GRANTED_BY]->(regA)
      CREATE (mitra)-[:HOLDS]->(mArs), (mArs)-[:CONCERNS]->(arsip), (mArs)-[:GRANTED_BY]->(regA)
      CREATE (lain)-[:HOLDS]->(mLain), (mLain)-[:CONCERNS]->(digital)
      CREATE (pArsip:Program {id: 'p-arsip', name: 'Arsip Bersama', track: 'OTHER', status: 'ACTIVE'})
      CREATE (pEkstrem:Program {id: 'p-ekstrem', name: 'Ekstrem Nol', track: 'OTHER', status: 'ACTIVE'})
      CREATE (pMiskin:Program {id: 'p-miskin', name: 'Bantuan Miskin', track: 'OTHER', status: 'ACTIVE'})
      CREATE (pDigital:Program {id: 'p-digital', name: 'Digital Desa', track: 'OTHER', status: 'ACTIVE'})
      CREATE (pWisata:Program {id: 'p-wisata', name: 'Wisata Desa', track: 'OTHER', status: 'ACTIVE'})
      CREATE (pLain:Program {id: 'p-lain', name: 'Layanan Lain', track: 'OTHER', status: 'ACTIVE'})
      CREATE (pemda)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pArsip), (mitra)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pArsip)
      CREATE (pArsip)-[:ADDRESSES]->(arsip), (pArsip)-[:FULFILLS]->(mArs)
      CREATE (pemda)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(pEkstrem), (pEkstrem)-[:ADDRESSES]->(ekstrem)
      CREATE (pemda)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(pMiskin), (pemda)-[:PARTICIPATES_IN {role: 'FUNDER'}]->(pMiskin)
      CREATE (mitra)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(pMiskin), (pMiskin)-[:ADDRESSES]->(kemiskinan)
      CREATE (pemda)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pDigital), (pDigital)-[:ADDRESSES]->(digital), (pDigital)-[:FULFILLS]->(mLain)
      CREATE (pemda)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pWisata), (pWisata)-[:ADDRESSES]->(wisata)
      CREATE (lain)-[:PARTICIPATES_IN {role: 'LEAD'}]->(pLain), (pLain)-[:ADDRESSES]->(digital), (pLain)-[:FULFILLS]->(mDig)
      CREATE (sepi:Agency {id: 'sepi', name: 'Sepi', kind: 'OTHER', level: 'NATIONAL'})-[:HOLDS]->(mSepi:Mandate {id: 'm-sepi', title: 'Sepi'})
      CREATE (sepi)-[:PARTICIPATES_IN {role: 'LEAD'}]->(:Program {id: 'p-sepi', name: 'Sepi', track: 'OTHER', status: 'ACTIVE'})-[:FULFILLS]->(mSepi)
    `);
  }));
});

afterAll(() => closeApiSuite({ db, api }));

const CONFORMANCE = `query ($agency: ID!) {
  mandateConformance(agency: $agency) {
    agency { id }
    unfulfilledMandates { mandate { id } themes { id } regulations { id } candidatePrograms { id } }
    programsWithoutMandate { program { id } role themes { id } relatedMandates { id } }
    rule
  }
}`;

describe('mandateConformance', () => {
  it('finds the mandates no program fulfils, with the agency programs that could', async () => {
    const { mandateConformance } = await api.ok(CONFORMANCE, { agency: 'pemda' });
    expect(mandateConformance.agency).toEqual({ id: 'pemda' });
    // m-digital is fulfilled by p-lain, a program of another agency: not a gap.
    // By title: "Anggaran Tertib" before "Mandat Kemiskinan".
    // Candidates for m-kemiskinan: pemda's programs on kemiskinan (p-miskin) or its sub-theme (p-ekstrem),
    // by name: "Bantuan Miskin", "Ekstrem Nol". Regulations by title: Peraturan A, Peraturan B.
    expect(mandateConformance.unfulfilledMandates).toEqual([
      { mandate: { id: 'm-anggaran' }, themes: [{ id: 'anggaran' }], regulations: [], candidatePrograms: [] },
      {
        mandate: { id: 'm-kemiskinan' },
        themes: [{ id: 'kemiskinan' }],
        regulations: [{ id: 'reg-a' }, { id: 'reg-b' }],
        candidatePrograms: [{ id: 'p-miskin' }, { id: 'p-ekstrem' }],
      },
    ]);
    expect(mandateConformance.rule).toContain('fulfil no mandate');
  });

  it('finds the programs that fulfil no mandate of their agencies, with the related mandates', async () => {
    const { mandateConformance } = await api.ok(CONFORMANCE, { agency: 'pemda' });
    // p-arsip fulfils m-arsip of mitra, a co-participant: not creep.
    // By name: Bantuan Miskin, Digital Desa, Ekstrem Nol, Wisata Desa.
    expect(mandateConformance.programsWithoutMandate).toEqual([
      // pemda is SUPPORTER and FUNDER: FUNDER shown; m-kemiskinan concerns its theme; mitra's m-arsip does not
      { program: { id: 'p-miskin' }, role: 'FUNDER', themes: [{ id: 'kemiskinan' }], relatedMandates: [{ id: 'm-kemiskinan' }] },
      // it fulfils m-lain, but lain takes no part in it; pemda's m-digital concerns its theme
      { program: { id: 'p-digital' }, role: 'LEAD', themes: [{ id: 'digital' }], relatedMandates: [{ id: 'm-digital' }] },
      // m-kemiskinan concerns kemiskinan, the theme above kemiskinan-ekstrem
      { program: { id: 'p-ekstrem' }, role: 'IMPLEMENTER', themes: [{ id: 'kemiskinan-ekstrem' }], relatedMandates: [{ id: 'm-kemiskinan' }] },
      { program: { id: 'p-wisata' }, role: 'LEAD', themes: [{ id: 'wisata' }], relatedMandates: [] },
    ]);
  });

  it('an agency with neither a gap nor creep gets two empty lists', async () => {
    // mitra: m-arsip is fulfilled by p-arsip (its own mandate: no gap, and p-arsip is no creep);
    // but p-miskin fulfils nothing, so it is creep for mitra too, with pemda's m-kemiskinan related
    const { mandateConformance: mitra } = await api.ok(CONFORMANCE, { agency: 'mitra' });
    expect(mitra.unfulfilledMandates).toEqual([]);
    expect(mitra.programsWithoutMandate).toEqual([
      { program: { id: 'p-miskin' }, role: 'SUPPORTER', themes: [{ id: 'kemiskinan' }], relatedMandates: [{ id: 'm-kemiskinan' }] },
    ]);
    // sepi: its one mandate is fulfilled by its one program
    const { mandateConformance: sepi } = await api.ok(CONFORMANCE, { agency: 'sepi' });
    expect(sepi).toMatchObject({ agency: { id: 'sepi' }, unfulfilledMandates: [], programsWithoutMandate: [] });
  });

  it('a program of another agency that fulfils a mandate of someone outside it is creep for that agency', async () => {
    // lain: m-lain is fulfilled by p-digital: no gap; p-lain fulfils m-digital of pemda, who takes no part in it
    const { mandateConformance } = await api.ok(CONFORMANCE, { agency: 'lain' });
    expect(mandateConformance.unfulfilledMandates).toEqual([]);
    expect(mandateConformance.programsWithoutMandate).toEqual([
      { program: { id: 'p-lain' }, role: 'LEAD', themes: [{ id: 'digital' }], relatedMandates: [{ id: 'm-lain' }] },
    ]);
  });

  it('an unknown agency is NOT_FOUND, in one statement', async () => {
    const result = await api.run(CONFORMANCE, { agency: 'nope' });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'NOT_FOUND', field: 'agency' });
    expect(result.statements).toBe(1);
  });
});
