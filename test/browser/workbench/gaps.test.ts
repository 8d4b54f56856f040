import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COVERAGE_GAPS, COVERAGE_MAP, EVERY_REGION, GAPS_PAGE_SIZE, type GapNode } from '../../../web/app/queries/gaps.js';
import { openPage, openWorkbench, screenshots, seriousViolations, type Workbench, finishPage } from '../../support/workbench.js';

/*
 * The coverage-gaps page and its map, in Chromium on the demo graph, with every request that is
 * not to 127.0.0.1 blocked. The question: which regencies does no poverty program reach, remote
 * ones first? Every figure is checked against the API's own answer to the page's queries; the
 * map must draw every code of data/geo (38 provinces, 514 regencies and cities).
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const THEME = 'pengurangan-kemiskinan';
const MAP = 'svg[data-testid=gaps-map]';

/** The codes of a boundary file (feature id = the idn-area-data code). */
function geoCodes(layer: 'provinces' | 'regencies'): string[] {
  const topology = JSON.parse(readFileSync(resolve('data/geo', `${layer}.topo.json`), 'utf8')) as { objects: Record<string, { geometries: Array<{ id: string }> }> };
  return topology.objects[layer]!.geometries.map((geometry) => String(geometry.id)).sort();
}

type Connection = { totalCount: number; nodes: GapNode[] };
const gapsOf = async (variables: Record<string, unknown>) =>
  (await bench.graphql<{ coverageGaps: Connection }>(COVERAGE_GAPS, { theme: THEME, first: GAPS_PAGE_SIZE, ...variables })).coverageGaps;
const scopeOf = async (variables: Record<string, unknown>) =>
  (await bench.graphql<{ coverageGaps: Connection }>(COVERAGE_MAP, { theme: THEME, every: EVERY_REGION, first: GAPS_PAGE_SIZE, ...variables })).coverageGaps;

const drawnCodes = (page: Page) => page.locator(`${MAP} path[data-code]`).evaluateAll((paths) => paths.map((path) => path.getAttribute('data-code')!).sort());

async function waitForMap(page: Page, count: number) {
  await page.waitForFunction(([selector, n]) => document.querySelectorAll(`${selector} path[data-code]`).length === n, [MAP, count] as const, { timeout: 60_000 });
}

/** Hovers a region by its path (at a point inside it), as a mouse would. */
async function hover(page: Page, code: string) {
  const path = page.locator(`${MAP} path[data-code="${code}"]`);
  const box = (await path.boundingBox())!;
  await path.dispatchEvent('mousemove', { clientX: box.x + box.width / 2, clientY: box.y + box.height / 2 });
}

/** The programs the panel lists, as [program id, coverage]. */
const panelPrograms = (page: Page) => page.locator('[data-testid=panel-programs] li').evaluateAll((items) => items.map((li) => [li.getAttribute('data-program'), li.getAttribute('data-coverage')]));
const apiPrograms = (node: GapNode) => node.programs.map((reach) => [reach.program.id, reach.coverage]);

