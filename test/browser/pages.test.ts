import { readFileSync } from 'node:fs';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadFixture } from '../support/fixture.js';
import { buildWeb, launchChromium, startApp, type RunningApp } from '../support/browser.js';

/*
 * The pages in headless Chromium (Debian's, driven by playwright-core) against the real HTTP app
 * over the test Neo4j, on the fixture of test/support/fixture.ts.
 *
 * Explorer, focus agency anri ("Arsip Nasional Republik Indonesia", the only agency matching
 * "arsip"), depth 1, default filter (every kind but INDICATOR): anri and its neighbours spbe,
 * arsip-aceh (PARTICIPATES_IN) and mandat-anri-arsip (HOLDS) = 4 nodes; the stored edges among
 * them: anri-spbe, anri-arsip-aceh, anri-mandate, arsip-aceh FULFILLS mandate = 4 edges.
 * Collaboration view: anri shares spbe with kementerian-panrb and arsip-aceh with pemprov-aceh;
 * pemkot-bandung runs bandung-miskin alone = 3 agencies, 2 links of weight 1.
 */

/** What web/explorer/main.ts exposes on window for the tests. */
declare global {
  interface Window {
    explorerState: { nodes: number; edges: number; focus: Array<{ kind: string; key: string }>; view: string; status: string; truncated: boolean; error: string | null; download: string; downloadError: string | null };
    explorerCy?: { nodes(): { length: number }; getElementById(id: string): { emit(event: string): void } };
  }
}

let db: TestDatabase;
let app: RunningApp;
let browser: Browser | undefined;
let browserMissing: Error | undefined;
const shots = process.env.SCREENSHOT_DIR;

beforeAll(async () => {
  buildWeb();
  db = await testDatabase();
  await db.wipe();
  await loadFixture(db);
  app = await startApp(db);
  // A missing Chromium fails each browser test with the install hint (never a skip).
  browser = await launchChromium().catch((error: Error) => { browserMissing = error; return undefined; });
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await db?.close();
});

/** A fresh page that records every URL it requests. */
async function openPage(path: string): Promise<{ page: Page; requested: string[]; pageErrors: string[] }> {
  if (!browser) throw browserMissing ?? new Error('Chromium did not start');
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const requested: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => requested.push(request.url()));
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${app.url}${path}`);
  return { page, requested, pageErrors };
}

const nonLocal = (urls: string[]) => urls.filter((url) => !url.startsWith(`${app.url}/`) && !url.startsWith('data:') && !url.startsWith('blob:'));

async function screenshot(page: Page, name: string) {
  if (!shots) return;
  mkdirSync(shots, { recursive: true });
  await page.screenshot({ path: resolve(shots, `${name}.png`) });
}

describe('HTTP routes of the pages', () => {
  it('sends a browser opening /graphql to the playground, and leaves GET queries to Apollo', async () => {
    const html = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html,application/xhtml+xml,*/*;q=0.8' }, redirect: 'manual' });
    expect(html.status).toBe(302);
    expect(html.headers.get('location')).toBe('/playground');

    const query = encodeURIComponent('{ agency(id: "anri") { acronym } }');
    const get = await fetch(`${app.url}/graphql?query=${query}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' }, redirect: 'manual' });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { agency: { acronym: 'ANRI' } } });

    // A browser-style GET with a query is not redirected either: Apollo answers it.
    const browserGet = await fetch(`${app.url}/graphql?query=${query}`, { headers: { accept: 'text/html,*/*;q=0.8', 'apollo-require-preflight': 'true' }, redirect: 'manual' });
    expect(browserGet.status).toBe(200);
    expect(await browserGet.json()).toEqual({ data: { agency: { acronym: 'ANRI' } } });

    const post = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ __typename }' }) });
    expect(await post.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('serves both pages and their bundles from the server itself', async () => {
    for (const path of ['/playground', '/explorer', '/playground/main.js', '/playground/main.css', '/explorer/main.js', '/explorer/main.css']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status, path).toBe(200);
    }
    const page = await (await fetch(`${app.url}/playground`)).text();
    expect(page).toContain('/playground/main.js');
    expect(page).not.toMatch(/https?:\/\//);
  });

  it('offers every ```graphql block of the README as a playground example', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const blocks = readme.split('\n').filter((line) => line.trim() === '```graphql').length;
    const examples = await (await fetch(`${app.url}/playground/examples.json`)).json() as Array<{ title: string; query: string }>;
    expect(blocks).toBeGreaterThan(0);
    expect(examples).toHaveLength(blocks);
    expect(examples[0]?.query).toContain('agency(id: "kemenpanrb")');
    expect(examples.every((e) => e.title.length > 0 && e.query.trim().length > 0)).toBe(true);
  });
});

