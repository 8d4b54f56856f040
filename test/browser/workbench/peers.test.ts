import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, seriousViolations, type Workbench, finishPage } from '../../support/workbench.js';
import { PEERS, type PeersAnswer } from '../../../web/app/queries/peers.js';

/*
 * Best-practice peers (/peers) in Chromium on the demo graph: the agency's own achievement and
 * its measurements, the peers with their similarity in three parts and their lead, the chart of
 * the agency against its peers, and the plain-words case of an agency without data. Every
 * figure is checked against the API's answer to the query the page sends.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const pct = (value: number) => new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(value);
const score = (value: number) => new Intl.NumberFormat('id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 3 }).format(value);
const lead = (value: number | null) => (value == null ? '–' : `+${new Intl.NumberFormat('id-ID', { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value * 100)} poin`);

async function peersOf(agency: string, theme: string, first = 5) {
  return (await bench.graphql<PeersAnswer>(PEERS, { agency, theme, first })).peers;
}

/** The peers table as the page shows it: agency id, similarity, its three parts, achievement, lead. */
async function shownPeers(page: Page) {
  return page.locator('[data-testid=peers-table] tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
    return {
      agency: row.querySelector('a[data-kind=AGENCY]')?.getAttribute('data-key'),
      similarity: cells[4], theme: cells[5], setting: cells[6], size: cells[7], achievement: cells[9], lead: cells[10],
    };
  }));
}

const expectedPeers = (answer: Awaited<ReturnType<typeof peersOf>>) => answer.peers.map((peer) => ({
  agency: peer.agency.id,
  similarity: score(peer.similarity), theme: score(peer.themeSimilarity), setting: score(peer.settingSimilarity), size: score(peer.sizeSimilarity),
  achievement: pct(peer.performance.achievement), lead: lead(peer.lead),
}));

