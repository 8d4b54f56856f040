import { connect, type Socket } from 'node:net';
import { request } from 'node:http';
import { SignJWT } from 'jose';
import { getExport, postGraphql } from './load.js';
import { WRITES } from './queries.js';
import type { Answer } from './record.js';

/**
 * One hostile request of each class the adversarial run of issue 12 found. Each function sends
 * it, and says what came back and whether the server did what the request wanted ("accepted"),
 * which for every one of them it must not.
 */
export interface HostileOutcome {
  /** The finding of issue 12 it reproduces. */
  readonly finding: string;
  readonly status: number;
  readonly codes: readonly string[];
  readonly ms: number;
  readonly bytes: number;
  readonly accepted: boolean;
  readonly note?: string;
}

const outcome = (finding: string, answer: Answer, accepted: boolean, note?: string): HostileOutcome =>
  ({ finding, status: answer.status, codes: answer.codes, ms: answer.ms, bytes: answer.bytes, accepted, ...(note ? { note } : {}) });

/** Finding 2: 20 aliases of the largest network view; the cost limit must refuse it before it runs. */
export async function overCostlyNetwork(base: string): Promise<HostileOutcome> {
  const aliases = Array.from({ length: 20 }, (_, i) => `a${i}: network(focus: [{ kind: REGION, key: "ID" }], depth: 3, limit: 2000) { nodes { id } }`);
  const answer = await postGraphql(base, { query: `{ ${aliases.join(' ')} }` }, {}, 60_000);
  return outcome('2: 20 aliases of network(depth 3, limit 2000) accepted and tying up the server', answer, answer.ok || answer.status === 200 && answer.data?.a0 != null);
}

/**
 * Finding 2 too: three parallel requests of 20 coverageGaps at district level. They may be
 * accepted (they are within the cost limit), but must not starve everyone else: the test's
 * latency and readiness checks over the attack window judge that, not this outcome.
 */
export async function parallelDistrictGaps(base: string, theme: string): Promise<HostileOutcome[]> {
  const aliases = Array.from({ length: 20 }, (_, i) => `g${i}: coverageGaps(theme: "${theme}", level: DISTRICT, first: 20) { totalCount }`);
  const answers = await Promise.all([0, 1, 2].map(() => postGraphql(base, { query: `{ ${aliases.join(' ')} }` }, {}, 60_000)));
  return answers.map((answer) => outcome('2: three parallel 20x coverageGaps(level: DISTRICT)', answer, false, answer.ok ? 'answered (allowed: within the limits)' : undefined));
}

/** Finding 2 (fragments): the same over-limit field must be refused whether written inline or through a fragment. */
export async function costThroughFragment(base: string): Promise<{ inline: HostileOutcome; fragment: HostileOutcome }> {
  const field = 'programOverlaps(first: 50) { totalCount nodes { score first { program { id name agencies { agency { id name } } } } second { program { id name agencies { agency { id name } } } } } }';
  const inline = await postGraphql(base, { query: `{ ${field} }` }, {}, 60_000);
  const fragment = await postGraphql(base, { query: `query { ...F } fragment F on Query { ${field} }` }, {}, 60_000);
  return {
    inline: outcome('2: cost counted inline', inline, inline.ok),
    fragment: outcome('2: cost under-counted through a fragment', fragment, fragment.ok && !inline.ok),
  };
}

/** Finding 3: 46,656 unknown keys (36^3 three-letter names) in an input object variable, about 373 KB. */
export async function unknownKeys(base: string): Promise<HostileOutcome> {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const filter: Record<string, number> = {};
  for (const a of alphabet) for (const b of alphabet) for (const c of alphabet) filter[`${a}${b}${c}`] = 1;
  const body = JSON.stringify({ query: 'query ($f: AgencyFilter) { agencies(filter: $f) { totalCount } }', variables: { f: filter } });
  const answer = await postGraphql(base, body, {}, 60_000);
  // Refused, and answered in proportion: the old answer was 18.7 MB after 3.2 s of CPU.
  return outcome('3: error amplification from 46,656 unknown variable keys', answer, answer.ok, `request ${Math.round(body.length / 1024)} KB, answer ${Math.round(answer.bytes / 1024)} KB`);
}

