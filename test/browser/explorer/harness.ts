import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { testDatabase, type TestDatabase } from '../../support/database.js';
import { loadFixture } from '../../support/fixture.js';
import { buildWeb, launchChromium, startApp, type RunningApp } from '../../support/browser.js';

/*
 * The explorer's browser tests: headless Chromium (Debian's, driven by playwright-core) against
 * the real HTTP app over the test Neo4j, on the fixture of test/support/fixture.ts plus, with
 * `extra`, what explorerFixture adds.
 */

/** What web/explorer/main.ts exposes on window for the tests. */
export interface ExplorerState {
  nodes: number; edges: number; focus: Array<{ kind: string; key: string }>; view: string; status: string; truncated: boolean;
  error: string | null; download: string; downloadError: string | null; labelled: number; hiddenByYears: number; expanded: string[];
  found: string | null; url: string; renderer: string | null;
}
interface CyCollection { length: number; map<T>(f: (e: CyElement) => T): T[]; filter(f: (e: CyElement) => boolean): CyCollection }
interface CyElement { id(): string; data(key: string): unknown; style(name: string): string; hasClass(name: string): boolean; emit(event: string): void; renderedBoundingBox(options?: object): { x1: number; y1: number; x2: number; y2: number } }
declare global {
  interface Window {
    explorerState: ExplorerState;
    explorerCy?: { nodes(selector?: string): CyCollection; edges(selector?: string): CyCollection; getElementById(id: string): CyElement; container(): HTMLElement };
    explorerSigma?: { emit(event: string, payload: unknown): void; getGraph(): { order: number } };
  }
}

export interface Harness {
  readonly app: RunningApp;
  readonly db: TestDatabase;
  open(path: string, viewport?: { width: number; height: number }): Promise<{ page: Page; requested: string[]; pageErrors: string[] }>;
  close(): Promise<void>;
}

/**
 * Four more agencies on spbe (so that the collaboration view on digitalisasi holds regional
 * governments whose names differ only at the end), and startup-a citing an article and the
 * synthetic source.
 */
export async function explorerFixture(db: TestDatabase) {
  await db.cypher(`
    MATCH (spbe:Program {id: 'spbe'})
    UNWIND $agencies AS a
    CREATE (g:Agency {id: a.id, name: a.name, kind: a.kind, level: a.level, sourceRefs: ['synthetic'], sourceTitles: ['Generated demo data (deterministic, not fact)']})
    CREATE (g)-[:PARTICIPATES_IN {role: 'SUPPORTER'}]->(spbe)
  `, { agencies: [
    { id: 'pemkab-aceh-selatan', name: 'Pemerintah Kabupaten Aceh Selatan', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL' },
    { id: 'pemkab-aceh-barat-daya', name: 'Pemerintah Kabupaten Aceh Barat Daya', kind: 'REGENCY_GOVERNMENT', level: 'LOCAL' },
    { id: 'pemkot-banda-aceh', name: 'Pemerintah Kota Banda Aceh', kind: 'CITY_GOVERNMENT', level: 'LOCAL' },
    { id: 'pemprov-ntt', name: 'Pemerintah Provinsi Nusa Tenggara Timur', kind: 'PROVINCIAL_GOVERNMENT', level: 'PROVINCIAL' },
  ] });
  await db.cypher(`MATCH (p:Partner {id: 'startup-a'}) SET p.sourceRefs = ['001_f42d7ce569d11d9e.txt', 'synthetic'],
    p.sourceTitles = ['Menteri PANRB Dorong Sinergi untuk Wujudkan Layanan Publik Digital', 'Generated demo data (deterministic, not fact)']`);
}

export async function startHarness(extra: boolean): Promise<Harness> {
  buildWeb();
  const db = await testDatabase();
  await db.wipe();
  await loadFixture(db);
  if (extra) await explorerFixture(db);
  const app = await startApp(db);
  let browserMissing: Error | undefined;
  // A missing Chromium fails each browser test with the install hint (never a skip).
  const browser: Browser | undefined = await launchChromium().catch((error: Error) => { browserMissing = error; return undefined; });
  return {
    app,
    db,
    async open(path, viewport = { width: 1280, height: 720 }) {
      if (!browser) throw browserMissing ?? new Error('Chromium did not start');
      const context = await browser.newContext({ acceptDownloads: true, viewport });
      const page = await context.newPage();
      const requested: string[] = [];
      const pageErrors: string[] = [];
      page.on('request', (request) => requested.push(request.url()));
      page.on('pageerror', (error) => pageErrors.push(error.message));
      await page.goto(`${app.url}${path}`);
      return { page, requested, pageErrors };
    },
    async close() {
      await browser?.close();
      await app.stop();
      await db.close();
    },
  };
}

export const drawnOrFailed = (page: Page) =>
  page.waitForFunction(() => ['drawn', 'error'].includes(window.explorerState?.status), undefined, { timeout: 30_000 });

export const explorerState = (page: Page) => page.evaluate(() => window.explorerState);

/** Screenshots for a person to look at, when SCREENSHOT_DIR is set. */
export async function screenshot(page: Page, name: string) {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, `${name}.png`) });
}

export const nonLocal = (app: RunningApp, urls: string[]) => urls.filter((url) => !url.startsWith(`${app.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));
