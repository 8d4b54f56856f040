/**
 * Checks that the peer (@neo4j/graphql, bench/peer) gives the same answers as our API on the
 * same graph, for every case it can express: runs both, compares them (compare.ts) and prints
 * OK or the differences, with the time of each answer (two runs each, not a benchmark).
 *
 *   npx tsx bench/peer/check.ts [bolt://127.0.0.1:7752]
 *
 * The graph is the one at the URL (or NEO4J_URI and the other settings of src/config.ts); it
 * should hold the regions and a scale graph (bench/scale), whose keys the cases use.
 * Exits 1 when an answer differs or fails.
 */
import type { ApolloServer } from '@apollo/server';
import { ADMIN } from '../../src/auth/roles.js';
import { loadConfig } from '../../src/config.js';
import { openDatabase, type Database } from '../../src/db/database.js';
import { createContext, type GraphContext } from '../../src/graphql/context.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { ENTITY_QUERIES, type EntityCase } from '../cases/entities.js';
import { comparePeerAnswers, normalise, ANSWER_SHAPES } from './compare.js';
import { PEER_ANALYSES, PEER_NOT_EXPRESSIBLE, PEER_QUERIES, type PeerComparison } from './queries.js';
import { startPeer } from './server.js';

type Json = Record<string, any>;
interface Request { readonly query: string; readonly variables: Record<string, unknown> }

async function askOurs(apollo: ApolloServer<GraphContext>, db: Database, request: Request): Promise<Json> {
  const response = await apollo.executeOperation(
    { query: request.query, variables: request.variables },
    { contextValue: createContext(db.executor, { embedded: db.embedded, principal: ADMIN }) },
  );
  if (response.body.kind !== 'single') throw new Error('expected a single result');
  const { data, errors } = response.body.singleResult;
  if (errors?.length) throw new Error(`our API: ${errors.map((e) => e.message).join('; ')}`);
  return data as Json;
}

async function askPeer(url: string, request: Request): Promise<Json> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: request.query, variables: request.variables }),
  });
  const body = await response.json() as { data?: Json; errors?: Array<{ message: string }> };
  if (body.errors?.length) throw new Error(`peer: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!response.ok || !body.data) throw new Error(`peer: HTTP ${response.status}`);
  return body.data;
}

async function timed<T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const start = performance.now();
  const value = await run();
  return { value, ms: performance.now() - start };
}

/** A line saying how big the answer is, so an OK on two empty answers shows as such. */
function sizeOf(caseName: string, data: Json): string {
  const answer = normalise(ANSWER_SHAPES[caseName]!, data);
  if (Array.isArray(answer)) {
    const links = answer.reduce((sum, agency) => sum + agency.participations.length, 0);
    return `${answer.length} agencies, ${links} participations`;
  }
  return `totalCount ${answer.totalCount}, ${answer.programs.length} on the page`;
}

const uri = process.argv[2];
const config = loadConfig(uri ? { ...process.env, NEO4J_URI: uri } : process.env);
const db = await openDatabase(config, () => undefined);
const apollo = createApolloServer(serverSettings(config));
await apollo.start();
const peer = await startPeer({ driver: db.driver, database: config.NEO4J_DATABASE ?? 'neo4j' });

const cases: Array<[string, PeerComparison]> = [
  ...Object.entries(PEER_QUERIES).map(([name, peerQuery]) =>
    [name, { ours: ENTITY_QUERIES[name as EntityCase], peer: peerQuery! }] as [string, PeerComparison]),
  ...Object.entries(PEER_ANALYSES),
];
let failed = 0;
try {
  for (const [name, { ours, peer: peerQuery }] of cases) {
    try {
      // The first run includes Neo4j planning the statement; the second is warm.
      const mine = [await timed(() => askOurs(apollo, db, ours)), await timed(() => askOurs(apollo, db, ours))];
      const theirs = [await timed(() => askPeer(peer.url, peerQuery)), await timed(() => askPeer(peer.url, peerQuery))];
      const diffs = [...comparePeerAnswers(name, mine[0]!.value, theirs[0]!.value), ...comparePeerAnswers(name, mine[1]!.value, theirs[1]!.value)];
      const ms = (runs: typeof mine) => runs.map((run) => run.ms.toFixed(0)).join(' then ');
      const times = `ours ${ms(mine)} ms, peer ${ms(theirs)} ms (first run, then warm)`;
      if (diffs.length === 0) {
        console.log(`OK ${name}: ${sizeOf(name, mine[0]!.value)}; ${times}`);
      } else {
        failed += 1;
        console.log(`DIFFERENT ${name}: ${times}\n  ${diffs.join('\n  ')}`);
      }
    } catch (error) {
      failed += 1;
      console.log(`FAILED ${name}: ${(error as Error).message}`);
    }
  }
  for (const [name, why] of Object.entries(PEER_NOT_EXPRESSIBLE)) console.log(`NOT EXPRESSIBLE ${name}: ${why}`);
} finally {
  await peer.stop();
  await apollo.stop();
  await db.close();
}
console.log(failed === 0 ? `all ${cases.length} expressible cases give the same answer` : `${failed} of ${cases.length} cases differ or failed`);
process.exitCode = failed === 0 ? 0 : 1;