describe('the playground', () => {
  it('loads with nothing fetched from outside 127.0.0.1, runs a typed query and a README example, and shows the results', async () => {
    const { page, requested, pageErrors } = await openPage('/playground');
    await page.waitForSelector('.graphiql-container .graphiql-query-editor .CodeMirror');
    // The README's examples are there, one option each (plus the prompt).
    const examples = await (await fetch(`${app.url}/playground/examples.json`)).json() as unknown[];
    expect(await page.locator('[data-testid=example-select] option').count()).toBe(examples.length + 1);

    await page.evaluate(() => {
      const editor = document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { setValue(text: string): void } };
      editor.CodeMirror.setValue('query ArsipNasional { agency(id: "anri") { name acronym programs { role program { id } } } }');
    });
    // GraphiQL works out the operation name from the editor a moment after the edit.
    await expect.poll(() => page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { operationName?: string } }).CodeMirror.operationName)).toBe('ArsipNasional');
    await page.click('.graphiql-execute-button');
    const response = { text: () => page.evaluate(() => (document.querySelector('.graphiql-response .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue()) };
    await expect.poll(() => response.text(), { timeout: 30_000 }).toContain('Arsip Nasional Republik Indonesia');
    expect(JSON.parse(await response.text())).toEqual({
      data: { agency: { name: 'Arsip Nasional Republik Indonesia', acronym: 'ANRI', programs: [{ role: 'LEAD', program: { id: 'arsip-aceh' } }, { role: 'IMPLEMENTER', program: { id: 'spbe' } }] } },
    });

    // A README example, loaded from the menu and run: kemenpanrb is not in the fixture, so null.
    await page.selectOption('[data-testid=example-select]', '0');
    await expect.poll(() => page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue())).toContain('agency(id: "kemenpanrb")');
    await expect.poll(() => page.evaluate(() => (document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { operationName?: string } }).CodeMirror.operationName)).toBe('WhoDoesWhat');
    await page.click('.graphiql-execute-button');
    await expect.poll(() => response.text(), { timeout: 30_000 }).toMatch(/"agency": null/);
    await screenshot(page, 'playground');

    expect(requested.length).toBeGreaterThan(3);
    expect(nonLocal(requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);
});

/** Opens the explorer, searches "arsip" among agencies and picks anri, at depth 1. */
async function drawAnri() {
  const opened = await openPage('/explorer');
  const { page } = opened;
  await page.selectOption('[data-testid=depth]', '1');
  await page.fill('[data-testid=search]', 'arsip');
  const result = page.locator('[data-testid=result][data-key=anri]');
  await result.waitFor({ timeout: 30_000 });
  expect(await page.locator('[data-testid=result]').count()).toBe(1);
  await result.click();
  await page.waitForFunction(() => ['drawn', 'error'].includes(window.explorerState?.status), undefined, { timeout: 30_000 });
  return opened;
}

describe('the explorer', () => {
  it('searches and picks an agency, draws its network, shows details on click, links the exports and switches to the collaboration view', async () => {
    const { page, requested, pageErrors } = await drawAnri();
    const state = await page.evaluate(() => window.explorerState);
    expect(state).toMatchObject({ status: 'drawn', nodes: 4, edges: 4, focus: [{ kind: 'AGENCY', key: 'anri' }], view: 'network', truncated: false });
    expect(await page.evaluate(() => window.explorerCy?.nodes().length)).toBe(4);
    expect(await page.locator('[data-testid=status]').textContent()).toBe('Network around agency anri: 4 nodes, 4 edges.');

    // Details on click: tap the focus node through Cytoscape's own event.
    // (In braces: emit returns the Cytoscape element, which is not sent back to the test.)
    await page.evaluate(() => { window.explorerCy?.getElementById('Agency:anri').emit('tap'); });
    await expect.poll(async () => page.locator('[data-testid=details-label]').textContent()).toBe('ANRI');
    expect(await page.locator('[data-testid=details-table]').textContent()).toContain('Arsip Nasional Republik Indonesia');
    await page.selectOption('[data-testid=color-by]', 'helix');
    await page.selectOption('[data-testid=size-by]', 'betweenness');
    await screenshot(page, 'explorer');

    // Each download link carries the view's selection, as the export endpoint takes it.
    const href = await page.locator('#download-graphml').getAttribute('href');
    expect(href).toMatch(/^\/export\?format=graphml&selection=/);
    expect(JSON.parse(decodeURIComponent(href!.split('&selection=')[1]!))).toMatchObject({ kind: 'network', focus: [{ kind: 'AGENCY', key: 'anri' }], depth: 1 });
    expect(await page.locator('[data-testid=downloads] a').count()).toBe(7);

    // The collaboration view: 3 agencies, 2 links.
    await page.check('[data-testid=view-collaboration]');
    await page.waitForFunction(() => window.explorerState?.view === 'collaboration' && ['drawn', 'error'].includes(window.explorerState.status), undefined, { timeout: 20_000 });
    expect(await page.evaluate(() => window.explorerState)).toMatchObject({ status: 'drawn', nodes: 3, edges: 2, view: 'collaboration' });
    await screenshot(page, 'collaboration');

    expect(nonLocal(requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('downloads the GraphML of the drawn view, and the file parses with its nodes and edges', async () => {
    const { page, requested, pageErrors } = await drawAnri();
    expect(await page.evaluate(() => window.explorerState)).toMatchObject({ status: 'drawn', nodes: 4, edges: 4 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#download-graphml')]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const graph = parseGraphml(MultiGraph, readFileSync(await download.path(), 'utf8'));
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.hasNode('Agency:anri')).toBe(true);
    expect(await page.evaluate(() => window.explorerState.download)).toBe('done');
    expect(nonLocal(requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('shows its error state when the server refuses the view', async () => {
    const { page, pageErrors } = await openPage('/explorer');
    // An unknown theme id in the filter: the server answers NOT_FOUND, the page shows it.
    await page.fill('[data-testid=theme]', 'no-such-theme');
    await page.check('[data-testid=view-collaboration]');
    await page.waitForFunction(() => window.explorerState?.status === 'error', undefined, { timeout: 20_000 });
    expect(await page.locator('[data-testid=status]').getAttribute('class')).toBe('error');
    expect(await page.locator('[data-testid=status]').textContent()).toMatch(/^Could not draw the network: .*no-such-theme/);
    expect(await page.locator('#download-graphml').getAttribute('href')).toBeNull();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
