import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { drawnOrFailed, explorerState, nonLocal, screenshot, startHarness, type Harness } from './harness.js';

/*
 * Issue 13's explorer (must-holds 1 and 2) at 1280×720 on the fixture plus explorerFixture:
 * readable labels, the focus style, undirected collaboration, legends, sources, the page
 * fitting the window, the year range, expanding a node, finding a name, the URL, English.
 *
 * Collaboration on digitalisasi (spbe and, through the sub-theme, arsip-aceh): PANRB, ANRI,
 * pemprov-aceh and the four regional governments on spbe = 7 agencies.
 * anri at depth 1: anri, spbe (2018-2025), arsip-aceh (2022-2024), mandat-anri-arsip.
 * Expanding spbe adds kementerian-panrb, the four governments, digitalisasi, ID and startup-a.
 */

let h: Harness;
beforeAll(async () => { h = await startHarness(true); });
afterAll(async () => { await h?.close(); });

const COLLABORATION = '/explorer?view=collaboration&theme=digitalisasi';
const ANRI = '/explorer?focus=AGENCY:anri&depth=1';

async function openDrawn(path: string, viewport?: { width: number; height: number }) {
  const opened = await h.open(path, viewport);
  await drawnOrFailed(opened.page);
  expect((await explorerState(opened.page)).status).toBe('drawn');
  return opened;
}

/** The labels drawn now (not on hover), as Cytoscape holds them. */
const drawnLabels = (page: Page) => page.evaluate(() => window.explorerCy!.nodes('.labelled').map((n) => String(n.data('short'))));