/** Finding 7: a 10,000-deep JSON value as importBundle's bundle (JSON.stringify overflowed the stack). */
export async function deepImport(base: string, editorKey: string): Promise<HostileOutcome> {
  const depth = 10_000;
  const bundle = `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`;
  const body = `{"query":"mutation ($b: JSON!) { importBundle(bundle: $b, dryRun: true) { status problemCount } }","variables":{"b":${bundle}}}`;
  const answer = await postGraphql(base, body, { 'x-api-key': editorKey }, 60_000);
  const status = (answer.data?.importBundle as { status?: string } | undefined)?.status;
  return outcome('7: 10,000-deep JSON in importBundle', answer, status === 'DRY_RUN' || status === 'IMPORTED');
}

/** Finding 7: a body that says Content-Encoding: gzip and is plain JSON. */
export function gzipLie(base: string): Promise<HostileOutcome> {
  const url = new URL(`${base}/graphql`);
  const body = JSON.stringify({ query: '{ __typename }' });
  const at = Date.now();
  return new Promise((done) => {
    const sent = request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', timeout: 30_000, headers: { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': Buffer.byteLength(body) } }, (response) => {
      let text = '';
      response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
      response.on('end', () => {
        let codes: string[] = [];
        try { codes = ((JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors ?? []).map((e) => e.extensions?.code ?? 'NO_CODE'); } catch { codes = ['NOT_JSON']; }
        const status = response.statusCode ?? 0;
        done({ finding: '7: non-gzip body with Content-Encoding: gzip', status, codes, ms: Date.now() - at, bytes: text.length, accepted: status === 200 });
      });
    });
    sent.on('timeout', () => sent.destroy(new Error('timeout')));
    sent.on('error', (error) => done({ finding: '7: non-gzip body with Content-Encoding: gzip', status: 0, codes: ['NETWORK'], ms: Date.now() - at, bytes: 0, accepted: false, note: error.message }));
    sent.end(body);
  });
}

/** Finding 7: an automatic persisted query whose hash is not the query's. */
export async function persistedQueryMismatch(base: string): Promise<HostileOutcome> {
  const answer = await postGraphql(base, { query: '{ __typename }', extensions: { persistedQuery: { version: 1, sha256Hash: '0'.repeat(64) } } });
  return outcome('7: persisted-query hash mismatch', answer, answer.ok);
}

/**
 * Finding 7: HEAD /export must not run the export. Timed against a GET of the same whole-graph
 * gexf, and against a HEAD of a one-node view sent just before (the server's own latency, which
 * on a busy machine is not small): a HEAD that exports takes about a GET longer than that one.
 */
export async function headExport(base: string): Promise<HostileOutcome & { getMs: number; getStatus: number }> {
  const get = await getExport(base, 'format=gexf', 60_000);
  const timedHead = async (query: string) => {
    const at = Date.now();
    const response = await fetch(`${base}/export?${query}`, { method: 'HEAD', signal: AbortSignal.timeout(60_000) });
    await response.arrayBuffer();
    return { status: response.status, ms: Date.now() - at };
  };
  try {
    const tiny = await timedHead(`format=gexf&selection=${encodeURIComponent(JSON.stringify({ kind: 'network', focus: [{ kind: 'AGENCY', key: 'bappenas' }], depth: 1, limit: 1 }))}`);
    const whole = await timedHead('format=gexf');
    const ran = whole.status === 200 && get.status === 200 && whole.ms - tiny.ms > get.ms / 2;
    return { finding: '7: HEAD /export runs the whole export', status: whole.status, codes: whole.status >= 400 ? [`HTTP_${whole.status}`] : [], ms: whole.ms, bytes: 0, accepted: ran, note: `GET of the same took ${get.ms} ms (status ${get.status}); HEAD of a one-node view ${tiny.ms} ms`, getMs: get.ms, getStatus: get.status };
  } catch (error) {
    return { finding: '7: HEAD /export runs the whole export', status: 0, codes: ['NETWORK'], ms: 0, bytes: 0, accepted: false, note: String((error as Error).message), getMs: get.ms, getStatus: get.status };
  }
}

