import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { Driver } from 'neo4j-driver';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer, serverSettings } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import { loadConfig } from '../../src/config.js';
import { Executor } from '../../src/db/executor.js';
import { loadSubgraph } from '../../src/modules/network/load.js';
import { measure } from '../../src/modules/network/metrics.js';
import { MetricsPool, MetricsTimeoutError, measureOffThread } from '../../src/modules/network/metricsPool.js';
import type { NetworkSelection } from '../../src/modules/network/selection.js';
import { testDatabase, type TestDatabase } from '../support/database.js';

/*
 * Finding 2 of issue 12, "accepted queries that tie up the server": twenty aliases of the largest
 * network view took 10 s and held /healthz up to 6.8 s (betweenness and Louvain ran on the event
 * loop); twenty coverageGaps at DISTRICT level went through; the cost limit counted neither a
 * list's size nor one transaction per alias, and under-counted fragments. Now the cost counts
 * all of it, one request holds at most GRAPHQL_DB_CONCURRENCY connections, and the metrics run
 * in a worker thread.
 */

const defaults = loadConfig({});
const PROGRAMS = 900;
const AGENCIES = 600;
const PARTNERS = 500;

let db: TestDatabase;
let apollo: ApolloServer<GraphContext>;
let server: Server;
let base: string;
let statements = 0;
/** Sessions the API's driver has open now, and the most at once. */
let openSessions = 0;
let peakSessions = 0;

/** The run's driver, counting its open sessions: every transaction of the Executor opens one. */
function countingSessions(driver: Driver): Driver {
  return new Proxy(driver, {
    get(target, property, receiver) {
      if (property !== 'session') return Reflect.get(target, property, receiver);
      return (...args: Parameters<Driver['session']>) => {
        const session = target.session(...args);
        openSessions += 1;
        peakSessions = Math.max(peakSessions, openSessions);
        const close = session.close.bind(session);
        session.close = async () => {
          openSessions -= 1;
          return close();
        };
        return session;
      };
    },
  });
}

/** About 2,000 nodes and 10,000 edges within three hops of Indonesia: the largest view a client may ask. */
async function seedLargeGraph() {
  await db.cypher(`CREATE (:Region {code: 'ID', name: 'INDONESIA', level: 'COUNTRY', outermostIslandCount: 0})`);
  await db.cypher(`
    MATCH (id:Region {code: 'ID'})
    UNWIND range(1, toInteger($programs)) AS i
    CREATE (p:Program {id: 'p' + i, name: 'Program ' + i, track: 'RB_GENERAL', status: 'ACTIVE', startYear: 2020})-[:COVERS]->(id)`, { programs: PROGRAMS });
  await db.cypher(`UNWIND range(1, toInteger($agencies)) AS a CREATE (:Agency {id: 'a' + a, name: 'Agency ' + a, kind: 'MINISTRY', level: 'NATIONAL'})`, { agencies: AGENCIES });
  await db.cypher(`UNWIND range(1, toInteger($partners)) AS x CREATE (:Partner {id: 'x' + x, name: 'Partner ' + x, helix: 'ACADEMIA'})`, { partners: PARTNERS });
  await db.cypher(`
    UNWIND range(1, toInteger($agencies)) AS a UNWIND range(0, 11) AS k
    MATCH (agency:Agency {id: 'a' + a}), (program:Program {id: 'p' + ((a * 37 + k * 101) % toInteger($programs) + 1)})
    MERGE (agency)-[:PARTICIPATES_IN {role: 'IMPLEMENTER'}]->(program)`, { agencies: AGENCIES, programs: PROGRAMS });
  await db.cypher(`
    UNWIND range(1, toInteger($partners)) AS x UNWIND range(0, 3) AS k
    MATCH (partner:Partner {id: 'x' + x}), (program:Program {id: 'p' + ((x * 53 + k * 211) % toInteger($programs) + 1)})
    MERGE (partner)-[:PARTNERS_IN {role: 'SUPPORTER'}]->(program)`, { partners: PARTNERS, programs: PROGRAMS });
}

beforeAll(async () => {
  db = await testDatabase();
  await db.wipe();
  await seedLargeGraph();
  const executor = Executor.forDriver(countingSessions(db.driver));
  executor.onStatement(() => { statements += 1; });
  apollo = createApolloServer(serverSettings(defaults));
  await apollo.start();
  server = createApp(apollo, executor, { embedded: true, driver: db.driver, bodyLimitKb: defaults.HTTP_BODY_LIMIT_KB }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  // Once first, so the measured run finds Neo4j's caches and plans and the metrics worker warm.
  expect((await post(`{ ${LARGEST_NETWORK} { truncated } }`)).status).toBe(200);
}, 180_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((done) => (server ? server.close(() => done()) : done()));
  await apollo?.stop();
  await db?.close();
});

