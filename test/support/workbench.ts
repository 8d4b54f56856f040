import { appendFileSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { seedDemoGraph } from '../../src/seed/index.js';
import { buildWeb, launchChromium, startApp, type RunningApp } from './browser.js';
import { testDatabase, type TestDatabase } from './database.js';

/*
 * What every browser test of the workbench (test/browser/workbench/*.test.ts) shares: the demo
 * graph (seeded once, reused by the next file when it is still there), the real app over it,
 * Debian's Chromium with every request that is not to 127.0.0.1 blocked and recorded, axe-core,
 * screenshots at 1280x720 and 1920x1080, and the page's weight and first render.
 */

export interface Workbench {
  readonly db: TestDatabase;
  readonly app: RunningApp;
  readonly browser: Browser;
  /** GraphQL straight to the API, to check the figures a page shows. */
  graphql<T>(query: string, variables?: Record<string, unknown>): Promise<T>;
  close(): Promise<void>;
}

/** True when the graph is the demo graph (checked by its tell-tale nodes), so seeding can be skipped. */
async function hasDemoGraph(db: TestDatabase): Promise<boolean> {
  const [row] = await db.cypher<{ regions: number; agency: number; programs: number }>(`
    CALL () { MATCH (r:Region) RETURN count(r) AS regions }
    CALL () { MATCH (a:Agency {id: 'kemenpanrb'}) RETURN count(a) AS agency }
    CALL () { MATCH (p:Program) RETURN count(p) AS programs }
    RETURN regions, agency, programs`);
  return row !== undefined && row.regions >= 7830 && row.agency === 1 && row.programs >= 120;
}

export async function openWorkbench(): Promise<Workbench> {
  buildWeb();
  const db = await testDatabase();
  if (!(await hasDemoGraph(db))) {
    await db.wipe();
    await seedDemoGraph(db.executor);
  }
  const app = await startApp(db);
  const browser = await launchChromium();
  return {
    db,
    app,
    browser,
    async graphql<T>(query: string, variables: Record<string, unknown> = {}) {
      const response = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
      const body = (await response.json()) as { data?: T; errors?: Array<{ message: string }> };
      if (body.errors?.length || !body.data) throw new Error(`GraphQL failed: ${JSON.stringify(body.errors)}`);
      return body.data;
    },
    async close() {
      await browser.close();
      await app.stop();
      await db.close();
    },
  };
}

export interface OpenedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Requests to anywhere but the app: blocked, and listed here (the tests expect none). */
  readonly blocked: string[];
  readonly pageErrors: string[];
  /** Every script the page loaded: URL and gzipped size in bytes. */
  readonly scripts: Array<{ url: string; gzipBytes: number }>;
}

export const VIEWPORTS = { small: { width: 1280, height: 720 }, large: { width: 1920, height: 1080 } } as const;

/**
 * Opens `path` in a fresh context (language as asked: the app remembers it in localStorage) with
 * every request outside the app's origin blocked. Waits for the first `[data-state=ready]` unless
 * told not to.
 */
export async function openPage(bench: Workbench, path: string, options: { lang?: 'id' | 'en'; viewport?: keyof typeof VIEWPORTS; waitReady?: boolean } = {}): Promise<OpenedPage> {
  const context = await bench.browser.newContext({ viewport: VIEWPORTS[options.viewport ?? 'small'], acceptDownloads: true, locale: 'id-ID' });
  if (options.lang) await context.addInitScript((lang) => window.localStorage.setItem('kolaborasi.lang', lang), options.lang);
  const blocked: string[] = [];
  const pageErrors: string[] = [];
  const scripts: Array<{ url: string; gzipBytes: number }> = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(`${bench.app.url}/`) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    blocked.push(url);
    return route.abort('blockedbyclient');
  });
  const page = await context.newPage();
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('response', (response) => {
    if (response.request().resourceType() !== 'script') return;
    void response.body().then((body) => scripts.push({ url: response.url(), gzipBytes: gzipSync(body).length })).catch(() => undefined);
  });
  await page.goto(`${bench.app.url}${path}`);
  if (options.waitReady !== false) await page.waitForSelector('[data-state="ready"]', { timeout: 60_000 });
  return { page, context, blocked, pageErrors, scripts };
}

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export interface AxeViolation { id: string; impact: string | null; help: string; nodes: string[] }

/** axe-core's serious and critical violations on the page as it is now (WCAG 2 A/AA rules). */
export async function seriousViolations(page: Page): Promise<AxeViolation[]> {
  // Evaluated over the DevTools protocol: an inline <script> would be refused by the app's CSP (script-src 'self').
  await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.slice(0, 5).map((n) => JSON.stringify(n.target)) }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

/** Screenshots at both sizes into $SCREENSHOT_DIR (when set): `<name>-1280.png`, `<name>-1920.png`. */
export async function screenshots(opened: OpenedPage, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    await opened.page.setViewportSize(viewport);
    await opened.page.waitForTimeout(150);
    await opened.page.screenshot({ path: resolve(dir, `${name}-${size === 'small' ? 1280 : 1920}.png`), fullPage: false });
  }
  await opened.page.setViewportSize(VIEWPORTS.small);
}

/**
 * The page's JavaScript (gzipped) and the time from navigation to its first answer on screen,
 * appended to $PAGE_METRICS_FILE (when set) as one JSON line; figures, not assertions.
 */
export async function recordMetrics(opened: OpenedPage, name: string): Promise<{ jsGzipBytes: number; firstRenderMs: number }> {
  const firstRenderMs = Math.round(await opened.page.evaluate(() => {
    const ready = performance.getEntriesByName('kg:ready')[0];
    return ready ? ready.startTime : performance.now();
  }));
  await opened.page.waitForTimeout(50);
  const jsGzipBytes = opened.scripts.reduce((sum, script) => sum + script.gzipBytes, 0);
  const file = process.env.PAGE_METRICS_FILE;
  if (file) appendFileSync(file, `${JSON.stringify({ page: name, jsGzipBytes, scripts: opened.scripts.length, firstRenderMs })}\n`);
  return { jsGzipBytes, firstRenderMs };
}

/**
 * What every page must hold once a test has looked at it: no serious or critical axe-core
 * violation, no request outside the app, no error in the page. Takes its screenshots and
 * records its metrics under `name`, then closes it.
 */
export async function finishPage(opened: OpenedPage, name: string): Promise<void> {
  const { expect } = await import('vitest');
  expect(await seriousViolations(opened.page)).toEqual([]);
  await screenshots(opened, name);
  await recordMetrics(opened, name);
  expect(opened.blocked).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  await opened.context.close();
}
