import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import { hashApiKey, newApiKey } from '../../src/auth/apiKeys.js';
import { BoltLauncher } from '../../src/db/embedded/boltLauncher.js';
import * as hostile from './hostile.js';
import { Load, postGraphql, type SampleIds } from './load.js';
import { Product } from './product.js';
import { SAMPLE_IDS } from './queries.js';
import { percentile, Recorder } from './record.js';
import { checkAcknowledgedWrites, type WriteCheck } from './verify.js';

/**
 * Issue 12's must-hold 4: the product as `npm start` runs it, with its own embedded Neo4j and the
 * demo graph, under a mixed load of 20 clients for SOAK_SECONDS (default 90; 150 for the figures in SECURITY.md), while the embedded
 * Neo4j is killed with SIGKILL once and one hostile request of each class the adversarial run
 * found is sent. Each assertion names the finding it guards. The figures go to stderr as one
 * JSON line, and to SOAK_REPORT_FILE when set.
 */

const SOAK_MS = Number(process.env.SOAK_SECONDS ?? 90) * 1000;
const CLIENTS = 20;
/** The issue's 55 stalled sockets: more than the driver's pool of 50, so that unbounded exports would exhaust it. */
const STALLED_READERS = 55;
/** The product's default EXPORT_MAX_CONCURRENT, which this run leaves as it is. */
const EXPORT_MAX_CONCURRENT = 8;
/** The product's default EXPORT_STALL_TIMEOUT_MS, which this run leaves as it is. */
const STALL_TIMEOUT_MS = 30_000;
/**
 * The bound on the ordinary query's p95 while the attack runs. Unloaded it takes about 25 ms;
 * under this run's 20 clients on a 2-core machine the p95 stays well under a second. 2 s leaves
 * room for a busy CI machine and is still far below what the findings did (50 s of 503s, 10 s
 * stalls, 119 s waits): a server that lets one client stall the others cannot meet it.
 */
const ORDINARY_P95_BOUND_MS = 2000;
/**
 * /healthz does no work, so only a busy event loop delays it. 99 % of its answers must come within
 * 2 s and every one within 5 s: a liveness probe with a 5 s timeout never restarts the program.
 * Not 1 s: when the 55 stalled readers, three 20-alias requests and the load's exports arrive in
 * the same instant, a few answers take 1–3 s on 2 cores (5 of 599 on an idle machine, a few more
 * when the CI machine is busy, which put the p99 at exactly 1,000 ms once). The profile of that
 * moment shows no long task (the longest contiguous stretch of work is under 0.9 s, garbage
 * collection and eight exports' writes taking turns every 10 ms), but a loop shared by all of it
 * on a machine whose other core runs Neo4j and the load (SECURITY.md, "Robustness").
 */
const HEALTHZ_BOUND_MS = 2000;
const HEALTHZ_LIMIT_MS = 5000;
/** The test's own bound: SOAK_SECONDS + 3 minutes, start-up included. */
const TEST_TIMEOUT_MS = SOAK_MS + 180_000;
/** Kept after the load for its writes' retries, the final /readyz, the check of the writes and SIGTERM. */
const WIND_DOWN_MS = 75_000;
/**
 * Start-up (Neo4j, migrations, the demo graph) takes about 55 s on an idle 2-core machine and
 * minutes on a crowded one: it may use what is left once the wind-down and at least a minute of
 * load are set aside; the load is then shortened (the figures say by how much).
 */
const BOOT_TIMEOUT_MS = TEST_TIMEOUT_MS - WIND_DOWN_MS - 15_000 - 60_000;
/** Writes met by the outage are retried with their key for this long after the load stops. */
const RETRY_GRACE_MS = 15_000;

const JWT_SECRET = randomBytes(32).toString('base64url');
const EDITOR_KEY = newApiKey();
const RUN = Date.now().toString(36);

interface ProbeSample {
  readonly kind: 'ordinary' | 'healthz' | 'readyz';
  readonly at: number;
  readonly ms: number;
  readonly status: number;
  readonly code?: string;
}

let product: Product | undefined;
let probe: ChildProcess | undefined;

afterAll(async () => {
  if (probe && probe.exitCode === null) probe.kill('SIGKILL');
  if (product) {
    await product.stop(10_000).catch(() => undefined);
    product.cleanUp();
  }
}, 60_000);

