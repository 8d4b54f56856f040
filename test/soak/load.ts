import { randomUUID } from 'node:crypto';
import { mulberry32 } from '../../src/seed/random.js';
import { ANALYSES, READS, WRITES } from './queries.js';
import { failedAnswer, graphqlAnswer, type Answer, type Recorder } from './record.js';

export interface SampleIds {
  readonly agencies: readonly string[];
  readonly programs: readonly string[];
  readonly themes: readonly string[];
}

export interface LoadOptions {
  readonly base: string;
  /** An editor's API key: writes need it. Reads and exports go anonymous (the default role, analyst). */
  readonly editorKey: string;
  readonly clients: number;
  /** No new operation starts after this time (ms since the epoch). */
  readonly until: number;
  /** Writes met by an outage are retried with their key until this time. */
  readonly retryUntil: number;
  readonly ids: SampleIds;
  readonly recorder: Recorder;
  /** A tag unique to this run, in every id the load creates. */
  readonly run: string;
  /** Aborts whatever is still waiting for an answer when the run must end. */
  readonly stop: AbortSignal;
}

/** A node the load wrote: every name sent to it in order, and the index of the last one acknowledged. */
export interface WrittenNode {
  readonly label: 'Agency' | 'Program';
  readonly id: string;
  readonly names: string[];
  lastAcknowledged: number;
}

export interface WriteFigures {
  attempted: number;
  acknowledged: number;
  /** Writes that needed at least one retry (503, TIMEOUT, a broken connection or no answer in time). */
  retried: number;
  /** Writes still unanswered when retryUntil passed. */
  gaveUp: number;
  /** Writes refused with a client error (none are expected: every input is valid and every id new). */
  refused: Record<string, number>;
  /** Retries of a create, sent with the same Idempotency-Key, answered CONFLICT: the first attempt had committed (finding 6). */
  retryConflicts: number;
}


const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

const RETRYABLE = new Set(['SERVICE_UNAVAILABLE', 'TIMEOUT', 'CLIENT_TIMEOUT', 'NETWORK']);

/** The client's own bound on a request, and the end of the run if given. */
const deadline = (timeoutMs: number, stop?: AbortSignal) => (stop ? AbortSignal.any([AbortSignal.timeout(timeoutMs), stop]) : AbortSignal.timeout(timeoutMs));

export async function postGraphql(base: string, body: unknown, headers: Record<string, string> = {}, timeoutMs = 30_000, stop?: AbortSignal): Promise<Answer> {
  const at = Date.now();
  try {
    const response = await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: typeof body === 'string' ? body : JSON.stringify(body),
      signal: deadline(timeoutMs, stop),
    });
    return await graphqlAnswer(response, at);
  } catch (error) {
    return failedAnswer(error, at);
  }
}

/** GET /export read to the end, counting bytes; CUT when the download broke off. */
export async function getExport(base: string, query: string, timeoutMs = 60_000, stop?: AbortSignal): Promise<Answer & { complete: boolean }> {
  const at = Date.now();
  try {
    const response = await fetch(`${base}/export?${query}`, { signal: deadline(timeoutMs, stop) });
    if (response.status !== 200) {
      const text = await response.text();
      let code = `HTTP_${response.status}`;
      try { code = (JSON.parse(text) as { error?: { code?: string } }).error?.code ?? code; } catch { /* not JSON */ }
      return { status: response.status, codes: [code], ms: Date.now() - at, at, ok: false, bytes: text.length, excerpt: text.slice(0, 300), complete: false };
    }
    let bytes = 0;
    let tail = '';
    try {
      for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
        bytes += chunk.byteLength;
        tail = (tail + Buffer.from(chunk).toString('latin1')).slice(-64);
      }
    } catch (error) {
      return { status: 200, codes: ['CUT'], ms: Date.now() - at, at, ok: false, bytes, excerpt: String((error as Error).message).slice(0, 300), complete: false };
    }
    // Each format ends in its own way; gexf and graphml close their root element.
    const complete = !/format=(gexf|graphml)/.test(query) || /<\/(gexf|graphml)>\s*$/.test(tail);
    return { status: 200, codes: complete ? [] : ['CUT'], ms: Date.now() - at, at, ok: complete, bytes, excerpt: tail, complete };
  } catch (error) {
    return { ...failedAnswer(error, at), complete: false };
  }
}

/**
 * The mixed load: `clients` loops, each picking an operation, waiting for its answer, then
 * thinking 0.5-2.5 s, until `until`: about 13 requests a second from the
 * twenty, about half of what a 2-core machine serves, so that the attack, not the load, decides. Reads and exports are anonymous; writes carry the editor's
 * key and an Idempotency-Key, and are retried with the same key while they meet an outage.
 */
export class Load {
  readonly written = new Map<string, WrittenNode>();
  readonly writes: WriteFigures = { attempted: 0, acknowledged: 0, retried: 0, gaveUp: 0, refused: {}, retryConflicts: 0 };

  constructor(private readonly options: LoadOptions) {}

  run(): Promise<void> {
    return Promise.all(Array.from({ length: this.options.clients }, (_, index) => this.client(index))).then(() => undefined);
  }

