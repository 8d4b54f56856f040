import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MultiGraph } from 'graphology';
import { parse as parseGraphml } from 'graphology-graphml';
import { drawnOrFailed, explorerState, nonLocal, screenshot, startHarness, type Harness } from './harness.js';

/*
 * The explorer on the plain fixture (test/support/fixture.ts): search, draw, details, downloads,
 * the error state and the language switch.
 *
 * Focus agency anri ("Arsip Nasional Republik Indonesia", the only agency matching "arsip"),
 * depth 1, default filter (every kind but INDICATOR): anri and its neighbours spbe, arsip-aceh
 * (PARTICIPATES_IN) and mandat-anri-arsip (HOLDS) = 4 nodes; the stored edges among them:
 * anri-spbe, anri-arsip-aceh, anri-mandate, arsip-aceh FULFILLS mandate = 4 edges.
 * Collaboration view: anri shares spbe with kementerian-panrb and arsip-aceh with pemprov-aceh;
 * pemkot-bandung runs bandung-miskin alone = 3 agencies, 2 links of weight 1.
 */

let h: Harness;
beforeAll(async () => { h = await startHarness(false); });
afterAll(async () => { await h?.close(); });

/** Opens the explorer, searches "arsip" among agencies and picks anri, at depth 1. */
async function drawAnri() {
  const opened = await h.open('/explorer', { width: 1400, height: 860 });
  const { page } = opened;
  await page.selectOption('[data-testid=depth]', '1');
  await page.fill('[data-testid=search]', 'arsip');
  const result = page.locator('[data-testid=result][data-key=anri]');
  await result.waitFor({ timeout: 30_000 });
  expect(await page.locator('[data-testid=result]').count()).toBe(1);
  await result.click();
  await drawnOrFailed(page);
  return opened;
}

describe('the explorer', () => {
  it('searches and picks an agency, draws its network, shows details on click, links the exports and switches to the collaboration view', async () => {
    const { page, requested, pageErrors } = await drawAnri();
    expect(await explorerState(page)).toMatchObject({ status: 'drawn', nodes: 4, edges: 4, focus: [{ kind: 'AGENCY', key: 'anri' }], view: 'network', truncated: false, renderer: 'cytoscape' });
    expect(await page.evaluate(() => window.explorerCy?.nodes().length)).toBe(4);
    // Bahasa Indonesia by default (issue 11): the status, the enum labels and the html lang.
    expect(await page.locator('[data-testid=status]').textContent()).toBe('Jaringan di sekitar Arsip Nasional Republik Indonesia (instansi anri): 4 simpul, 4 hubungan.');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');

    // Details on click: tap the focus node through Cytoscape's own event. The heading is the
    // full name; the short label (the acronym) is a row.
    await page.evaluate(() => { window.explorerCy?.getElementById('Agency:anri').emit('tap'); });
    await expect.poll(async () => page.locator('[data-testid=details-label]').textContent()).toBe('Arsip Nasional Republik Indonesia');
    expect(await page.locator('[data-testid=details-table]').textContent()).toContain('ANRI');
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
    expect(await explorerState(page)).toMatchObject({ status: 'drawn', nodes: 3, edges: 2, view: 'collaboration' });
    await screenshot(page, 'collaboration');

    expect(nonLocal(h.app, requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('downloads the GraphML of the drawn view, and the file parses with its nodes and edges', async () => {
    const { page, requested, pageErrors } = await drawAnri();
    expect(await explorerState(page)).toMatchObject({ status: 'drawn', nodes: 4, edges: 4 });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 30_000 }), page.click('#download-graphml')]);
    expect(download.suggestedFilename()).toMatch(/\.graphml$/);
    const graph = parseGraphml(MultiGraph, readFileSync(await download.path(), 'utf8'));
    expect(graph.order).toBe(4);
    expect(graph.size).toBe(4);
    expect(graph.hasNode('Agency:anri')).toBe(true);
    expect((await explorerState(page)).download).toBe('done');
    expect(nonLocal(h.app, requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

  it('shows its error state when the server refuses the view', async () => {
    const { page, pageErrors } = await h.open('/explorer');
    // An unknown theme id in the filter: the server answers NOT_FOUND, the page shows it.
    await page.fill('[data-testid=theme]', 'no-such-theme');
    await page.check('[data-testid=view-collaboration]');
    await page.waitForFunction(() => window.explorerState?.status === 'error', undefined, { timeout: 20_000 });
    expect(await page.locator('[data-testid=status]').getAttribute('class')).toBe('error');
    expect(await page.locator('[data-testid=status]').textContent()).toMatch(/^Tidak dapat menggambar jaringan: .*no-such-theme/);
    expect(await page.locator('#download-graphml').getAttribute('href')).toBeNull();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  }, 60_000);

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
    expect(await status.textContent()).toBe('Network around Arsip Nasional Republik Indonesia (agency anri): 4 nodes, 4 edges.');
    expect(await page.locator('[data-testid=draw]').textContent()).toBe('Draw');
    expect(await page.locator('[data-testid=node-kinds]').textContent()).toContain('Agency');
    expect(await page.locator('[data-testid=edge-types]').textContent()).toContain('Takes part in');
    expect(await page.locator('[data-testid=legend]').textContent()).toContain('Agency');
    expect(await page.locator('[data-testid=edge-legend]').textContent()).toContain('Takes part in');
    expect(await page.locator('[data-testid=focus]').textContent()).toMatch(/^Focus: .*\(anri\)$/);
    // The language is in the URL too, so that a copied link opens in it.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    // No key left without its message: a missing one would show as "explorer.…" or "enums.…".
    expect(await page.locator('body').textContent()).not.toMatch(/\b(explorer|enums|common)\.[a-z]/);

    await page.goto(`${h.app.url}/explorer`);
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
  }, 60_000);
});