const sleepUntil = (time: number) => new Promise((done) => setTimeout(done, Math.max(0, time - Date.now())));

function startProbe(base: string, durationMs: number): { samples: ProbeSample[]; exited: Promise<void> } {
  const samples: ProbeSample[] = [];
  probe = spawn(process.execPath, ['--import', 'tsx', 'test/soak/probe.ts', base, String(durationMs)], { stdio: ['ignore', 'pipe', 'inherit'] });
  createInterface({ input: probe.stdout! }).on('line', (line) => {
    try { samples.push(JSON.parse(line) as ProbeSample); } catch { /* not a sample */ }
  });
  const exited = new Promise<void>((done) => probe!.once('exit', () => done()));
  return { samples, exited };
}

async function sampleIds(base: string): Promise<SampleIds> {
  const answer = await postGraphql(base, { query: SAMPLE_IDS });
  const data = answer.data as { agencies: { nodes: Array<{ id: string }> }; programs: { nodes: Array<{ id: string }> }; themes: { nodes: Array<{ id: string }> } } | undefined;
  if (!answer.ok || !data) throw new Error(`could not read ids from the demo graph: ${answer.excerpt}`);
  return { agencies: data.agencies.nodes.map((n) => n.id), programs: data.programs.nodes.map((n) => n.id), themes: data.themes.nodes.map((n) => n.id) };
}

/**
 * The acknowledged writes, checked over Bolt: the product's Neo4j, waited for until `checkBy` if it
 * is still being restarted; else, once the product has stopped, one of the test's own on the same
 * data folder if time is left before `hardEnd`.
 */
async function verifyWrites(running: Product, load: Load, checkBy: number, hardEnd: number): Promise<{ check: WriteCheck | null; via: string; stop: { exitCode: number | null; signal: string | null } }> {
  for (;;) {
    try {
      const check = await checkAcknowledgedWrites(running.boltUri, load.written.values());
      return { check, via: 'the product\'s Neo4j', stop: await running.stop(10_000) };
    } catch {
      if (Date.now() > checkBy) break;
      await new Promise((done) => setTimeout(done, 2_000));
    }
  }
  const stop = await running.stop(10_000);
  for (const pid of running.neo4jPids()) process.kill(pid, 'SIGKILL');
  const startTimeoutSeconds = Math.floor((hardEnd - Date.now()) / 1000) - 5;
  if (startTimeoutSeconds < 10) return { check: null, via: 'nothing: the product\'s Neo4j did not answer, and no time was left to start one', stop };
  const launcher = new BoltLauncher({ dataDir: running.dataDir, boltPort: running.boltPort, heapMb: 256, pageCacheMb: 32, startTimeoutSeconds, log: () => undefined });
  try {
    await launcher.start();
    return { check: await checkAcknowledgedWrites(launcher.uri, load.written.values()), via: 'a Neo4j of the test on the product\'s data folder (the product\'s did not answer)', stop };
  } catch (error) {
    return { check: null, via: `nothing: ${(error as Error).message.split('\n')[0]}`, stop };
  } finally {
    await launcher.stop();
  }
}