describe('best-practice peers', () => {
  it('shows Kota Manado on digitalisation by default: its achievement, its measurements and the peers doing better, as the API answers', async () => {
    const answer = await peersOf('pemkot-manado', 'digitalisasi');
    expect(answer.performance).not.toBeNull();
    const opened = await openPage(bench, '/peers');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe('Praktik baik: belajar dari instansi sejenis');
    expect(await page.locator('[data-testid=peers-answer]').getAttribute('data-agency')).toBe('pemkot-manado');
    expect(await page.locator('[data-testid=peers-own-achievement] strong').textContent()).toBe(pct(answer.performance!.achievement));
    expect(await page.locator('[data-testid=peers-count] strong').textContent()).toBe(String(answer.peers.length));
    // Its own measurements: indicator, year, target, actual, achievement.
    const own = await page.locator('[data-testid=peers-own-table] tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent?.trim())));
    expect(own).toEqual(answer.performance!.measurements.map((m) => [
      m.indicator.name, m.indicator.unit, m.indicator.direction === 'LOWER_IS_BETTER' ? 'Makin rendah makin baik' : 'Makin tinggi makin baik',
      String(m.year), 'Kota Manado', new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 }).format(m.target),
      new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 }).format(m.actual), pct(m.achievement),
    ]));
    // The peers, in the API's order, with every figure.
    expect(await shownPeers(page)).toEqual(expectedPeers(answer));
    // The README's figures hold on the demo graph: Kota Tomohon first, similarity 0.818, lead 0.01.
    expect((await shownPeers(page))[0]).toMatchObject({ agency: 'pemkot-tomohon', similarity: '0,818', lead: '+1,0 poin' });
    // Shared themes link to their profiles.
    const shared = await page.locator('[data-testid=peers-table] tbody tr').first().locator('a[data-kind=THEME]').evaluateAll((links) => links.map((link) => link.getAttribute('data-key')));
    expect(shared).toEqual(answer.peers[0]!.sharedThemes.map((theme) => theme.id));
    // The chart: one bar for the agency and one per peer, the agency named as such, percentages in id-ID.
    const chart = page.locator('[data-testid=peers-chart] svg');
    expect(await chart.locator('g[aria-label=bar] rect').count()).toBe(answer.peers.length + 1);
    expect(await chart.textContent()).toContain('Kota Manado (instansi ini)');
    expect(await chart.textContent()).toContain(pct(answer.performance!.achievement));
    // The peers' own measurements, for digging into their practice.
    const measured = answer.peers.reduce((sum, peer) => sum + peer.performance.measurements.length, 0);
    expect(await page.locator('[data-testid=peers-measurements-table] [data-testid=row-count]').textContent()).toBe(`${measured.toLocaleString("id-ID")} baris`);
    // The rule in plain words.
    await page.click('[data-testid=rule] summary');
    expect(await page.locator('[data-testid=rule]').textContent()).toContain('rata-rata kemiripan tema');
    await finishPage(opened, 'peers');
  }, 90_000);

  it('says plainly when an agency has no data and lists the peers with data; picks an agency by name; the language switch and a copied link', async () => {
    const nunukan = await peersOf('pemkab-nunukan', 'digitalisasi');
    expect(nunukan.performance).toBeNull();
    const opened = await openPage(bench, '/peers');
    const { page } = opened;
    await page.click('[data-testid=peers-example-pemkab-nunukan]');
    await page.waitForURL(/agency=pemkab-nunukan/);
    await page.waitForSelector('[data-testid=peers-answer][data-agency=pemkab-nunukan]');
    expect(await page.locator('[data-testid=peers-nodata]').textContent()).toContain('Kabupaten Nunukan belum memiliki data capaian pada tema Digitalisasi');
    expect(await page.locator('[data-testid=peers-own-table]').count()).toBe(0);
    expect(await shownPeers(page)).toEqual(expectedPeers(nunukan));
    expect((await shownPeers(page)).every((row) => row.lead === '–')).toBe(true);
    expect(await page.locator('[data-testid=peers-chart] svg g[aria-label=bar] rect').count()).toBe(nunukan.peers.length);

    // An agency by name: "Tomohon" finds Pemerintah Kota Tomohon; three peers on poverty reduction.
    const tomohon = await peersOf('pemkot-tomohon', 'pengurangan-kemiskinan', 3);
    await page.fill('[data-testid=peers-agency-input]', 'Tomohon');
    await page.locator('[data-testid=peers-agency-option][data-key=pemkot-tomohon]').click();
    await page.selectOption('[data-testid=peers-theme]', 'pengurangan-kemiskinan');
    await page.selectOption('[data-testid=peers-first]', '3');
    await page.waitForURL(/first=3/);
    await page.waitForSelector('[data-testid=peers-answer][data-agency=pemkot-tomohon][data-theme=pengurangan-kemiskinan]');
    await expect.poll(() => shownPeers(page)).toEqual(expectedPeers(tomohon));
    expect(await page.locator('[data-testid=peers-own-achievement] strong').textContent()).toBe(pct(tomohon.performance!.achievement));

    // The language switch changes the labels, not the figures.
    await page.click('[data-testid=lang-en]');
    expect(await page.locator('h1').textContent()).toBe('Best practice: learning from similar agencies');
    expect(await page.locator('[data-testid=peers-table] thead').textContent()).toContain('Similarity');
    expect(await page.locator('[data-testid=peers-own-achievement]').textContent()).toContain('mean achievement against target');
    expect(await page.locator('[data-testid=peers-chart] svg').textContent()).toContain('(this agency)');

    // A copied link restores the view in a fresh page.
    const url = new URL(page.url());
    expect(url.searchParams.get('agency')).toBe('pemkot-tomohon');
    const copy = await openPage(bench, `${url.pathname}${url.search}`);
    await copy.page.waitForSelector('[data-testid=peers-answer][data-agency=pemkot-tomohon]');
    expect(await copy.page.locator('[data-testid=peers-theme]').inputValue()).toBe('pengurangan-kemiskinan');
    expect(await copy.page.locator('[data-testid=peers-first]').inputValue()).toBe('3');
    await expect.poll(() => copy.page.locator('[data-testid=peers-agency-input]').inputValue()).toBe('Pemerintah Kota Tomohon');
    expect(await shownPeers(copy.page)).toEqual(expectedPeers(tomohon));
    expect(await seriousViolations(copy.page)).toEqual([]);
    expect(copy.blocked).toEqual([]);
    expect(copy.pageErrors).toEqual([]);
    await copy.context.close();

    expect(await seriousViolations(page)).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  }, 90_000);
});
