import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { startMain, type MainProcess } from '../support/mainProcess.js';
import { freePort } from '../support/ports.js';

/**
 * Finding 4 of issue 12: outside tests (NODE_ENV not 'test') Apollo's own stopOnTerminationSignals
 * stopped the server on SIGTERM and raised the signal again: the socket of a request in flight
 * closed within 0.1 s, no "stopped" line, exit 143. vitest sets NODE_ENV=test, so
 * test/http/shutdown.test.ts could not see it; these runs take NODE_ENV away, as `npm start` has it.
 */

const children: ChildProcess[] = [];
afterAll(() => {
  for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

/** `npm start`'s program with NODE_ENV as given (undefined: unset) and APP_ENV unset. */
async function startAsNpmStart(port: number, nodeEnv: string | undefined): Promise<MainProcess> {
  const main = await startMain(port, { NODE_ENV: nodeEnv, APP_ENV: undefined });
  children.push(main.process);
  return main;
}

describe.concurrent('SIGTERM under npm start', () => {
  for (const nodeEnv of [undefined, 'production']) {
    it(`with NODE_ENV ${nodeEnv ?? 'unset'}: a request in flight across the signal completes, "stopped" is logged, exit 0`, async () => {
      const port = await freePort();
      const main = await startAsNpmStart(port, nodeEnv);
      const body = JSON.stringify({ query: '{ __typename }' });
      // Headers and part of the body now, the rest after the signal: the request is in flight across it.
      const inFlight = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
      const answered = new Promise<{ status: number; text: string } | string>((done) => {
        inFlight.on('response', (response) => {
          let text = '';
          response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
          response.on('end', () => done({ status: response.statusCode ?? 0, text }));
        });
        inFlight.on('error', (error) => done(`the request failed: ${error.message}`));
      });
      inFlight.write(body.slice(0, 5));
      inFlight.flushHeaders();
      await new Promise((done) => setTimeout(done, 300));
      const exited = once(main.process, 'exit') as Promise<[number | null, NodeJS.Signals | null]>;
      main.process.kill('SIGTERM');
      await new Promise((done) => setTimeout(done, 500));

      inFlight.end(body.slice(5));
      expect(await answered).toEqual({ status: 200, text: expect.stringContaining('"__typename":"Query"') });
      const [code, signal] = await exited;
      expect({ code, signal }).toEqual({ code: 0, signal: null });
      expect(main.stderr()).toMatch(/received SIGTERM, stopping[\s\S]*\nstopped\n/);
    }, 90_000);
  }
});