/** Codes that say the client sent something wrong (in a 200 with errors, or a 4xx). */
const CLIENT_ERRORS = new Set(['BAD_USER_INPUT', 'BAD_REQUEST', 'PAYLOAD_TOO_LARGE', 'GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'QUERY_TOO_COMPLEX', 'PERSISTED_QUERY_NOT_SUPPORTED', 'PERSISTED_QUERY_NOT_FOUND']);

let phaseStarted = Date.now();
/** Where the run is, on stderr: a soak on a busy machine should say what it waits for. */
function phase(line: string): void {
  console.error(`soak +${Math.round((Date.now() - phaseStarted) / 1000)} s: ${line}`);
}

const round = (value: number | null) => (value === null ? null : Math.round(value));

describe('soak: 20 clients, one kill -9 of the embedded Neo4j and every hostile request of issue 12 (JWT class included: the product runs with JWT_SECRET)', () => {
  it(`keeps every acknowledged write, answers no 500, refuses every hostile request and recovers (${SOAK_MS / 1000} s of load)`, { timeout: TEST_TIMEOUT_MS }, async () => {
    const testStarted = Date.now();
    phaseStarted = testStarted;
    product = await Product.create();
    await product.start({ API_KEYS: `soak:editor:${hashApiKey(EDITOR_KEY)}`, JWT_SECRET, NEO4J_START_TIMEOUT_S: '90' }, BOOT_TIMEOUT_MS);
    const bootMs = Date.now() - testStarted;
    phase(`product ready after ${Math.round(bootMs / 1000)} s`);
    const base = product.base;
    const ids = await sampleIds(base);
    // HEAD /export timed against a GET of the same export, on a quiet server (the stalled readers below take the export slots).
    const head = await hostile.headExport(base);

    // The plan: the load for SOAK_SECONDS, or less if a slow start leaves too little of the test's time for winding down.
    const hardEnd = testStarted + TEST_TIMEOUT_MS - 15_000;
    const start = Date.now();
    const end = Math.min(start + SOAK_MS, hardEnd - WIND_DOWN_MS);
    const soakMs = end - start;
    const recorder = new Recorder();
    const stop = new AbortController();
    const load = new Load({ base, editorKey: EDITOR_KEY, clients: CLIENTS, until: end, retryUntil: end + RETRY_GRACE_MS, ids, recorder, run: RUN, stop: stop.signal });
    const { samples, exited: probeExited } = startProbe(base, soakMs + WIND_DOWN_MS);
    const loadDone = load.run();
    // Requests still waiting this long after the load stopped are given up on (counted as CLIENT_TIMEOUT).
    const giveUp = setTimeout(() => stop.abort(), soakMs + RETRY_GRACE_MS + 5_000);
    phase(`load: ${CLIENTS} clients for ${Math.round(soakMs / 1000)} s`);

    // The attack, from 10% of the run: the stalled readers, then every other hostile class, alongside the load and the kill.
    await sleepUntil(start + soakMs * 0.1);
    const attackStart = Date.now();
    const stalled = new hostile.StalledReaders(base, STALLED_READERS);
    stalled.open();
    phase(`attack: ${STALLED_READERS} stalled export readers and one request of each hostile class`);
    const outcomes: Record<string, hostile.HostileOutcome> = { headExport: head };
    const volley = (async () => {
      const heavy = Promise.all([
        hostile.overCostlyNetwork(base).then((o) => { outcomes.overCostlyNetwork = o; }),
        hostile.parallelDistrictGaps(base, ids.themes[0]!).then((list) => list.forEach((o, i) => { outcomes[`parallelDistrictGaps${i}`] = o; })),
        hostile.costThroughFragment(base).then((o) => { outcomes.costInline = o.inline; outcomes.costThroughFragment = o.fragment; }),
      ]);
      outcomes.persistedQueryMismatch = await hostile.persistedQueryMismatch(base);
      outcomes.gzipLie = await hostile.gzipLie(base);
      outcomes.jwtWithoutExp = await hostile.jwtWithoutExp(base, JWT_SECRET);
      outcomes.deepImport = await hostile.deepImport(base, EDITOR_KEY);
      outcomes.unknownKeys = await hostile.unknownKeys(base);
      outcomes.concurrentYearUpdates = await hostile.concurrentYearUpdates(base, EDITOR_KEY, RUN, 10);
      await heavy;
      phase('attack: every hostile request answered');
    })();

    // The kill: late enough for a stalled reader to have met EXPORT_STALL_TIMEOUT_MS, and before the load ends.
    const killAt = Math.max(start + soakMs * 0.45, stalled.openedAt + STALL_TIMEOUT_MS + 10_000);
    const stallJudged = killAt < end;
    await sleepUntil(Math.min(killAt, end) - 3_000);
    const stalledOutcome = await stalled.classify(20_000);
    phase(`stalled readers: ${JSON.stringify(stalledOutcome)}`);
    await sleepUntil(killAt);
    const killedAt = Date.now();
    const killedPids = killAt < end ? product.killNeo4j() : [];
    phase(`kill -9 of the embedded Neo4j: pids ${killedPids.join(', ') || 'none (no time left in the run)'}`);

    await loadDone;
    clearTimeout(giveUp);
    phase(`load done: ${recorder.total} answers, writes ${JSON.stringify(load.writes)}`);
    await volley;
    const years = outcomes.concurrentYearUpdates as Awaited<ReturnType<typeof hostile.concurrentYearUpdates>>;
    // The database may still be starting again on a busy machine: wait for it while the test's time allows.
    const finalReady = await (async () => {
      const deadline = hardEnd - 40_000;
      for (;;) {
        const status = await fetch(`${base}/readyz`, { signal: AbortSignal.timeout(5_000) }).then((r) => r.status, () => 0);
        if (status === 200 || Date.now() > deadline) return status;
        await new Promise((done) => setTimeout(done, 500));
      }
    })();
    phase(`final /readyz: ${finalReady}`);
    probe!.kill('SIGTERM');
    await probeExited;
    const verified = await verifyWrites(product, load, hardEnd - 25_000, hardEnd);
    phase(`writes checked via ${verified.via}; product stopped: ${JSON.stringify(verified.stop)}`);
    const stopLog = product.log.join('\n');

    // --- figures ---------------------------------------------------------------------------
    const attack = (sample: ProbeSample) => sample.at >= attackStart && sample.at < killedAt;
    const ordinaryAttack = samples.filter((s) => s.kind === 'ordinary' && attack(s));
    const latencyOrFail = (s: ProbeSample) => (s.status === 200 && !s.code ? s.ms : Number.POSITIVE_INFINITY);
    const ordinaryAttackP95 = percentile(ordinaryAttack.map(latencyOrFail), 95);
    const ordinaryAll = samples.filter((s) => s.kind === 'ordinary');
    const healthz = samples.filter((s) => s.kind === 'healthz');
    const readyzAttack = samples.filter((s) => s.kind === 'readyz' && attack(s));
    // Recovered: the first /readyz 200 after the first one that noticed the database gone.
    const readyzAfterKill = samples.filter((s) => s.kind === 'readyz' && s.at >= killedAt).sort((a, b) => a.at - b.at);
    const noticed = readyzAfterKill.find((s) => s.status !== 200);
    const recovered = noticed ? readyzAfterKill.find((s) => s.at > noticed.at && s.status === 200) : undefined;
    const codes = (list: readonly ProbeSample[]) => list.reduce<Record<string, number>>((acc, s) => { const key = `${s.status}${s.code ? ` ${s.code}` : ''}`; acc[key] = (acc[key] ?? 0) + 1; return acc; }, {});
    const ordinaryKinds = ['read.agency', 'read.program', 'read.agencies', 'read.programs'];
    const hostileServerErrors = Object.entries(outcomes).filter(([, o]) => o.status === 500 || o.codes.includes('INTERNAL_SERVER_ERROR')).map(([name, o]) => `${name}: ${o.status} ${o.codes.join(',')}`);
    const figures = {
      soak: {
        seconds: Math.round(soakMs / 1000), clients: CLIENTS, bootSeconds: Math.round(bootMs / 1000), totalSeconds: Math.round((Date.now() - testStarted) / 1000),
      },
      requests: { served: recorder.total + samples.length, load: recorder.total, probe: samples.length, byKind: recorder.byKind },
      statuses: recorder.statuses,
      errorsByCode: recorder.codes,
      serverErrors: recorder.serverErrors.length + hostileServerErrors.length,
      ordinaryQuery: {
        probe: { n: ordinaryAll.length, p50: round(percentile(ordinaryAll.map((s) => s.ms), 50)), p95: round(percentile(ordinaryAll.map((s) => s.ms), 95)), p99: round(percentile(ordinaryAll.map((s) => s.ms), 99)), answers: codes(ordinaryAll) },
        duringAttack: { n: ordinaryAttack.length, p95: ordinaryAttackP95 === Number.POSITIVE_INFINITY ? 'failed' : round(ordinaryAttackP95), answers: codes(ordinaryAttack), boundMs: ORDINARY_P95_BOUND_MS },
        clients: { p50: round(recorder.latency(ordinaryKinds, 50)), p95: round(recorder.latency(ordinaryKinds, 95)), p99: round(recorder.latency(ordinaryKinds, 99)) },
      },
      analyses: { p95: round(recorder.latency(['analysis.coverageGaps', 'analysis.programOverlaps', 'analysis.network', 'analysis.collaborationNetwork'], 95)) },
      healthz: { n: healthz.length, p99: round(percentile(healthz.map((s) => s.ms), 99)), maxMs: healthz.length ? Math.max(...healthz.map((s) => s.ms)) : null, over1s: healthz.filter((s) => s.ms >= 1000).length, answers: codes(healthz) },
      readyzDuringAttack: codes(readyzAttack),
      writes: { ...load.writes, checked: verified.check?.checked ?? null, lost: verified.check ? verified.check.lost.length : null, checkedVia: verified.via },
      kill: { atSecond: killedPids.length ? Math.round((killedAt - start) / 1000) : null, pids: killedPids.length, recoverSeconds: recovered ? Number(((recovered.at + recovered.ms - killedAt) / 1000).toFixed(1)) : null, finalReadyz: finalReady },
      stalledReaders: { count: STALLED_READERS, heldSeconds: Math.round((Math.min(killAt, end) - 3_000 - stalled.openedAt) / 1000), ...stalledOutcome },
      hostile: Object.fromEntries(Object.entries(outcomes).map(([name, o]) => [name, { status: o.status, codes: [...new Set(o.codes)], ms: o.ms, bytes: o.bytes, accepted: o.accepted, ...(o.note ? { note: o.note } : {}) }])),
      sigterm: verified.stop,
    };
    console.error(JSON.stringify(figures));
    if (process.env.SOAK_REPORT_FILE) {
      writeFileSync(process.env.SOAK_REPORT_FILE, `${JSON.stringify(figures, null, 2)}\n`);
      // The product's own log beside it: what it said about the kill, the cuts and the refusals.
      writeFileSync(`${process.env.SOAK_REPORT_FILE}.product.log`, `${stopLog}\n`);
    }

    // --- assertions, each named after the finding it guards ----------------------------------
    expect.soft(killedPids.length, 'the run found the embedded Neo4j\'s JVM and killed it (-9)').toBeGreaterThan(0);
    expect.soft(verified.check, `acknowledged writes could be checked (${verified.via})`).not.toBeNull();
    expect.soft(verified.check?.lost ?? [], 'must hold: no acknowledged write lost (finding 6: kill -9 of Neo4j)').toEqual([]);
    expect.soft(load.writes.acknowledged, 'the load got writes acknowledged').toBeGreaterThan(0);
    expect.soft(load.writes.retryConflicts, 'finding 6: a retry with the same Idempotency-Key of a write that had committed is not answered CONFLICT').toBe(0);
    expect.soft(load.writes.gaveUp, 'finding 6: every write met by the outage is acknowledged after retries with its key').toBe(0);
    expect.soft(recorder.serverErrors.slice(0, 5), 'must hold: no 500 / INTERNAL_SERVER_ERROR under load').toEqual([]);
    expect.soft(hostileServerErrors, 'must hold: no hostile request answered 500 / INTERNAL_SERVER_ERROR (finding 7)').toEqual([]);
    expect.soft(finalReady, 'finding 6: the server recovered after kill -9 of Neo4j (/readyz 200)').toBe(200);
    expect.soft(recovered, 'finding 6: /readyz 200 again after the kill, while the load ran').toBeDefined();
    expect.soft(healthz.filter((s) => s.ms >= HEALTHZ_LIMIT_MS || s.status === 0).map((s) => `${s.ms} ms at +${s.at - start} ms (${s.status})`).slice(0, 10),
      'finding 2: /healthz always answered, within 5 s (no work on the event loop long enough to fail a liveness probe)').toEqual([]);
    expect.soft(percentile(healthz.map((s) => s.ms), 99) ?? Number.POSITIVE_INFINITY, 'finding 2: 99 % of /healthz answers within 2 s').toBeLessThan(HEALTHZ_BOUND_MS);
    expect.soft(ordinaryAttackP95 ?? Number.POSITIVE_INFINITY, `findings 1-3: p95 of the ordinary query during the attack (answers ${JSON.stringify(codes(ordinaryAttack))}) below ${ORDINARY_P95_BOUND_MS} ms, failures counted as infinite`).toBeLessThan(ORDINARY_P95_BOUND_MS);
    const readyAttack = readyzAttack.filter((s) => s.status === 200).length;
    expect.soft(readyAttack / Math.max(1, readyzAttack.length), `findings 1-2: /readyz stayed 200 during the attack (${JSON.stringify(codes(readyzAttack))})`).toBeGreaterThanOrEqual(0.95);
    if (stallJudged) {
      expect.soft({ complete: stalledOutcome.complete, hung: stalledOutcome.hung }, `finding 1: ${STALLED_READERS} stalled export readers each refused (EXPORT_MAX_CONCURRENT ${EXPORT_MAX_CONCURRENT}) or cut (EXPORT_STALL_TIMEOUT_MS), none waited for (${JSON.stringify(stalledOutcome)})`).toEqual({ complete: 0, hung: 0 });
    }
    expect.soft(outcomes.overCostlyNetwork!, 'finding 2: 20 aliases of network(depth 3, limit 2000) refused before running').toMatchObject({ accepted: false, status: 400 });
    expect.soft(outcomes.costThroughFragment!.accepted, `finding 2: cost counted through fragments as inline (inline ${outcomes.costInline!.status}, fragment ${outcomes.costThroughFragment!.status})`).toBe(false);
    for (const [name, outcome] of Object.entries(outcomes).filter(([name]) => name.startsWith('parallelDistrictGaps'))) {
      expect.soft(outcome.status === 200 || (outcome.status >= 400 && outcome.status < 500), `finding 2: ${name} answered (200, or refused with a 4xx): ${outcome.status} ${outcome.codes.join(',')}`).toBe(true);
    }
    expect.soft(outcomes.unknownKeys!, 'finding 3: 46,656 unknown variable keys refused with a 4xx').toMatchObject({ accepted: false, status: 400 });
    expect.soft(outcomes.unknownKeys!.bytes, 'finding 3: the refusal is small (was 18.7 MB)').toBeLessThan(64 * 1024);
    expect.soft(outcomes.unknownKeys!.ms, 'finding 3: the refusal is quick (was 3.2 s of CPU)').toBeLessThan(3000);
    expect.soft(years.broken, 'finding 5: no program ends before it starts after concurrent startYear/endYear updates').toEqual([]);
    expect.soft(years.accepted, `finding 5: at most one of each concurrent startYear/endYear pair succeeds (${years.note})`).toBe(false);
    expect.soft(years.exercised, `finding 5: the concurrent updates could be sent (${years.note})`).toBe(true);
    expect.soft(outcomes.deepImport!, 'finding 7: a 10,000-deep importBundle refused').toMatchObject({ accepted: false });
    expect.soft(outcomes.deepImport!.codes.some((code) => CLIENT_ERRORS.has(code)), `finding 7: the 10,000-deep importBundle is answered with a client error code (${outcomes.deepImport!.codes.join(',')})`).toBe(true);
    expect.soft(outcomes.gzipLie!.status, 'finding 7: a non-gzip body with Content-Encoding: gzip gets a 4xx').toBeGreaterThanOrEqual(400);
    expect.soft(outcomes.gzipLie!.status, 'finding 7: a non-gzip body with Content-Encoding: gzip gets a 4xx').toBeLessThan(500);
    expect.soft(outcomes.persistedQueryMismatch!.accepted, 'finding 7: a persisted-query hash mismatch is not run').toBe(false);
    expect.soft(outcomes.persistedQueryMismatch!.codes.some((code) => CLIENT_ERRORS.has(code)), `finding 7: a persisted-query hash mismatch is answered with a client error code (${outcomes.persistedQueryMismatch!.status} ${outcomes.persistedQueryMismatch!.codes.join(',')})`).toBe(true);
    expect.soft(outcomes.headExport!.accepted, `finding 7: HEAD /export answers without exporting (${outcomes.headExport!.ms} ms; ${outcomes.headExport!.note})`).toBe(false);
    expect.soft(outcomes.headExport!.status, 'finding 7: HEAD /export is not a server error').toBeLessThan(500);
    expect.soft(outcomes.jwtWithoutExp!, 'finding 7: a JWT without exp refused').toMatchObject({ accepted: false, status: 401 });
    expect.soft(verified.stop, 'finding 4: SIGTERM after the run ends the product with exit 0').toEqual({ exitCode: 0, signal: null });
    expect.soft(stopLog, 'finding 4: SIGTERM logs that it stopped').toMatch(/received SIGTERM[\s\S]*stopped/);
  });
});