/** Finding 7: a correctly signed JWT with no `exp` never expires; it must be refused. */
export async function jwtWithoutExp(base: string, secret: string): Promise<HostileOutcome> {
  const token = await new SignJWT({ role: 'viewer' }).setProtectedHeader({ alg: 'HS256' }).setSubject('soak-no-exp').setIssuedAt().sign(new TextEncoder().encode(secret));
  const answer = await postGraphql(base, { query: '{ agencies(first: 1) { totalCount } }' }, { authorization: `Bearer ${token}` });
  return outcome('7: JWT without exp accepted', answer, answer.ok);
}

/**
 * Finding 5: a program 2005-2010, then updateProgram{startYear: 2009} and
 * updateProgram{endYear: 2006} at the same time, `pairs` times over. At most one of each pair may
 * win, and no program may end before it starts.
 */
export async function concurrentYearUpdates(base: string, editorKey: string, run: string, pairs: number): Promise<HostileOutcome & { broken: string[]; exercised: boolean }> {
  const headers = (key: string) => ({ 'x-api-key': editorKey, 'idempotency-key': key });
  const ids = Array.from({ length: pairs }, (_, i) => `soak-${run}-years-${i}`);
  const at = Date.now();
  for (const id of ids) {
    // On a busy server the create may meet a 503 or a timeout: retried with its key, as any client should.
    let created = await postGraphql(base, { query: WRITES.createProgram, variables: { input: { id, name: `Soak years ${id}`, track: 'OTHER', status: 'ACTIVE', startYear: 2005, endYear: 2010 } } }, headers(`${id}-create`));
    for (let attempt = 1; attempt < 4 && !created.ok && (created.status === 0 || created.status === 503 || created.codes.includes('SERVICE_UNAVAILABLE')); attempt += 1) {
      await new Promise((done) => setTimeout(done, 1000 * attempt));
      created = await postGraphql(base, { query: WRITES.createProgram, variables: { input: { id, name: `Soak years ${id}`, track: 'OTHER', status: 'ACTIVE', startYear: 2005, endYear: 2010 } } }, headers(`${id}-create`));
    }
    if (!created.ok) return { finding: '5: concurrent startYear/endYear updates', status: created.status, codes: created.codes, ms: Date.now() - at, bytes: 0, accepted: false, note: `not exercised: could not create ${id}: ${created.excerpt}`, broken: [], exercised: false };
  }
  const answers = await Promise.all(ids.flatMap((id) => [
    postGraphql(base, { query: WRITES.updateProgram, variables: { id, input: { startYear: 2009 } } }, headers(`${id}-start`)),
    postGraphql(base, { query: WRITES.updateProgram, variables: { id, input: { endYear: 2006 } } }, headers(`${id}-end`)),
  ]));
  const broken: string[] = [];
  let bothWon = 0;
  for (const [index, id] of ids.entries()) {
    if (answers[2 * index]!.ok && answers[2 * index + 1]!.ok) bothWon += 1;
    const read = await postGraphql(base, { query: 'query ($id: ID!) { program(id: $id) { startYear endYear } }', variables: { id } });
    const years = read.data?.program as { startYear: number; endYear: number } | undefined;
    if (years && years.startYear > years.endYear) broken.push(`${id}: ${years.startYear}-${years.endYear}`);
  }
  const codes = answers.flatMap((answer) => answer.codes);
  return { finding: '5: concurrent startYear/endYear updates', status: Math.max(...answers.map((answer) => answer.status)), codes, ms: Date.now() - at, bytes: 0, accepted: bothWon > 0 || broken.length > 0, note: `${bothWon} of ${pairs} pairs both succeeded`, broken, exercised: true };
}

/**
 * Finding 1: sockets that ask for the whole graph as gexf (three times, pipelined) and never read.
 * They are left alone until `classify` reads what is there: 'refused' (a 503 among the answers),
 * 'cut' (the server ended it before the three documents were whole: a stall timeout), 'complete'
 * (it waited for the reader as long as it took) or 'hung' (still nothing after resuming).
 */
