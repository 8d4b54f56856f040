import type { TestDatabase } from '../support/database.js';

/**
 * A small graph for the export tests:
 *
 *   (Agency kemen-a, acronym KA) -PARTICIPATES_IN {LEAD}-------> (Program prog-1)
 *   (Agency pemda-b)             -PARTICIPATES_IN {IMPLEMENTER}-> (Program prog-1)
 *   (Partner univ)               -PARTNERS_IN {RESEARCH}-------> (Program prog-1)
 *   (Program prog-1) -ADDRESSES-> (Theme digitalisasi)
 *   (Program prog-1) -COVERS-> (Region 32)
 *   (Program prog-1) -MEASURED_BY-> (Indicator ind-1)
 *   (Agency pemda-b) -JURISDICTION-> (Region 32)
 *
 * plus what a whole-graph export leaves out: a Measurement node (ind-1 -HAS_MEASUREMENT->) and
 * a relationship of a type outside the allow-list (kemen-a -LIKES-> pemda-b).
 * So the whole graph exports 7 nodes and 7 edges. Names carry the characters exports must
 * escape: quotes, &, <, >, a newline, a backslash and a `#`.
 */
export const AGENCY_A_NAME = 'Kementerian "A" & <B> \'kutip\' \\ miring';
export const AGENCY_B_NAME = 'Pemda B\nbaris dua # bukan komentar';
export const WHOLE_NODES = 7;
export const WHOLE_EDGES = 7;

export async function loadExportFixture(db: TestDatabase): Promise<void> {
  await db.cypher(
    `CREATE (a:Agency {id: 'kemen-a', name: $aName, acronym: 'KA', kind: 'MINISTRY', level: 'NATIONAL',
                       sourceRefs: ['seeds/artikel-1.md'], sourceTitles: ['Judul # satu, "kutip"']})
     CREATE (b:Agency {id: 'pemda-b', name: $bName, kind: 'REGENCY_GOVERNMENT', level: 'REGENCY',
                       sourceRefs: ['synthetic'], sourceTitles: ['Generated demo data (deterministic, not fact)']})
     CREATE (p:Program {id: 'prog-1', name: 'Program Satu', track: 'RB_GENERAL', startYear: 2022, budget: 1.5,
                        sourceRefs: ['synthetic'], sourceTitles: ['Generated demo data (deterministic, not fact)']})
     CREATE (t:Theme {id: 'digitalisasi', name: 'Digitalisasi'})
     CREATE (r:Region {code: '32', name: 'Jawa Barat', level: 'PROVINCE', outermostIslandCount: 0, hasOutermostIslands: false})
     CREATE (u:Partner {id: 'univ', name: 'Universitas Contoh', helix: 'ACADEMIA'})
     CREATE (i:Indicator {id: 'ind-1', name: 'Indeks SPBE', unit: 'index', direction: 'HIGHER_IS_BETTER'})
     CREATE (m:Measurement {id: 'ind-1:2024:ID', year: 2024, target: 3.5})
     CREATE (a)-[:PARTICIPATES_IN {role: 'LEAD'}]->(p)
     CREATE (b)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(p)
     CREATE (u)-[:PARTNERS_IN {role: 'RESEARCH'}]->(p)
     CREATE (p)-[:ADDRESSES]->(t)
     CREATE (p)-[:COVERS]->(r)
     CREATE (p)-[:MEASURED_BY]->(i)
     CREATE (b)-[:JURISDICTION]->(r)
     CREATE (i)-[:HAS_MEASUREMENT]->(m)
     CREATE (a)-[:LIKES]->(b)`,
    { aName: AGENCY_A_NAME, bName: AGENCY_B_NAME },
  );
}
