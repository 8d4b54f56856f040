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

/** A fresh page that records every URL it requests, and the bodies it POSTs. */
async function openPage(path: string): Promise<{ page: Page; requested: string[]; posted: string[]; pageErrors: string[] }> {
  if (!browser) throw browserMissing ?? new Error('Chromium did not start');
  const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1400, height: 860 } });
  const page = await context.newPage();
  const requested: string[] = [];
  const posted: string[] = [];
  const pageErrors: string[] = [];
  page.on('request', (request) => {
    requested.push(request.url());
    if (request.method() === 'POST') posted.push(request.postData() ?? '');
  });
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${app.url}${path}`);
  return { page, requested, posted, pageErrors };
}

/** One entry of /playground/examples.json (scripts/readme-examples.mjs). */
interface PlaygroundExample { group: string; title: string; operationName: string; write: boolean; query: string }

/** The value of one of GraphiQL's CodeMirror editors (query, variables, headers, response). */
function editorValue(page: Page, selector: string): Promise<string> {
  return page.evaluate((sel) => (document.querySelector(sel) as unknown as { CodeMirror: { getValue(): string } }).CodeMirror.getValue(), selector);
}

const QUERY_EDITOR = '.graphiql-query-editor .CodeMirror';
const VARIABLES_EDITOR = '.graphiql-editor-tool .graphiql-editor:first-child .CodeMirror';
const RESPONSE = '.graphiql-response .CodeMirror';
const operationName = (page: Page) => page.evaluate((sel) => (document.querySelector(sel) as unknown as { CodeMirror: { operationName?: string } }).CodeMirror.operationName, QUERY_EDITOR);

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

  it('offers every ```graphql block of the README as a playground example, titled and grouped', async () => {
    const readme = readFileSync('README.md', 'utf8');
    const blocks = readme.split('\n').filter((line) => line.trim() === '```graphql').length;
    const examples = await (await fetch(`${app.url}/playground/examples.json`)).json() as PlaygroundExample[];
    expect(blocks).toBeGreaterThan(0);
    expect(examples).toHaveLength(blocks);
    expect(examples.find((e) => e.operationName === 'KemenpanrbPrograms')?.query).toContain('agency(id: "kemenpanrb")');
    expect(examples.every((e) => e.group.length > 0 && e.title.length > 0 && e.query.trim().length > 0)).toBe(true);
    expect(new Set(examples.map((e) => e.title)).size).toBe(examples.length);
  });
});