export class StalledReaders {
  private readonly readers: Array<{ socket: Socket; chunks: Buffer[]; ended: boolean }> = [];
  openedAt = 0;

  constructor(private readonly base: string, private readonly count: number) {}

  open(): void {
    const url = new URL(this.base);
    this.openedAt = Date.now();
    for (let i = 0; i < this.count; i += 1) {
      const socket = connect({ host: url.hostname, port: Number(url.port) });
      const reader = { socket, chunks: [] as Buffer[], ended: false };
      socket.pause();
      socket.on('error', () => undefined);
      socket.once('close', () => { reader.ended = true; });
      // Three pipelined requests: more than the socket buffers hold (the demo's gexf is 6.6 MB), so
      // the server must wait on this reader instead of handing everything to the kernel.
      const get = (last: boolean) => `GET /export?format=gexf HTTP/1.1\r\nHost: ${url.host}\r\nConnection: ${last ? 'close' : 'keep-alive'}\r\n\r\n`;
      socket.write(get(false) + get(false) + get(true));
      this.readers.push(reader);
    }
  }

  /** Reads each socket to its end (at most `timeoutMs`) and says how the server treated it. */
  async classify(timeoutMs: number): Promise<Record<'refused' | 'cut' | 'complete' | 'hung', number>> {
    const counts = { refused: 0, cut: 0, complete: 0, hung: 0 };
    await Promise.all(this.readers.map((reader) => new Promise<void>((done) => {
      const { socket, chunks } = reader;
      let finished = false;
      const finish = (how: 'ended' | 'hung') => {
        if (finished) return;
        finished = true;
        clearTimeout(timer);
        const response = Buffer.concat(chunks).toString('latin1');
        const statuses = [...response.matchAll(/HTTP\/1\.1 (\d{3})/g)].map((match) => Number(match[1]));
        const documents = (bodyOf(response).match(/<\/gexf>/g) ?? []).length;
        if (how === 'hung') counts.hung += 1;
        else if (statuses.some((status) => status !== 200)) counts.refused += 1;
        else if (statuses.length === 3 && documents === 3) counts.complete += 1;
        else counts.cut += 1;
        socket.destroy();
        done();
      };
      const timer = setTimeout(() => finish('hung'), timeoutMs);
      socket.on('data', (chunk: Buffer) => { chunks.push(chunk); });
      socket.once('end', () => finish('ended'));
      socket.once('close', () => finish('ended'));
      socket.resume();
      // Closed while nobody read: what the kernel kept is read above; if nothing comes, it ended.
      if (reader.ended) setImmediate(() => finish('ended'));
    })));
    return counts;
  }

  destroy(): void {
    for (const { socket } of this.readers) socket.destroy();
  }
}

/** The bodies of raw pipelined HTTP/1.1 responses, chunked transfer encoding undone (as far as it goes, if cut). */
function bodyOf(response: string): string {
  let body = '';
  let rest = response;
  for (;;) {
    const split = rest.indexOf('\r\n\r\n');
    if (split < 0) return body;
    const head = rest.slice(0, split);
    rest = rest.slice(split + 4);
    const length = /\r\ncontent-length:\s*(\d+)/i.exec(head);
    if (!/\r\ntransfer-encoding:\s*chunked/i.test(head)) {
      const size = length ? Number(length[1]) : rest.length;
      body += rest.slice(0, size);
      rest = rest.slice(size);
      continue;
    }
    for (;;) {
      const line = rest.indexOf('\r\n');
      if (line < 0) return body;
      const size = Number.parseInt(rest.slice(0, line), 16);
      if (!Number.isFinite(size)) return body;
      if (size === 0) {
        rest = rest.slice(line + 4);
        break;
      }
      body += rest.slice(line + 2, line + 2 + size);
      if (rest.length < line + 2 + size + 2) return body;
      rest = rest.slice(line + 2 + size + 2);
    }
  }
}
