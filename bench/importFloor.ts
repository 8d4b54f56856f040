// npx tsx bench/importFloor.ts <S|M|L>: what Neo4j itself takes to write a benchmark graph on
// this machine, the floor for `importBundle` (bench/RESULTS.md). Into an empty database (a
// folder of its own, wiped first) with the regions: the scale graph's rows are generated and held
// in memory first (not timed), then written with plain UNWIND ... CREATE in one transaction,
// 10,000 rows a statement, with no check, no merge and no provenance. Prints nodes, links and
// commit seconds and the elements per second. L does not fit one transaction: use S or M.
import { rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadConfig } from '../src/config.js';
import { fillTemplate } from '../src/db/cypher.js';
import { openDatabase } from '../src/db/database.js';
import { migrate } from '../src/db/migrate.js';
import { importBundle } from '../src/modules/import/importBundle.js';
import { derivedLinks, linkRow, nodeRow, type LinkRow, type NodeRow } from '../src/modules/import/rows.js';
import { SECTIONS } from '../src/modules/import/sections.js';
import { objectSource } from '../src/modules/import/sources/object.js';
import { LABELS, type Label } from '../src/model/labels.js';
import { RELATIONS, type RelationName } from '../src/model/relations.js';
import { governmentGraph, indonesianRegions, regionGraph } from '../src/seed/regions.js';
import { toBundle } from '../src/seed/toBundle.js';
import { MEMORY } from './lib/benchDatabase.js';
import { scaleRecords } from './scale/generate.js';
import { SCALE_SEED, SIZES, type SizeName } from './scale/sizes.js';

const size = (process.argv[2] ?? 'S') as SizeName;
if (!(size in SIZES)) throw new Error(`size must be one of ${Object.keys(SIZES).join(', ')}`);
const BATCH = 10_000;
const dataDir = resolve(`.neo4j/bench-floor-${size}`);
rmSync(dataDir, { recursive: true, force: true });

const { areas, governments } = await indonesianRegions();
const nodes = new Map<Label, NodeRow[]>();
const links = new Map<RelationName, LinkRow[]>();
for (const { section: name, record } of scaleRecords(SIZES[size], areas, SCALE_SEED)) {
  const section = SECTIONS.get(name)!;
  const parsed = section.schema.parse(record) as Record<string, unknown>;
  if (section.kind === 'entity') {
    (nodes.get(section.label) ?? nodes.set(section.label, []).get(section.label)!).push(nodeRow(section, parsed));
    for (const link of derivedLinks(section, parsed)) (links.get(link.relation) ?? links.set(link.relation, []).get(link.relation)!).push(link);
  } else {
    const link = linkRow(section, parsed);
    (links.get(link.relation) ?? links.set(link.relation, []).get(link.relation)!).push(link);
  }
}
const db = await openDatabase(loadConfig({
  NEO4J_DATA_DIR: dataDir, NEO4J_BOLT_PORT: '7771', NEO4J_HEAP_MB: String(MEMORY[size].heapMb), NEO4J_PAGECACHE_MB: String(MEMORY[size].pageCacheMb),
}), () => undefined);
try {
  await migrate(db.executor);
  await importBundle(db.executor, objectSource('floor/regions', toBundle(governmentGraph(governments, regionGraph(areas)))));
  const session = db.driver.session();
  const tx = session.beginTransaction();
  let elements = 0;
  const started = performance.now();
  for (const [label, rows] of nodes) {
    const text = fillTemplate('UNWIND $rows AS row CREATE (n:__Label__ {__key__: row.key}) SET n += row.props', { Label: label, key: LABELS[label].key });
    for (let i = 0; i < rows.length; i += BATCH) await tx.run(text, { rows: rows.slice(i, i + BATCH) });
    elements += rows.length;
  }
  const nodesDone = performance.now();
  for (const [relation, rows] of links) {
    const spec = RELATIONS[relation];
    const text = fillTemplate(
      'UNWIND $rows AS row MATCH (a:__From__ {__fromKey__: row.from}) MATCH (b:__To__ {__toKey__: row.to}) CREATE (a)-[r:__TYPE__]->(b) SET r += row.props',
      { From: spec.from, fromKey: LABELS[spec.from].key, TYPE: spec.type, To: spec.to, toKey: LABELS[spec.to].key },
    );
    for (let i = 0; i < rows.length; i += BATCH) {
      await tx.run(text, { rows: rows.slice(i, i + BATCH).map(({ from, to, props }) => ({ from, to, props })) });
    }
    elements += rows.length;
  }
  const linksDone = performance.now();
  await tx.commit();
  const committed = performance.now();
  await session.close();
  const s = (ms: number) => (ms / 1000).toFixed(1);
  console.log(`${size} floor: ${elements.toLocaleString('en-US')} elements, nodes ${s(nodesDone - started)} s, links ${s(linksDone - nodesDone)} s, `
    + `commit ${s(committed - linksDone)} s, in all ${s(committed - started)} s = ${Math.round(elements / ((committed - started) / 1000)).toLocaleString('en-US')} elements/s`);
} finally {
  await db.close();
  rmSync(dataDir, { recursive: true, force: true });
}
