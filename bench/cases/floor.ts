import type { EntityCase } from './entities.js';

/**
 * The floor of the entity queries: the same answer written by hand as one Cypher statement each,
 * the way a developer with neo4j-driver and no API would ask it. (For the analyses and the
 * network view the floor replays the statements our API sends: those are hand-written Cypher
 * already, in the .cypher files beside the code.)
 */
export const FLOOR_CYPHER: Partial<Record<EntityCase, string>> = {
  programPage: `
MATCH (:Theme {id: $theme})<-[:PART_OF*0..]-(:Theme)<-[:ADDRESSES]-(p:Program {status: 'ACTIVE'})
WITH DISTINCT p
ORDER BY p.name, p.id
WITH collect(p {.id, .name, .track, .status, .startYear, .endYear}) AS programs
RETURN size(programs) AS totalCount, programs[0..50] AS nodes`,
  agenciesWithPrograms: `
MATCH (a:Agency)
WITH a ORDER BY a.name, a.id LIMIT 50
RETURN a.id AS id, a.name AS name,
       [(a)-[r:PARTICIPATES_IN]->(p:Program) | {role: r.role, program: p {.id, .name,
         regions: [(p)-[:COVERS]->(g:Region) | g {.code, .name}]}}] AS programs`,
};