describe('a network people can read', () => {
  it('labels the collaboration view with short names that differ, draws it undirected with no focus ring, with legends', async () => {
    const { page, pageErrors, requested } = await openDrawn(COLLABORATION);
    expect(await explorerState(page)).toMatchObject({ view: 'collaboration', nodes: 7, renderer: 'cytoscape' });
    const labels = await drawnLabels(page);
    expect(labels.length).toBeGreaterThanOrEqual(5);
    expect(new Set(labels).size).toBe(labels.length);
    expect(labels.filter((l) => l.startsWith('Pemerintah'))).toEqual([]);
    const all = await page.evaluate(() => window.explorerCy!.nodes().map((n) => String(n.data('short'))));
    expect(all.sort()).toEqual(['ANRI', 'PANRB', 'Pemkab Aceh Barat Daya', 'Pemkab Aceh Selatan', 'Pemkot Banda Aceh', 'Pemprov Aceh', 'Pemprov NTT']);
    // No focus in this view, so no node in the focus style; no arrows on its edges.
    expect(await page.evaluate(() => window.explorerCy!.nodes('.focus').length)).toBe(0);
    expect(await page.evaluate(() => [...new Set(window.explorerCy!.nodes().map((n) => n.style('border-width')))])).toEqual(['1px']);
    expect(await page.evaluate(() => [...new Set(window.explorerCy!.edges().map((e) => e.style('target-arrow-shape')))])).toEqual(['none']);
    // Legends: one entry per kind drawn, and the edge type.
    expect(await page.locator('[data-testid=legend-entry]').allTextContents()).toEqual(['Instansi']);
    expect(await page.locator('[data-testid=edge-legend-entry]').allTextContents()).toEqual(['Berkolaborasi dengan']);
    // Communities: never more entries than colours; the small ones grouped as "lainnya".
    await page.selectOption('[data-testid=color-by]', 'community');
    const entries = await page.locator('#legend span').allTextContents();
    expect(entries.length).toBeGreaterThan(0);
    expect(entries.length <= 12 || entries.at(-1)!.startsWith('lainnya')).toBe(true);
    await screenshot(page, 'fixture-collaboration-1280x720-id');
    expect(nonLocal(h.app, requested)).toEqual([]);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('rings only the focus node, colours edges by type with roles on hover, and shows sources as titles with the synthetic mark', async () => {
    const { page, pageErrors } = await openDrawn(ANRI);
    expect(await page.evaluate(() => window.explorerCy!.nodes('.focus').map((n) => n.id()))).toEqual(['Agency:anri']);
    expect(await page.evaluate(() => window.explorerCy!.getElementById('Agency:anri').style('border-width'))).toBe('4px');
    expect(await page.evaluate(() => window.explorerCy!.getElementById('Program:spbe').style('border-width'))).toBe('1px');
    // Stored relationships keep their direction here; each type its own colour, named in the legend.
    expect(await page.evaluate(() => window.explorerCy!.getElementById('Agency:anri|PARTICIPATES_IN|Program:spbe').style('target-arrow-shape'))).toBe('triangle');
    const colours = await page.evaluate(() => [...new Set(window.explorerCy!.edges().map((e) => e.style('line-color')))]);
    expect(colours.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-testid=edge-legend]').textContent()).toContain('Ikut dalam program (Pemimpin: garis tebal)');
    // The role of an edge on hover: its text is the type and the role.
    expect(await page.evaluate(() => String(window.explorerCy!.getElementById('Agency:anri|PARTICIPATES_IN|Program:arsip-aceh').data('text')))).toBe('Ikut dalam program · Pemimpin');

    // A node with an article and synthetic data: titles, the mark, no file names or JSON.
    await page.evaluate(() => { window.explorerCy!.getElementById('Program:spbe').emit('dbltap'); });
    await page.waitForFunction(() => window.explorerState.expanded.includes('Program:spbe'), undefined, { timeout: 20_000 });
    await page.evaluate(() => { window.explorerCy!.getElementById('Partner:startup-a').emit('tap'); });
    await expect.poll(() => page.locator('[data-testid=details-label]').textContent()).toBe('Startup A');
    const sources = await page.locator('[data-testid=source]').allTextContents();
    expect(sources[0]).toBe('Menteri PANRB Dorong Sinergi untuk Wujudkan Layanan Publik Digital');
    expect(sources[1]).toContain('data sintetis');
    expect(await page.locator('[data-testid=synthetic-mark]').count()).toBe(1);
    const details = await page.locator('[data-testid=details]').textContent();
    expect(details).not.toMatch(/\.txt|\["|sourceRefs/);
    await screenshot(page, 'fixture-details-1280x720-id');
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('fits 1280×720: the graph and every download link inside the window, no page scroll', async () => {
    const { page, pageErrors } = await openDrawn(ANRI);
    const fits = await page.evaluate(() => {
      const inside = (r: DOMRect) => r.left >= 0 && r.top >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight && r.width > 0 && r.height > 0;
      const links = [...document.querySelectorAll('[data-testid=downloads] a')].map((a) => inside(a.getBoundingClientRect()));
      return { links, graph: inside(document.querySelector('#graph')!.getBoundingClientRect()), scroll: document.scrollingElement!.scrollHeight <= window.innerHeight };
    });
    expect(fits).toEqual({ links: Array(7).fill(true), graph: true, scroll: true });
    // Every drawn node inside the graph's box (fitted, not clipped).
    const clipped = await page.evaluate(() => {
      const box = window.explorerCy!.container().getBoundingClientRect();
      return window.explorerCy!.nodes().filter((n) => {
        const b = n.renderedBoundingBox({ includeLabels: false });
        return b.x1 < 0 || b.y1 < 0 || b.x2 > box.width || b.y2 > box.height;
      }).length;
    });
    expect(clipped).toBe(0);
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });
});

describe('what researchers expect', () => {
  it('filters programs by the year range, expands a node, finds a name, and keeps it all in a URL that reopens the same view', async () => {
    const { page, pageErrors } = await openDrawn(`${ANRI}&colour=community`);
    expect(await explorerState(page)).toMatchObject({ nodes: 4, hiddenByYears: 0 });
    // The slider spans the programs' years; from 2025 hides arsip-aceh (2022-2024), not spbe (2018-2025).
    expect(await page.locator('[data-testid=year-from]').getAttribute('min')).toBe('2018');
    expect(await page.locator('[data-testid=year-to]').getAttribute('max')).toBe('2025');
    await page.locator('[data-testid=year-from]').fill('2025');
    await expect.poll(async () => (await explorerState(page)).hiddenByYears).toBe(1);
    expect((await explorerState(page)).nodes).toBe(3);
    expect(await page.evaluate(() => window.explorerCy!.getElementById('Program:arsip-aceh').style('display'))).toBe('none');
    expect(await page.locator('[data-testid=years-shown]').textContent()).toBe('2025–2025');
    // The downloads carry the range as the export's filter.
    const href = await page.locator('#download-graphml').getAttribute('href');
    expect(JSON.parse(decodeURIComponent(href!.split('&selection=')[1]!))).toMatchObject({ kind: 'network', filter: { fromYear: 2025 } });

    // Expand spbe (double-click): its neighbours are merged in.
    await page.evaluate(() => { window.explorerCy!.getElementById('Program:spbe').emit('dbltap'); });
    await page.waitForFunction(() => window.explorerState.expanded.includes('Program:spbe'), undefined, { timeout: 20_000 });
    const expanded = await explorerState(page);
    expect(expanded.nodes).toBeGreaterThan(3);
    expect(await page.evaluate(() => window.explorerCy!.getElementById('Agency:kementerian-panrb').id())).toBe('Agency:kementerian-panrb');

    // Find in the drawn graph: by part of a name.
    await page.fill('[data-testid=find]', 'aceh barat');
    await expect.poll(async () => (await explorerState(page)).found).toBe('Agency:pemkab-aceh-barat-daya');
    expect(await page.locator('[data-testid=details-label]').textContent()).toBe('Pemerintah Kabupaten Aceh Barat Daya');

    // The URL holds the view; a fresh page on it draws the same.
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toEqual({ focus: 'AGENCY:anri', depth: '1', from: '2025', colour: 'community', lang: 'id', expand: 'Program:spbe' });
    const { page: again, pageErrors: againErrors } = await openDrawn(`${url.pathname}${url.search}`);
    await again.waitForFunction(() => window.explorerState.expanded.includes('Program:spbe'), undefined, { timeout: 20_000 });
    const reopened = await explorerState(again);
    expect({ nodes: reopened.nodes, edges: reopened.edges, focus: reopened.focus, hidden: reopened.hiddenByYears, url: reopened.url })
      .toEqual({ nodes: expanded.nodes, edges: expanded.edges, focus: expanded.focus, hidden: expanded.hiddenByYears, url: url.search });
    expect(await again.locator('[data-testid=color-by]').inputValue()).toBe('community');
    expect(await again.locator('[data-testid=year-from]').inputValue()).toBe('2025');
    expect(againErrors).toEqual([]);
    await again.context().close();
    expect(pageErrors).toEqual([]);
    await page.context().close();
  });

  it('speaks English from a link with lang=en, and draws with sigma (WebGL) when asked, with labels and details', async () => {
    const { page, pageErrors } = await openDrawn(`${COLLABORATION}&lang=en`, { width: 1920, height: 1080 });
    expect(await page.locator('[data-testid=status]').textContent()).toMatch(/^Agency collaboration: 7 nodes, \d+ edges\.$/);
    expect(await page.locator('[data-testid=edge-legend-entry]').allTextContents()).toEqual(['Collaborates with']);
    await screenshot(page, 'fixture-collaboration-1920x1080-en');
    await page.context().close();

    const sigma = await openDrawn(`${ANRI}&renderer=sigma`);
    expect(await explorerState(sigma.page)).toMatchObject({ renderer: 'sigma', nodes: 4 });
    await expect.poll(async () => (await explorerState(sigma.page)).labelled).toBeGreaterThan(0);
    await sigma.page.evaluate(() => { window.explorerSigma!.emit('clickNode', { node: 'Program:spbe' }); });
    await expect.poll(() => sigma.page.locator('[data-testid=details-label]').textContent()).toBe('Sistem Pemerintahan Berbasis Elektronik');
    await screenshot(sigma.page, 'fixture-sigma-1280x720-id');
    expect(sigma.pageErrors).toEqual([]);
    expect(pageErrors).toEqual([]);
    await sigma.page.context().close();
  });
});
