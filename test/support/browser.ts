import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { dirname, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { inject } from 'vitest';
import type { ApolloServer } from '@apollo/server';
import type { GraphContext } from '../../src/graphql/context.js';
import { createApolloServer } from '../../src/graphql/server.js';
import { createApp } from '../../src/http/app.js';
import type { TestDatabase } from './database.js';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const CHROMIUM_HINT = 'Install it with `sudo apt-get update && sudo apt-get install -y chromium` (or run `node scripts/ensure-browser.mjs` as root); never `npx playwright install`.';

/** Debian's Chromium, headless. Throws (so the test fails, never skips) when it is missing. */
export async function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) throw new Error(`The browser tests need Chromium at ${CHROMIUM}, and it is missing. ${CHROMIUM_HINT}`);
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Bundles the pages into web/dist, as `npm start` and `npm test` do: once per test run, by the
 * first file that asks. Two files run at once (docs/testing.md), and a build empties web/dist/app
 * before it writes it again: a second build would pull the pages from under the other file's
 * browser. The first holds a lock folder while it builds; the others wait for it, then find
 * this run's mark and build nothing.
 */
export function buildWeb(): void {
  const dist = process.env.WEB_DIST_DIR ? resolve(process.env.WEB_DIST_DIR) : resolve('web/dist');
  const mark = resolve(dist, '.built-for-test-run');
  const lock = `${dist}.building`;
  const runId = inject('runId');
  const built = () => existsSync(mark) && readFileSync(mark, 'utf8') === runId;
  if (built()) return;
  mkdirSync(dirname(dist), { recursive: true });
  const deadline = Date.now() + 300_000;
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      // Another file builds; a lock older than any build is left from a killed run.
      const since = statSync(lock, { throwIfNoEntry: false })?.mtimeMs;
      if (since !== undefined && Date.now() - since > 300_000) rmSync(lock, { recursive: true, force: true });
      if (Date.now() > deadline) throw new Error(`${lock} was held for 5 minutes: is another test run building the pages?`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 250);
    }
  }
  try {
    if (built()) return;
    execFileSync(process.execPath, [resolve('scripts/build-web.mjs')], { stdio: 'inherit' });
    writeFileSync(mark, runId);
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

export interface RunningApp {
  readonly url: string;
  stop(): Promise<void>;
}

/** The real HTTP app (express, Apollo, the export endpoint) over the test database, on a free 127.0.0.1 port. */
export async function startApp(db: TestDatabase): Promise<RunningApp> {
  const apollo: ApolloServer<GraphContext> = createApolloServer();
  await apollo.start();
  const server: Server = createApp(apollo, db.executor, { embedded: true, driver: db.driver }).listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    async stop() {
      server.closeAllConnections();
      await new Promise<void>((done) => server.close(() => done()));
      await apollo.stop();
    },
  };
}