describe('the playground', () => {
  it('loads with nothing fetched from outside 127.0.0.1, runs a typed query, opens README examples by question in their own tabs, and shows how to get a key for writing', async () => {
    const { page, requested, pageErrors } = await openPage('/playground');
    await page.waitForSelector(`.graphiql-container ${QUERY_EDITOR}`);
    // The README's examples are there, one option each (plus the prompt), grouped by question in the order of examples.json.
    const examples = await (await fetch(`${app.url}/playground/examples.json`)).json() as PlaygroundExample[];
    expect(await page.locator('[data-testid=example-select] option').count()).toBe(examples.length + 1);
    const groups = [...new Set(examples.map((e) => e.group))];
    expect(await page.locator('[data-testid=example-select] optgroup').evaluateAll((els) => els.map((el) => el.getAttribute('label')))).toEqual(groups);
    expect(await page.locator('[data-testid=example-select] optgroup').first().locator('option').allTextContents()).toEqual(examples.filter((e) => e.group === groups[0]).map((e) => e.title));
    // The first six open as tabs, named after their titles.
    expect(await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).toEqual(examples.slice(0, 6).map((e) => e.operationName));
    // How to get a key for the write examples, near the menu.
    const note = page.locator('[data-testid=key-note]');
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain('npm run api-key -- --name me --role editor');
    expect(await note.textContent()).toContain('{"Authorization": "Bearer <key>"}');

    await page.evaluate((sel) => {
      const editor = document.querySelector(sel) as unknown as { CodeMirror: { setValue(text: string): void } };
      editor.CodeMirror.setValue('query ArsipNasional { agency(id: "anri") { name acronym programs { role program { id } } } }');
    }, QUERY_EDITOR);
    // GraphiQL works out the operation name from the editor a moment after the edit.
    await expect.poll(() => operationName(page)).toBe('ArsipNasional');
    await page.click('.graphiql-execute-button');
    await expect.poll(() => editorValue(page, RESPONSE), { timeout: 30_000 }).toContain('Arsip Nasional Republik Indonesia');
    expect(JSON.parse(await editorValue(page, RESPONSE))).toEqual({
      data: { agency: { name: 'Arsip Nasional Republik Indonesia', acronym: 'ANRI', programs: [{ role: 'LEAD', program: { id: 'arsip-aceh' } }, { role: 'IMPLEMENTER', program: { id: 'spbe' } }] } },
    });

    // A README example, picked from the menu, that is one of the six open: its tab becomes the
    // active one, and runs (kemenpanrb is not in the fixture, so null).
    const tabs = await page.locator('.graphiql-tab').count();
    const kemenpanrb = examples.findIndex((e) => e.operationName === 'KemenpanrbPrograms');
    expect(kemenpanrb).toBeLessThan(6);
    await page.selectOption('[data-testid=example-select]', String(kemenpanrb));
    await expect.poll(() => page.locator('.graphiql-tab-active .graphiql-tab-button').textContent()).toBe('KemenpanrbPrograms');
    expect(await editorValue(page, QUERY_EDITOR)).toMatch(/^# Who does what: Kementerian PANRB: its programs, roles and forums\nquery KemenpanrbPrograms \{\n {2}agency\(id: "kemenpanrb"\)/);
    await expect.poll(() => operationName(page)).toBe('KemenpanrbPrograms');
    expect(await page.locator('.graphiql-tab').count()).toBe(tabs);
    await page.click('.graphiql-execute-button');
    await expect.poll(() => editorValue(page, RESPONSE), { timeout: 30_000 }).toMatch(/"agency": null/);
    await screenshot(page, 'playground');

    // One that is not open yet opens in a new tab, named after it. A write example: the note
    // above the editor turns into the warning, and the query opens with it.
    const createPartner = examples.findIndex((e) => e.operationName === 'CreatePartner');
    expect(examples[createPartner]).toMatchObject({ group: 'Writing', write: true });
    await page.selectOption('[data-testid=example-select]', String(createPartner));
    await expect.poll(() => operationName(page)).toBe('CreatePartner');
    await expect.poll(() => page.locator('.graphiql-tab-active .graphiql-tab-button').textContent()).toBe('CreatePartner');
    expect(await page.locator('.graphiql-tab').count()).toBe(tabs + 1);
    const warning = page.locator('[data-testid=write-note]');
    await warning.waitFor();
    expect(await warning.textContent()).toContain('This tab writes.');
    expect(await warning.textContent()).toContain('npm run api-key -- --name me --role editor');
    expect(await editorValue(page, QUERY_EDITOR)).toMatch(/^# Writing: Create a partner and link it to a program\n# Needs the editor role[^]*# 1\. npm run api-key -- --name me --role editor\n[^]*\nmutation CreatePartner \{/);
    // The new tab is scrolled into view (GraphiQL's tab bar does not do it by itself).
    await expect.poll(() => page.evaluate(() => {
      const tab = document.querySelector('.graphiql-tab-active')!.getBoundingClientRect();
      const bar = document.querySelector('.graphiql-tabs')!.getBoundingClientRect();
      return tab.left >= bar.left - 1 && tab.right <= bar.right + 1;
    })).toBe(true);
    await screenshot(page, 'playground-write');
    // Back to a read example: the plain note again, and no new tab.
    await page.selectOption('[data-testid=example-select]', String(kemenpanrb));
    await expect.poll(() => page.locator('.graphiql-tab-active .graphiql-tab-button').textContent()).toBe('KemenpanrbPrograms');
    await page.locator('[data-testid=key-note]').waitFor();
    expect(await page.locator('.graphiql-tab').count()).toBe(tabs + 1);

    expect(requested.length).toBeGreaterThan(3);
    expect(nonLocal(requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('opens /playground?query=…&variables=… ("show as GraphQL") as the active tab with its variables, runs nothing by itself, and runs it on ▶', async () => {
    const query = 'query AgencyById($id: ID!) {\n  agency(id: $id) { name acronym }\n}\n';
    const variables = { id: 'anri' };
    const { page, posted, requested, pageErrors } = await openPage(`/playground?query=${encodeURIComponent(query)}&variables=${encodeURIComponent(JSON.stringify(variables))}`);
    await page.waitForSelector(`.graphiql-container ${QUERY_EDITOR}`);
    expect(await editorValue(page, QUERY_EDITOR)).toBe(query);
    await expect.poll(() => operationName(page)).toBe('AgencyById');
    // The variables, pretty-printed, in the variables editor, which is open.
    expect(JSON.parse(await editorValue(page, VARIABLES_EDITOR))).toEqual(variables);
    expect(await editorValue(page, VARIABLES_EDITOR)).toBe('{\n  "id": "anri"\n}');
    expect(await page.locator('.graphiql-editor-tool .graphiql-editor').first().isVisible()).toBe(true);
    // Nothing ran: the schema was fetched, the query was not.
    await page.waitForTimeout(1000);
    expect(posted.some((body) => body.includes('__schema'))).toBe(true);
    expect(posted.filter((body) => body.includes('AgencyById'))).toEqual([]);
    expect(await editorValue(page, RESPONSE)).toBe('');
    await screenshot(page, 'playground-from-url');

    await page.click('.graphiql-execute-button');
    await expect.poll(() => editorValue(page, RESPONSE), { timeout: 30_000 }).toContain('ANRI');
    expect(JSON.parse(await editorValue(page, RESPONSE))).toEqual({ data: { agency: { name: 'Arsip Nasional Republik Indonesia', acronym: 'ANRI' } } });
    const sent = posted.filter((body) => body.includes('AgencyById')).map((body) => JSON.parse(body) as Record<string, unknown>);
    expect(sent).toEqual([{ query, variables, operationName: 'AgencyById' }]);

    // Later, in the same browser (GraphiQL keeps its tabs), another link: it is added to the
    // tabs and made the active one, with the operation the link names selected.
    const two = 'query AnriName {\n  agency(id: "anri") { name }\n}\n\nquery AnriAcronym {\n  agency(id: "anri") { acronym }\n}\n';
    await page.goto(`${app.url}/playground?query=${encodeURIComponent(two)}&operationName=AnriAcronym`);
    await page.waitForSelector(`.graphiql-container ${QUERY_EDITOR}`);
    expect(await editorValue(page, QUERY_EDITOR)).toBe(two);
    await expect.poll(() => operationName(page)).toBe('AnriAcronym');
    await expect.poll(() => page.locator('.graphiql-tab-active .graphiql-tab-button').textContent()).toBe('AnriAcronym');
    expect(await page.locator('.graphiql-tab .graphiql-tab-button').allTextContents()).toEqual(['AgencyById', 'AnriAcronym']);
    expect(await editorValue(page, VARIABLES_EDITOR)).toBe('');
    await page.click(QUERY_EDITOR);
    await page.keyboard.press('Control+Enter');
    await expect.poll(() => editorValue(page, RESPONSE), { timeout: 30_000 }).toContain('ANRI');
    expect(JSON.parse(await editorValue(page, RESPONSE))).toEqual({ data: { agency: { acronym: 'ANRI' } } });

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
    // Bahasa Indonesia by default (issue 11): the status, the enum labels and the html lang.
    expect(await page.locator('[data-testid=status]').textContent()).toBe('Jaringan di sekitar instansi anri: 4 simpul, 4 hubungan.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

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
    expect(await page.locator('[data-testid=status]').textContent()).toMatch(/^Tidak dapat menggambar jaringan: .*no-such-theme/);
    expect(await page.locator('#download-graphml').getAttribute('href')).toBeNull();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);

  it('switches its labels to English with ID | EN, remembers the choice after a reload, and links back to the workbench', async () => {
    const { page, pageErrors } = await drawAnri();
    const status = page.locator('[data-testid=status]');
    expect(await page.getAttribute('[data-testid=home]', 'href')).toBe('/');
    expect(await page.getAttribute('[data-testid=lang-id]', 'aria-pressed')).toBe('true');
    expect(await page.locator('[data-testid=draw]').textContent()).toBe('Gambar');
    expect(await page.locator('[data-testid=node-kinds]').textContent()).toContain('Instansi');
    await page.click('[data-testid=lang-en]');
    expect(await page.getAttribute('[data-testid=lang-en]', 'aria-pressed')).toBe('true');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await status.textContent()).toBe('Network around agency anri: 4 nodes, 4 edges.');
    expect(await page.locator('[data-testid=draw]').textContent()).toBe('Draw');
    expect(await page.locator('[data-testid=node-kinds]').textContent()).toContain('Agency');
    expect(await page.locator('[data-testid=edge-types]').textContent()).toContain('Takes part in');
    expect(await page.locator('[data-testid=legend]').textContent()).toContain('Agency');
    expect(await page.locator('[data-testid=focus]').textContent()).toMatch(/^Focus: .*\(anri\)$/);
    // No key left without its message: a missing one would show as "explorer.…" or "enums.…".
    expect(await page.locator('body').textContent()).not.toMatch(/\b(explorer|enums|common)\.[a-z]/);

    await page.reload();
    await page.waitForFunction(() => window.explorerState?.status === 'idle');
    expect(await page.evaluate(() => [document.documentElement.lang, localStorage.getItem('kolaborasi.lang')])).toEqual(['en', 'en']);
    expect(await status.textContent()).toBe('Search for an agency, program, region or theme, or switch to the collaboration view.');
    await page.fill('[data-testid=search]', 'zzzqqq');
    await expect.poll(() => page.locator('[data-testid=results]').textContent(), { timeout: 20_000 }).toBe('Nothing matches "zzzqqq".');

    await page.click('[data-testid=lang-id]');
    expect(await status.textContent()).toBe('Cari instansi, program, wilayah, atau tema, atau beralih ke tampilan kolaborasi.');
    expect(await page.locator('[data-testid=results]').textContent()).toBe('Tidak ada yang cocok dengan "zzzqqq".');
    expect(await page.evaluate(() => localStorage.getItem('kolaborasi.lang'))).toBe('id');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 180_000);
});
