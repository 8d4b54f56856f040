import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { testDatabase, type TestDatabase } from '../support/database.js';
import { loadFixture } from '../support/fixture.js';
import { buildWeb, launchChromium, startApp, type RunningApp } from '../support/browser.js';

/*
 * The pages in headless Chromium (Debian's, driven by playwright-core) against the real HTTP app
 * over the test Neo4j, on the fixture of test/support/fixture.ts.
 *
 * The explorer's tests are in test/browser/explorer/.
 */

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
interface PlaygroundExample { group: string; title: string; operationName: string; write: boolean; file: string; query: string }

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

  it('offers every ```graphql block of the README and docs/ as a playground example, titled and grouped', async () => {
    const files = ['README.md', ...readdirSync('docs').filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];
    const blocks = files.reduce((count, file) => count + readFileSync(file, 'utf8').split('\n').filter((line) => line.trim() === '```graphql').length, 0);
    const examples = await (await fetch(`${app.url}/playground/examples.json`)).json() as PlaygroundExample[];
    expect(blocks).toBeGreaterThanOrEqual(20);
    expect(examples).toHaveLength(blocks);
    expect(examples.find((e) => e.operationName === 'KemenpanrbPrograms')?.query).toContain('agency(id: "kemenpanrb")');
    expect(examples.every((e) => e.group.length > 0 && e.title.length > 0 && e.query.trim().length > 0)).toBe(true);
    expect(new Set(examples.map((e) => e.title)).size).toBe(examples.length);
    // The README's tour and the analyses each bring theirs.
    const from = new Set(examples.map((e) => e.file));
    for (const file of ['README.md', 'docs/analyses.md', 'docs/api.md']) expect(from, file).toContain(file);
  });
});

describe('the playground', () => {
  it('loads with nothing fetched from outside 127.0.0.1, runs a typed query, opens the examples of the docs by question in their own tabs, and shows how to get a key for writing', async () => {
    const { page, requested, pageErrors } = await openPage('/playground');
    await page.waitForSelector(`.graphiql-container ${QUERY_EDITOR}`);
    // The docs' examples are there, one option each (plus the prompt), grouped by question in the order of examples.json.
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

    // An example, picked from the menu, that is one of the six open: its tab becomes the
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