describe('coverage gaps', () => {
  it('answers "which regencies does no poverty program reach, remote ones first?" on a map of all 514 and a table, as the API does', async () => {
    const [gaps, scope] = await Promise.all([gapsOf({ level: 'REGENCY', minPrograms: 1 }), scopeOf({ level: 'REGENCY' })]);
    const remote = gaps.nodes.filter((node) => node.remote).length;
    const opened = await openPage(bench, '/gaps');
    const { page } = opened;
    await waitForMap(page, 514);
    // Every regency and city draws, by its code, and nothing else.
    expect(await drawnCodes(page)).toEqual(geoCodes('regencies'));

    // The sentence above the map, from the API's totalCount.
    const summary = page.locator('[data-testid=gaps-summary]');
    expect(await summary.getAttribute('data-gaps')).toBe(String(gaps.totalCount));
    expect(await summary.getAttribute('data-total')).toBe(String(scope.totalCount));
    expect(await summary.textContent()).toBe(
      `${gaps.totalCount.toLocaleString('id-ID')} dari ${scope.totalCount.toLocaleString('id-ID')} kabupaten/kota tidak terjangkau program pengurangan kemiskinan; ${remote} di antaranya wilayah terpencil.`,
    );

    // The table: every gap, in the API's order (fewest programs, worst need, remote first).
    const table = page.locator('[data-testid=gaps-table]');
    expect(await table.locator('[data-testid=row-count]').textContent()).toBe(`${gaps.totalCount.toLocaleString('id-ID')} baris`);
    const firstRows = await table.locator('tbody tr').evaluateAll((rows) => rows.slice(0, 8).map((row) => row.querySelector('td a')?.getAttribute('data-key')));
    expect(firstRows).toEqual(gaps.nodes.slice(0, 8).map((node) => node.region.code));
    const firstCells = await table.locator('tbody tr').first().locator('td').allTextContents();
    expect(firstCells[2]).toBe(String(gaps.nodes[0]!.programCount));
    expect(firstCells[3]).toBe('Tidak terjangkau');
    // "No data" is said in words, apart from "no program".
    const noData = gaps.nodes.findIndex((node) => !node.hasData);
    expect(await table.locator('tbody tr').nth(noData).textContent()).toContain('tidak ada data');

    // Hover names the region in title case, with its figure; the path's <title> says the same.
    const nunukan = scope.nodes.find((node) => node.region.code === '65.03')!;
    await hover(page, '65.03');
    const tooltip = await page.locator('[data-testid=map-tooltip]').textContent();
    expect(tooltip).toMatch(/^Kabupaten Nunukan: /);
    expect(tooltip).toContain(nunukan.programCount === 0 ? 'tidak ada program' : `${nunukan.programCount} program`);
    expect(await page.locator(`${MAP} path[data-code="65.03"] title`).textContent()).toBe(tooltip);

    // Clicking a regency lists the programs that reach it and how, as the API answers.
    const reached = scope.nodes.find((node) => node.programs.some((reach) => reach.coverage === 'PROVINCE'))!;
    await page.locator(`${MAP} path[data-code="${reached.region.code}"]`).dispatchEvent('click');
    await page.waitForSelector(`[data-testid=region-panel][data-code="${reached.region.code}"]`);
    expect(await panelPrograms(page)).toEqual(apiPrograms(reached));
    expect(await page.locator('[data-testid=panel-programs]').textContent()).toContain('Melalui provinsi');
    expect(page.url()).toContain(`region=${reached.region.code}`);
    const programLink = page.locator('[data-testid=panel-programs] a').first();
    expect(await programLink.getAttribute('href')).toBe(`/program/${reached.programs[0]!.program.id}`);
    // ...and one no program reaches says so.
    const unreached = gaps.nodes[0]!;
    await page.locator(`[data-testid=map-pick]`).selectOption(unreached.region.code);
    await page.waitForSelector(`[data-testid=region-panel][data-code="${unreached.region.code}"]`);
    expect(await page.locator('[data-testid=region-panel]').textContent()).toContain('Tidak ada program bertema ini yang menjangkau wilayah ini');

    // Remote regions are marked on the map, one dot each.
    expect(await page.locator(`${MAP} [data-remote]`).count()).toBe(scope.nodes.filter((node) => node.remote).length);
    // The attribution of the boundaries, under the map.
    expect(await page.locator('[data-testid=map-attribution]').textContent()).toContain('BPS dan OCHA ROAP');
    expect(await page.locator('[data-testid=map-attribution] a').getAttribute('href')).toBe('/docs/geo-source');

    await finishPage(opened, 'gaps');
  }, 120_000);

  it('draws the 38 provinces; a click drills into one, showing only its regencies; a copied link restores the view; back to Indonesia', async () => {
    const opened = await openPage(bench, '/gaps?level=PROVINCE');
    const { page } = opened;
    await waitForMap(page, 38);
    expect(await drawnCodes(page)).toEqual(geoCodes('provinces'));
    const provinces = await gapsOf({ level: 'PROVINCE' });
    expect(await page.locator('[data-testid=gaps-summary]').getAttribute('data-gaps')).toBe(String(provinces.totalCount));

    // Nusa Tenggara Timur: its 22 regencies only, the map fitted to them.
    await page.locator(`${MAP} path[data-code="53"]`).dispatchEvent('click');
    const ntt = geoCodes('regencies').filter((code) => code.startsWith('53.'));
    await waitForMap(page, ntt.length);
    expect(await drawnCodes(page)).toEqual(ntt);
    expect(new URL(page.url()).searchParams.get('within')).toBe('53');
    const [nttGaps, nttScope, province] = await Promise.all([
      gapsOf({ level: 'REGENCY', within: '53' }), scopeOf({ level: 'REGENCY', within: '53' }), scopeOf({ level: 'PROVINCE', within: '53', first: 1 }),
    ]);
    const summary = page.locator('[data-testid=gaps-summary]');
    await expect.poll(() => summary.getAttribute('data-gaps')).toBe(String(nttGaps.totalCount));
    expect(await summary.getAttribute('data-total')).toBe(String(nttScope.totalCount));
    expect(await summary.textContent()).toContain('di Nusa Tenggara Timur');
    // The province's own programs, listed for it.
    await page.waitForSelector('[data-testid=region-panel][data-code="53"]');
    expect(await panelPrograms(page)).toEqual(apiPrograms(province.nodes[0]!));
    const rows = await page.locator('[data-testid=gaps-table] tbody tr td:first-child a').evaluateAll((links) => links.map((a) => a.getAttribute('data-key')));
    expect(rows).toEqual(nttGaps.nodes.map((node) => node.region.code));

    // A copied link opens the same view.
    await page.click('[data-testid=gaps-colour-need]'); // the radio follows the address a moment after the click (check() would give up)
    await expect.poll(() => page.isChecked('[data-testid=gaps-colour-need]')).toBe(true);
    await expect.poll(() => new URL(page.url()).searchParams.get('colour')).toBe('need');
    const copied = new URL(page.url());
    const again = await openPage(bench, `${copied.pathname}${copied.search}`);
    await waitForMap(again.page, ntt.length);
    expect(await drawnCodes(again.page)).toEqual(ntt);
    expect(await again.page.locator('[data-testid=gaps-summary]').textContent()).toBe(await summary.textContent());
    expect(await again.page.locator('[data-testid=gaps-colour-need]').isChecked()).toBe(true);
    expect(await again.page.locator('[data-testid=map-legend]').textContent()).toContain('Kebutuhan: kesenjangan terbesar terhadap target');
    await again.page.waitForSelector('[data-testid=region-panel][data-code="53"]');
    expect(await seriousViolations(again.page)).toEqual([]);
    await screenshots(again, 'gaps-province');
    expect(again.blocked).toEqual([]);
    expect(again.pageErrors).toEqual([]);
    await again.context.close();

    // Back to all of Indonesia.
    await page.click('[data-testid=map-back]');
    await waitForMap(page, 514);
    expect(new URL(page.url()).searchParams.get('within')).toBeNull();
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  }, 150_000);

  it('lists district gaps in a table (no district map, and says so), and switches to English', async () => {
    const districts = await gapsOf({ level: 'DISTRICT', within: '53.01', minPrograms: 2, remoteOnly: false });
    const opened = await openPage(bench, '/gaps?level=DISTRICT&within=53.01&min=2');
    const { page } = opened;
    await page.waitForSelector('[data-testid=gaps-table]');
    expect(await page.locator(MAP).count()).toBe(0);
    expect(await page.locator('[data-testid=district-note]').textContent()).toContain('batas kecamatan belum tersedia');
    expect(await page.locator('[data-testid=gaps-summary]').getAttribute('data-gaps')).toBe(String(districts.totalCount));
    expect(await page.locator('[data-testid=gaps-table] [data-testid=row-count]').textContent()).toBe(`${districts.totalCount.toLocaleString('id-ID')} baris`);

    await page.click('[data-testid=lang-en]');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Coverage gaps');
    expect(await page.locator('[data-testid=gaps-summary]').textContent()).toMatch(/^\d[\d,]* of \d[\d,]* districts in Kabupaten Kupang are reached by fewer than 2 programs on “Pengurangan kemiskinan”/);
    expect(await page.locator('[data-testid=district-note]').textContent()).toContain('no district boundaries');
    expect(await page.locator('[data-testid=gaps-table] thead').textContent()).toContain('How it is reached');
    expect(await page.locator('[data-testid=gaps-level] option:checked').textContent()).toBe('District');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(opened, 'gaps-districts-en');
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  }, 120_000);
});
