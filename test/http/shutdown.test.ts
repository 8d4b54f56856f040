import type { ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { request } from 'node:http';
import { afterAll, describe, expect, it } from 'vitest';
import { startMain } from '../support/mainProcess.js';
import { freePort } from '../support/ports.js';


let child: ChildProcess | undefined;
afterAll(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
});

describe('SIGTERM', () => {
  it('lets a request in flight finish, refuses new connections, and exits 0', async () => {
    const port = await freePort();
    const main = await startMain(port);
    child = main.process;
    const body = JSON.stringify({ query: '{ __typename }' });
    // Headers and half the body now, the rest after the signal: the request is in flight across it.
    const inFlight = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } });
    const answered = new Promise<{ status: number; text: string }>((done, fail) => {
      inFlight.on('response', (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => { text += chunk.toString(); });
        response.on('end', () => done({ status: response.statusCode ?? 0, text }));
      });
      inFlight.on('error', fail);
    });
    inFlight.write(body.slice(0, 5));
    inFlight.flushHeaders();
    await new Promise((done) => setTimeout(done, 300));
    const exited = once(main.process, 'exit') as Promise<[number | null]>;
    main.process.kill('SIGTERM');
    await new Promise((done) => setTimeout(done, 500));

    const refused = await fetch(`http://127.0.0.1:${port}/healthz`).then(() => 'answered', () => 'refused');
    expect(refused).toBe('refused');

    inFlight.end(body.slice(5));
    expect(await answered).toEqual({ status: 200, text: expect.stringContaining('"__typename":"Query"') });
    const [code] = await exited;
    expect(code).toBe(0);
    expect(main.stderr()).toMatch(/received SIGTERM, stopping[\s\S]*stopped/);
  }, 90_000);
});