  private async client(index: number): Promise<void> {
    const next = mulberry32(0x50a4 + index);
    const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!;
    const mine = { agencies: [] as string[], programs: [] as string[], made: 0 };
    const { ids, recorder, base } = this.options;
    while (Date.now() < this.options.until) {
      const roll = next();
      if (roll < 0.45) {
        const which = pick(['agency', 'program', 'agencies', 'programs'] as const);
        const variables = which === 'agency' ? { id: pick(ids.agencies) }
          : which === 'program' ? { id: pick(ids.programs) }
            : which === 'agencies' ? { kind: pick(['MINISTRY', 'PROVINCIAL_GOVERNMENT', 'REGENCY_GOVERNMENT', 'CITY_GOVERNMENT']) }
              : { status: pick(['PLANNED', 'ACTIVE', 'COMPLETED']) };
        recorder.add(`read.${which}`, await postGraphql(base, { query: READS[which], variables }, {}, 30_000, this.options.stop));
      } else if (roll < 0.53) {
        const which = pick(['coverageGaps', 'programOverlaps', 'network', 'collaborationNetwork'] as const);
        const variables = which === 'coverageGaps' ? { theme: pick(ids.themes) }
          : which === 'network' ? { key: pick(ids.agencies) }
            : which === 'collaborationNetwork' ? { theme: pick(ids.themes) } : {};
        recorder.add(`analysis.${which}`, await postGraphql(base, { query: ANALYSES[which], variables }, {}, 30_000, this.options.stop));
      } else if (roll < 0.63) {
        const selection = JSON.stringify({ kind: 'network', focus: [{ kind: 'AGENCY', key: pick(ids.agencies) }], depth: 1, limit: 100 });
        const format = pick(['graphml', 'cytoscape.json', 'nodes.csv']);
        recorder.add('export.small', await getExport(base, `format=${encodeURIComponent(format)}&selection=${encodeURIComponent(selection)}`, 60_000, this.options.stop));
      } else if (roll < 0.65) {
        recorder.add('export.whole', await getExport(base, 'format=gexf', 60_000, this.options.stop));
      } else {
        await this.write(index, mine, next);
      }
      await sleep(500 + next() * 2000);
    }
  }

  private async write(index: number, mine: { agencies: string[]; programs: string[]; made: number }, next: () => number): Promise<void> {
    const { run } = this.options;
    const roll = next();
    const stamp = `${run}-c${index}-${mine.made}`;
    let label: 'Agency' | 'Program';
    let id: string;
    let name: string;
    let kind: string;
    let body: { query: string; variables: Record<string, unknown> };
    if (roll < 0.3 || (roll < 0.5 && mine.agencies.length === 0) || (roll >= 0.5 && roll < 0.8 && mine.programs.length === 0)) {
      mine.made += 1;
      label = 'Agency'; id = `soak-${stamp}-agency`; name = `Soak Agency ${stamp}`; kind = 'write.createAgency';
      body = { query: WRITES.createAgency, variables: { input: { id, name, kind: 'OTHER', level: 'NATIONAL' } } };
    } else if (roll < 0.5) {
      label = 'Agency'; id = mine.agencies[Math.floor(next() * mine.agencies.length)]!; kind = 'write.updateAgency';
      name = `Soak Agency ${id} renamed ${mine.made}-${Math.floor(next() * 1e6)}`;
      body = { query: WRITES.updateAgency, variables: { id, input: { name } } };
    } else if (roll < 0.8) {
      label = 'Program'; id = mine.programs[Math.floor(next() * mine.programs.length)]!; kind = 'write.updateProgram';
      name = `Soak Program ${id} renamed ${mine.made}-${Math.floor(next() * 1e6)}`;
      body = { query: WRITES.updateProgram, variables: { id, input: { name } } };
    } else {
      mine.made += 1;
      label = 'Program'; id = `soak-${stamp}-program`; name = `Soak Program ${stamp}`; kind = 'write.createProgram';
      body = { query: WRITES.createProgram, variables: { input: { id, name, track: 'OTHER', status: 'ACTIVE', startYear: 2020, endYear: 2024 } } };
    }
    const creating = kind.startsWith('write.create');
    const node = this.written.get(id) ?? { label, id, names: [], lastAcknowledged: -1 };
    this.written.set(id, node);
    node.names.push(name);
    const sentIndex = node.names.length - 1;

    this.writes.attempted += 1;
    const key = randomUUID();
    for (let attempt = 0; ; attempt += 1) {
      const answer = await postGraphql(this.options.base, body, { 'x-api-key': this.options.editorKey, 'idempotency-key': key }, 30_000, this.options.stop);
      this.options.recorder.add(attempt === 0 ? kind : `${kind}.retry`, answer);
      if (answer.ok) {
        this.writes.acknowledged += 1;
        node.lastAcknowledged = Math.max(node.lastAcknowledged, sentIndex);
        if (creating) (label === 'Agency' ? mine.agencies : mine.programs).push(id);
        return;
      }
      const retryable = answer.status === 503 || answer.codes.some((code) => RETRYABLE.has(code));
      if (!retryable) {
        if (attempt > 0 && creating && answer.codes.includes('CONFLICT')) {
          this.writes.retryConflicts += 1;
          // It was written (that is what the CONFLICT says); the client may go on using it.
          (label === 'Agency' ? mine.agencies : mine.programs).push(id);
        } else {
          const code = answer.codes[0] ?? `HTTP_${answer.status}`;
          this.writes.refused[code] = (this.writes.refused[code] ?? 0) + 1;
        }
        return;
      }
      if (attempt === 0) this.writes.retried += 1;
      if (Date.now() > this.options.retryUntil || this.options.stop.aborted) {
        this.writes.gaveUp += 1;
        return;
      }
      await sleep(Math.min(500 * 2 ** attempt, 4000));
    }
  }
}
