import type { TestDatabase } from './database.js';

/**
 * A small graph written by hand, so that every expected answer in the API tests can be
 * worked out by reading this file.
 *
 * Regions: ID > 11 (ACEH) > 11.01 (KAB. ACEH SELATAN, 2 outermost islands) > 11.01.01 (Bakongan)
 *          ID > 32 (JAWA BARAT) > 32.73 (KOTA BANDUNG)
 * Themes:  reformasi-birokrasi > digitalisasi > arsip-digital ; kemiskinan (root)
 * Agencies: kementerian-panrb (MINISTRY, NATIONAL), bkn, anri (NON_MINISTERIAL_AGENCY, NATIONAL),
 *           pemprov-aceh (PROVINCIAL, jurisdiction 11), pemkot-bandung (CITY, LOCAL, jurisdiction 32.73)
 * Programs: spbe (PANRB LEAD, ANRI IMPLEMENTER; digitalisasi; covers ID; 2018-2025; partner startup-a INDUSTRY TECHNOLOGY)
 *           arsip-aceh (ANRI LEAD, pemprov-aceh IMPLEMENTER; arsip-digital; covers 11.01; 2022-2024)
 *           bandung-miskin (pemkot-bandung LEAD; kemiskinan; covers 32.73; 2023-open)
 * Mandate: mandat-anri-arsip (held by anri, granted by arahan-menpanrb, concerns arsip-digital; fulfilled by arsip-aceh)
 * Forum: paguyuban (COMMUNITY): members kementerian-panrb, bkn
 * Indicator: indeks-spbe measures spbe: 2023 target 3.0 actual 2.8 (national); 2024 target 3.2 in 11 (actual none)
 * BKN reports to kementerian-panrb.
 */
export async function loadFixture(db: TestDatabase): Promise<void> {
  const src = { sourceRefs: ['test'], sourceTitles: ['test fixture'] };
  await db.cypher(`
    CREATE (id:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 2})
    CREATE (aceh:Region {code: '11', name: 'ACEH', level: 'PROVINCE', outermostIslandCount: 2})-[:PART_OF]->(id)
    CREATE (acsel:Region {code: '11.01', name: 'KABUPATEN ACEH SELATAN', level: 'REGENCY', isCity: false, outermostIslandCount: 2})-[:PART_OF]->(aceh)
    CREATE (:Region {code: '11.01.01', name: 'Bakongan', level: 'DISTRICT', outermostIslandCount: 0})-[:PART_OF]->(acsel)
    CREATE (jabar:Region {code: '32', name: 'JAWA BARAT', level: 'PROVINCE', outermostIslandCount: 0})-[:PART_OF]->(id)
    CREATE (bdg:Region {code: '32.73', name: 'KOTA BANDUNG', level: 'REGENCY', isCity: true, outermostIslandCount: 0})-[:PART_OF]->(jabar)
    CREATE (rb:Theme {id: 'reformasi-birokrasi', name: 'Reformasi Birokrasi'})
    CREATE (dig:Theme {id: 'digitalisasi', name: 'Digitalisasi'})-[:PART_OF]->(rb)
    CREATE (arsip:Theme {id: 'arsip-digital', name: 'Arsip Digital'})-[:PART_OF]->(dig)
    CREATE (miskin:Theme {id: 'kemiskinan', name: 'Pengurangan Kemiskinan'})
    CREATE (panrb:Agency {id: 'kementerian-panrb', name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', acronym: 'PANRB', kind: 'MINISTRY', level: 'NATIONAL'})
    CREATE (bkn:Agency {id: 'bkn', name: 'Badan Kepegawaian Negara', acronym: 'BKN', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL'})
    CREATE (anri:Agency {id: 'anri', name: 'Arsip Nasional Republik Indonesia', acronym: 'ANRI', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL'})
    CREATE (pa:Agency {id: 'pemprov-aceh', name: 'Pemerintah Provinsi Aceh', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL'})-[:JURISDICTION]->(aceh)
    CREATE (pb:Agency {id: 'pemkot-bandung', name: 'Pemerintah Kota Bandung', kind: 'CITY_GOVERNMENT', level: 'LOCAL'})-[:JURISDICTION]->(bdg)
    CREATE (bkn)-[:REPORTS_TO]->(panrb)
    CREATE (spbe:Program {id: 'spbe', name: 'Sistem Pemerintahan Berbasis Elektronik', track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2018, endYear: 2025})
    CREATE (ap:Program {id: 'arsip-aceh', name: 'Digitalisasi Arsip Aceh', track: 'RB_THEMATIC', status: 'ACTIVE', startYear: 2022, endYear: 2024})
    CREATE (bm:Program {id: 'bandung-miskin', name: 'Bandung Bebas Kemiskinan', track: 'RB_THEMATIC', status: 'ACTIVE', startYear: 2023})
    CREATE (panrb)-[:PARTICIPATES_IN {role: 'LEAD'}]->(spbe)
    CREATE (anri)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(spbe)
    CREATE (anri)-[:PARTICIPATES_IN {role: 'LEAD'}]->(ap)
    CREATE (pa)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(ap)
    CREATE (pb)-[:PARTICIPATES_IN {role: 'LEAD'}]->(bm)
    CREATE (spbe)-[:ADDRESSES]->(dig)
    CREATE (ap)-[:ADDRESSES]->(arsip)
    CREATE (bm)-[:ADDRESSES]->(miskin)
    CREATE (spbe)-[:COVERS]->(id)
    CREATE (ap)-[:COVERS]->(acsel)
    CREATE (bm)-[:COVERS]->(bdg)
    CREATE (p:Partner {id: 'startup-a', name: 'Startup A', helix: 'INDUSTRY'})-[:PARTNERS_IN {role: 'TECHNOLOGY'}]->(spbe)
    CREATE (reg:Regulation {id: 'arahan-menpanrb', title: 'Arahan Menteri PANRB', kind: 'DIRECTIVE'})
    CREATE (m:Mandate {id: 'mandat-anri-arsip', title: 'Digitalisasi arsip terintegrasi SPBE'})
    CREATE (anri)-[:HOLDS]->(m), (m)-[:GRANTED_BY]->(reg), (m)-[:CONCERNS]->(arsip), (ap)-[:FULFILLS]->(m)
    CREATE (f:Forum {id: 'paguyuban', name: 'Paguyuban', kind: 'COMMUNITY'})
    CREATE (panrb)-[:MEMBER_OF]->(f), (bkn)-[:MEMBER_OF]->(f)
    CREATE (ind:Indicator {id: 'indeks-spbe', name: 'Indeks SPBE', unit: 'index', direction: 'HIGHER_IS_BETTER'})
    CREATE (spbe)-[:MEASURED_BY]->(ind)
    CREATE (ind)-[:HAS_MEASUREMENT]->(:Measurement {id: 'indeks-spbe:2023:ID', year: 2023, target: 3.0, actual: 2.8})
    CREATE (ind)-[:HAS_MEASUREMENT]->(m24:Measurement {id: 'indeks-spbe:2024:11', year: 2024, regionCode: '11', target: 3.2})-[:MEASURED_IN]->(aceh)
    WITH 1 AS done
    MATCH (n) WHERE NOT n:Measurement SET n += $src
  `, { src });
}
