import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openPage, openWorkbench, recordMetrics, screenshots, seriousViolations, type Workbench, finishPage } from '../../support/workbench.js';

/*
 * The home page, the search page and the name pickers, in Chromium on the demo graph. Figures
 * are checked against the API's own answers; names are those the issue lists.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

interface Summary {
  graphSummary: {
    counts: Array<{ label: string; total: number; fromSources: number; synthetic: number }>;
    relationships: number;
    articles: Array<{ title: string; nodes: number }>;
  };
}

const SUMMARY = '{ graphSummary { counts { label total fromSources synthetic } relationships articles { title nodes } } }';

describe('the home page', () => {
  it('shows what the graph holds, by kind and source, and the source articles by title, as the API counts them', async () => {
    const { graphSummary } = await bench.graphql<Summary>(SUMMARY);
    const opened = await openPage(bench, '/');
    const { page } = opened;
    const rows = await page.locator('[data-testid=holds] tbody tr').allTextContents();
    expect(rows).toHaveLength(graphSummary.counts.length);
    const regions = graphSummary.counts.find((row) => row.label === 'Region')!;
    const regionRow = page.locator('[data-testid=holds] tbody tr', { hasText: 'Wilayah' });
    // id-ID groups thousands with a dot: 7.830.
    expect(await regionRow.locator('td').nth(1).textContent()).toBe(regions.total.toLocaleString('id-ID'));
    const programs = graphSummary.counts.find((row) => row.label === 'Program')!;
    const programRow = page.locator('[data-testid=holds] tbody tr', { hasText: /^Program/ });
    expect(await programRow.locator('td').nth(3).textContent()).toBe(programs.synthetic.toLocaleString('id-ID'));
    const titles = await page.locator('[data-testid=articles] .article-title').allTextContents();
    expect(titles).toEqual(graphSummary.articles.map((article) => article.title));
    expect(titles.length).toBeGreaterThanOrEqual(5);
    // Every question is an entry point, and the tools are linked.
    for (const id of ['gaps', 'overlaps', 'who-does-what', 'helix', 'conformance', 'peers', 'indicators', 'network']) {
      expect(await page.locator(`[data-testid=question-${id}]`).count(), id).toBe(1);
    }
    for (const href of ['/playground', '/explorer', '/docs/']) expect(await page.locator(`main a[href="${href}"]`).count(), href).toBeGreaterThan(0);
    await finishPage(opened, 'home');
  }, 120_000);

  it('switches to English and remembers it, and back to Bahasa Indonesia', async () => {
    const opened = await openPage(bench, '/');
    const { page } = opened;
    expect(await page.locator('nav.questions').textContent()).toContain('Celah cakupan');
    expect(await page.locator('html').getAttribute('lang')).toBe('id');
    await page.click('[data-testid=lang-en]');
    await expect.poll(() => page.locator('nav.questions').textContent()).toContain('Coverage gaps');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    expect(await page.locator('[data-testid=holds] thead').textContent()).toContain('From sources');
    await page.reload();
    await page.waitForSelector('[data-state="ready"]');
    expect(await page.locator('nav.questions').textContent()).toContain('Coverage gaps');
    await screenshots(opened, 'home-en');
    await page.click('[data-testid=lang-id]');
    await expect.poll(() => page.locator('nav.questions').textContent()).toContain('Celah cakupan');
    await opened.context.close();
  }, 120_000);

  it('opens a profile from its picker: "Kab. Nunukan", then Enter', async () => {
    const opened = await openPage(bench, '/');
    const { page } = opened;
    await page.fill('[data-testid=home-search-input]', 'Kab. Nunukan');
    await page.waitForSelector('[data-testid=home-search-option]');
    expect(await page.locator('[data-testid=home-search-option]').first().getAttribute('data-key')).toBe('65.03');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/region\/65\.03$/);
    await opened.context.close();
  }, 60_000);
});

describe('finding things by name', () => {
  // What an analyst types, and what it must find first (the examples).
  const CASES: Array<[string, string, string]> = [
    ['kemiskinan', 'THEME', 'pengurangan-kemiskinan'],
    ['Nunukan', 'REGION', '65.03'],
    ['Kab. Nunukan', 'REGION', '65.03'],
    ['PANRB', 'AGENCY', 'kemenpanrb'],
    ['Kementerian PANRB', 'AGENCY', 'kemenpanrb'],
    ['kemenpanrb', 'AGENCY', 'kemenpanrb'],
  ];

  it.each(CASES)('"%s" finds %s %s on the search page, as the API ranks it', async (text, kind, key) => {
    const api = await bench.graphql<{ lookup: { matches: Array<{ kind: string; key: string }> } }>(
      'query ($text: String!, $kinds: [NodeKind!]) { lookup(text: $text, kinds: $kinds, first: 50) { matches { kind key } } }',
      { text, kinds: [kind] },
    );
    const ofKind = api.lookup.matches;
    expect(ofKind[0]?.key).toBe(key);
    const opened = await openPage(bench, `/search?q=${encodeURIComponent(text)}&kind=${kind}`);
    const links = opened.page.locator('[data-testid=search-results] tbody tr a');
    expect(await links.first().getAttribute('data-key')).toBe(key);
    expect(await links.count()).toBe(ofKind.length);
    await opened.context.close();
  }, 60_000);

  it('offers suggestions for a name that matches nothing, never a blank page', async () => {
    const opened = await openPage(bench, '/search?q=Nunukn');
    const { page } = opened;
    expect(await page.locator('[data-testid=search-none]').textContent()).toContain('Tidak ada yang cocok dengan "Nunukn"');
    const keys = await page.locator('[data-testid=search-suggestions] a').evaluateAll((links) => links.map((link) => link.getAttribute('data-key')));
    expect(keys).toContain('65.03');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(opened, 'search-suggestions');
    await recordMetrics(opened, 'search');
    await opened.context.close();
  }, 60_000);

  it('the explorer searches with the same lookup, and takes a region by name', async () => {
    const opened = await openPage(bench, '/explorer', { waitReady: false });
    const { page } = opened;
    await page.selectOption('[data-testid=search-kind]', 'AGENCY');
    await page.fill('[data-testid=search]', 'kemenpanrb');
    await page.waitForSelector('[data-testid=result]');
    expect(await page.locator('[data-testid=result]').first().getAttribute('data-key')).toBe('kemenpanrb');
    await page.fill('[data-testid=region]', 'Kab. Nunukan');
    await page.locator('[data-testid=result]').first().click();
    await expect.poll(() => page.evaluate(() => (window as unknown as { explorerState: { status: string } }).explorerState.status), { timeout: 30_000 }).toMatch(/drawn|error/);
    expect(await page.locator('[data-testid=region-resolved]').textContent()).toContain('65.03');
    expect(opened.blocked).toEqual([]);
    await opened.context.close();
  }, 60_000);

  it('answers an address it does not know with 404, and a workbench path it does with the page', async () => {
    expect((await fetch(`${bench.app.url}/no-such-page`)).status).toBe(404);
    expect((await fetch(`${bench.app.url}/gaps`)).status).toBe(200);
    expect((await fetch(`${bench.app.url}/region/65.03`)).status).toBe(200);
    const opened = await openPage(bench, '/agency/no-such-agency-anywhere', { waitReady: false });
    await opened.page.waitForSelector('main h1');
    await opened.context.close();
  }, 60_000);
});
