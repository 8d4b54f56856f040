import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
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

/** Bundles the pages into web/dist, as `npm start` and `npm test` do. */
export function buildWeb(): void {
  execFileSync(process.execPath, [resolve('scripts/build-web.mjs')], { stdio: 'inherit' });
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