interface Answer {
  readonly status: number;
  readonly body: { data?: Record<string, unknown> | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
  readonly statements: number;
  readonly ms: number;
}

async function post(query: string, variables?: Record<string, unknown>): Promise<Answer> {
  const before = statements;
  const started = performance.now();
  const response = await fetch(`${base}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const body = await response.json() as Answer['body'];
  return { status: response.status, body, statements: statements - before, ms: performance.now() - started };
}

const aliases = (count: number, field: string) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: ${field}`).join(' ')} }`;
const LARGEST_NETWORK = 'network(focus: [{kind: REGION, key: "ID"}], depth: 3, limit: 2000)';
/** What the explorer asks of a view (web/explorer/main.ts). */
const VIEW = 'nodes { id kind key label distance properties metrics { degree weightedDegree betweenness community } } edges { id source target type role weight } truncated selection';

function expectCostRefusal(answer: Answer) {
  expect(answer.status).toBe(400);
  const error = answer.body.errors?.[0];
  expect(error?.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'maxCost', maxCost: defaults.GRAPHQL_MAX_COST });
  expect(error?.message).toMatch(new RegExp(`^Query cost \\d+ exceeds the maximum of ${defaults.GRAPHQL_MAX_COST}`));
  expect(answer.statements).toBe(0);
}

describe('accepted queries that tie up the server', () => {
  it('refuses 20 aliases of the largest network view, before the database is read', async () => {
    const answer = await post(aliases(20, `${LARGEST_NETWORK} { nodes { id } }`));
    expectCostRefusal(answer);
    expect(Number(answer.body.errors![0]!.extensions!.cost)).toBeGreaterThan(20 * 2000);
  });

  it('refuses 20 aliases of coverageGaps at DISTRICT level, each a whole-level analysis', async () => {
    expectCostRefusal(await post(aliases(20, 'coverageGaps(theme: "t", level: DISTRICT) { totalCount }')));
  });

  it('counts a list\'s size given in a variable like a literal one', async () => {
    const nested = '{ nodes { code children(first: $inner) { code name } } }';
    expectCostRefusal(await post(`query ($outer: Int, $inner: Int) { regions(first: $outer) ${nested} }`, { outer: 100, inner: 100 }));
  });

  it('counts a fragment and an inline fragment exactly like the same fields written inline', async () => {
    const side = 'program { id agencies { agency { id mandates { id } forums { id } subordinates { id } } } regions { code children { code } } themes { id } indicators { id } }';
    const fields = `nodes { first { ${side} } second { ${side} } sharedRegions { code } }`;
    const inline = await post(`{ programOverlaps(first: 50) { ${fields} } }`);
    const spread = await post(`query { programOverlaps(first: 50) { ...F } } fragment F on ProgramOverlapConnection { ${fields} }`);
    const typed = await post(`{ programOverlaps(first: 50) { ... on ProgramOverlapConnection { ${fields} } } }`);
    expectCostRefusal(inline);
    expectCostRefusal(spread);
    expectCostRefusal(typed);
    expect(spread.body.errors![0]!.extensions!.cost).toBe(inline.body.errors![0]!.extensions!.cost);
    expect(typed.body.errors![0]!.extensions!.cost).toBe(inline.body.errors![0]!.extensions!.cost);
  });

  it('answers /healthz in under 100 ms while the largest accepted network view is computed', async () => {
    let done = false;
    const view = post(`{ ${LARGEST_NETWORK} { ${VIEW} } }`).finally(() => { done = true; });
    const latencies: number[] = [];
    while (!done) {
      const started = performance.now();
      const response = await fetch(`${base}/healthz`);
      await response.text();
      latencies.push(performance.now() - started);
      await new Promise((resume) => setTimeout(resume, 10));
    }
    const answer = await view;
    console.log(`healthz while the largest view ran (${Math.round(answer.ms)} ms): ${latencies.length} answers, max ${Math.round(Math.max(...latencies))} ms`);
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    const network = answer.body.data!.network as { nodes: unknown[]; truncated: boolean };
    expect(network.nodes.length).toBeGreaterThan(1500);
    expect(latencies.length).toBeGreaterThan(3);
    // The metrics (1-2 s of betweenness and Louvain on this view) held the event loop in one
    // stretch: no /healthz answer at all for that long. The loop now only decodes records, runs
    // graphql-js over the answer and serialises it, in stretches of tens of milliseconds (more
    // on a loaded machine, hence the bound on the 95th percentile and the looser one on the worst).
    const sorted = [...latencies].sort((a, b) => a - b);
    const summary = `healthz latencies (ms) while the view took ${Math.round(answer.ms)} ms: ${latencies.map(Math.round).join(', ')}`;
    expect(sorted[Math.floor(sorted.length * 0.95)], summary).toBeLessThan(100);
    expect(sorted.at(-1), summary).toBeLessThan(1000);
  }, 60_000);

  it(`runs at most GRAPHQL_DB_CONCURRENCY (${defaults.GRAPHQL_DB_CONCURRENCY}) transactions of one request at once`, async () => {
    peakSessions = 0;
    const answer = await post(aliases(20, 'programs(first: 5) { totalCount nodes { id } }'));
    expect(answer.status).toBe(200);
    expect(answer.body.errors).toBeUndefined();
    expect(answer.statements).toBeGreaterThanOrEqual(20);
    expect(peakSessions).toBeLessThanOrEqual(defaults.GRAPHQL_DB_CONCURRENCY);
  });

  describe('the network metrics worker', () => {
    const selection: NetworkSelection = { kind: 'network', focus: [{ kind: 'REGION', key: 'ID' }], depth: 3, limit: 2000 } as NetworkSelection;

    it('gives the same metrics as measure() on the event loop', async () => {
      const subgraph = await loadSubgraph(db.executor, selection);
      expect(await measureOffThread(subgraph)).toEqual(measure(subgraph));
    }, 60_000);

    it('stops a computation over its time budget with TIMEOUT, and measures the next view afresh', async () => {
      const subgraph = await loadSubgraph(db.executor, selection);
      const pool = new MetricsPool({ budgetMs: 20 });
      try {
        const error = await pool.measure(subgraph).catch((thrown: unknown) => thrown);
        expect(error).toBeInstanceOf(MetricsTimeoutError);
        expect((error as MetricsTimeoutError).extensions.code).toBe('TIMEOUT');
        const small = { ...subgraph, nodes: subgraph.nodes.slice(0, 3), edges: [] };
        expect((await pool.measure(small)).nodes).toHaveLength(3);
      } finally {
        await pool.close();
      }
    }, 60_000);
  });
});
