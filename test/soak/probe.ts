/**
 * The soak's observer, run as a process of its own (`node --import tsx test/soak/probe.ts <base>
 * <ms>`) so that what it measures is the server, not the event loop of the test that runs the
 * twenty clients. Open loop: it sends on a fixed beat whether or not the last answer came, so a
 * stalled server shows up as long waits, not as fewer samples. One JSON line per answer on stdout:
 * {kind, at, ms, status, code}.
 */
import { ORDINARY_QUERY } from './queries.js';

const [base, durationArg] = process.argv.slice(2);
if (!base || !durationArg) {
  console.error('usage: probe.ts <base URL> <duration ms>');
  process.exit(2);
}
const until = Date.now() + Number(durationArg);

interface Sample {
  readonly kind: 'ordinary' | 'healthz' | 'readyz';
  readonly at: number;
  readonly ms: number;
  readonly status: number;
  readonly code?: string;
}

const inFlight = new Set<Promise<void>>();

function emit(sample: Sample) {
  process.stdout.write(`${JSON.stringify(sample)}\n`);
}

function send(kind: Sample['kind'], timeoutMs: number, request: () => Promise<Response>) {
  const at = Date.now();
  const done = (async () => {
    try {
      const response = await request();
      const text = await response.text();
      let code: string | undefined;
      if (kind === 'ordinary') {
        try {
          code = (JSON.parse(text) as { errors?: Array<{ extensions?: { code?: string } }> }).errors?.[0]?.extensions?.code;
        } catch {
          code = 'NOT_JSON';
        }
      }
      emit({ kind, at, ms: Date.now() - at, status: response.status, ...(code ? { code } : {}) });
    } catch (error) {
      const name = (error as Error).name;
      emit({ kind, at, ms: Date.now() - at, status: 0, code: name === 'TimeoutError' ? `CLIENT_TIMEOUT_${timeoutMs}` : 'NETWORK' });
    }
  })();
  inFlight.add(done);
  void done.finally(() => inFlight.delete(done));
}

const body = JSON.stringify({ query: ORDINARY_QUERY });
const timers = [
  setInterval(() => send('ordinary', 30_000, () => fetch(`${base}/graphql`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body, signal: AbortSignal.timeout(30_000),
  })), 200),
  setInterval(() => send('healthz', 5_000, () => fetch(`${base}/healthz`, { signal: AbortSignal.timeout(5_000) })), 250),
  setInterval(() => send('readyz', 10_000, () => fetch(`${base}/readyz`, { signal: AbortSignal.timeout(10_000) })), 500),
];

const stop = async () => {
  for (const timer of timers) clearInterval(timer);
  await Promise.all(inFlight);
  process.exit(0);
};
setTimeout(() => void stop(), Math.max(0, until - Date.now()));
process.once('SIGTERM', () => void stop());
