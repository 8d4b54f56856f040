import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, recordMetrics, screenshots, seriousViolations, type Workbench } from '../../support/workbench.js';
import { RESPONSIBILITY_MATRIX, type ResponsibilityMatrixAnswer } from '../../../web/app/queries/whoDoesWhat.js';

/*
 * Who does what (/who-does-what) in Chromium on the demo graph: agencies × themes as a heatmap
 * of roles, themes without a lead called out. Every figure is checked against the API's own
 * answer to the same query the page sends.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const RB_THEMATIC = ['pengurangan-kemiskinan', 'digitalisasi', 'peningkatan-investasi', 'pengendalian-inflasi'];
const id = (value: number) => value.toLocaleString('id-ID');

/** The heatmap as the page shows it: per row the agency and its cells by theme. */
async function shownMatrix(page: Page) {
  return page.locator('[data-testid=wdw-matrix] tbody tr').evaluateAll((rows) => rows.map((row) => ({
    agency: row.querySelector('a[data-kind=AGENCY]')?.getAttribute('data-key') ?? '',
    cells: Object.fromEntries([...row.querySelectorAll('.heat-cell')].map((cell) => [cell.getAttribute('data-theme'), {
      count: Number(cell.getAttribute('data-count')),
      roles: [...cell.querySelectorAll('[data-role]')].map((mark) => `${mark.getAttribute('data-role')}:${mark.textContent?.replace(/^\D+/, '')}`).sort(),
    }])),
  })));
}

describe('who does what', () => {
  it('maps the four RB tematik themes by default (every row, cell and role as the API answers, downloadable), every theme on demand, in English', async () => {
    const api = (await bench.graphql<ResponsibilityMatrixAnswer>(RESPONSIBILITY_MATRIX, { themes: RB_THEMATIC })).responsibilityMatrix;
    const opened = await openPage(bench, '/who-does-what');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe('Siapa mengerjakan apa');
    expect(await page.locator('[data-testid=wdw-agency-count]').textContent()).toBe(id(api.rows.length));
    expect(await page.locator('[data-testid=wdw-theme-count]').textContent()).toBe(id(4));
    // Columns: the theme names, in the order asked.
    const headers = await page.locator('[data-testid=wdw-matrix] thead th').allTextContents();
    expect(headers.slice(-4)).toEqual(api.themes.map((theme) => theme.name));
    // The first page of rows (50), in the API's order, each cell with its count and roles.
    const shown = await shownMatrix(page);
    expect(shown).toHaveLength(Math.min(50, api.rows.length));
    shown.forEach((row, index) => {
      const expected = api.rows[index]!;
      expect(row.agency).toBe(expected.agency.id);
      expect(row.cells).toEqual(Object.fromEntries(expected.cells.map((cell) => [cell.theme.id, {
        count: cell.programCount,
        roles: cell.roles.map((role) => `${role.role}:${id(role.count)}`).sort(),
      }])));
    });
    // Kementerian PANRB leads the table, its total as the API counts it.
    const first = page.locator('[data-testid=wdw-matrix] tbody tr').first();
    expect(await first.locator('a').getAttribute('href')).toBe(`/agency/${api.rows[0]!.agency.id}`);
    expect(await first.locator('td').nth(1).textContent()).toBe(id(api.rows[0]!.programCount));
    // Nobody-leads callout, or the line saying every theme is led.
    if (api.themesWithoutLead.length === 0) expect(await page.locator('[data-testid=wdw-all-led]').count()).toBe(1);
    // Each cell says its roles in words too, not by colour alone.
    expect(await page.locator('.heat-cell .visually-hidden').first().textContent()).toMatch(/^Peran: /);
    // The download: a row per agency, a count and a roles column per theme.
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=wdw-matrix] [data-testid=download-csv]')]);
    const csv = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '').trim().split(/\r?\n/);
    expect(csv).toHaveLength(api.rows.length + 1);
    expect(csv[0]).toContain('Digitalisasi,Digitalisasi: peran');
    const panrb = api.rows[0]!;
    const digital = panrb.cells.find((cell) => cell.theme.id === 'digitalisasi')!;
    expect(csv[1]).toContain(`,${digital.programCount},`);
    await recordMetrics(opened, 'who-does-what');
    await screenshots(opened, 'who-does-what');

    // Every theme on demand, from the keyboard: the theme list opens with Enter, "all themes"
    // takes every column, Escape closes the list.
    const all = (await bench.graphql<ResponsibilityMatrixAnswer>(RESPONSIBILITY_MATRIX, {})).responsibilityMatrix;
    await page.focus('[data-testid=wdw-themes] summary');
    await page.keyboard.press('Enter');
    await page.locator('[data-testid=wdw-themes-all]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/themes=all/);
    await page.keyboard.press('Escape');
    expect(await page.locator('[data-testid=wdw-themes]').getAttribute('open')).toBeNull();
    await expect.poll(() => page.locator('[data-testid=wdw-agency-count]').textContent()).toBe(id(all.rows.length));
    expect(await page.locator('[data-testid=wdw-theme-count]').textContent()).toBe(id(all.themes.length));
    expect((await shownMatrix(page)).map((row) => row.agency)).toEqual(all.rows.slice(0, 50).map((row) => row.agency.id));
    // The language switch changes the labels.
    await page.click('[data-testid=lang-en]');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Who does what');
    expect(await page.locator('[data-testid=wdw-matrix] thead th').first().textContent()).toBe('Agency');
    expect(await page.locator('[data-testid=wdw-legend]').textContent()).toContain('Lead');
    expect(await page.locator('[data-testid=wdw-themes-summary]').textContent()).toBe('all themes');
    expect(await seriousViolations(page)).toEqual([]);
    await screenshots(opened, 'who-does-what-all-en');
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  }, 90_000);

  it('calls out the themes nobody leads in Nusa Tenggara Timur (picked by name), and a copied link restores the view', async () => {
    const api = (await bench.graphql<ResponsibilityMatrixAnswer>(RESPONSIBILITY_MATRIX, { themes: RB_THEMATIC, within: '53', level: 'PROVINCIAL' })).responsibilityMatrix;
    const apiAll = (await bench.graphql<ResponsibilityMatrixAnswer>(RESPONSIBILITY_MATRIX, { themes: RB_THEMATIC, within: '53' })).responsibilityMatrix;
    expect(apiAll.themesWithoutLead.length).toBeGreaterThan(0);
    const opened = await openPage(bench, '/who-does-what');
    const { page } = opened;
    await page.fill('[data-testid=wdw-within-input]', 'Nusa Tenggara Timur');
    await page.locator('[data-testid=wdw-within-option][data-key="53"]').click();
    await page.waitForURL(/within=53/);
    await expect.poll(() => page.locator('[data-testid=wdw-agency-count]').textContent()).toBe(id(apiAll.rows.length));
    const noLead = await page.locator('[data-testid=wdw-no-lead] [data-theme]').evaluateAll((items) => items.map((item) => item.getAttribute('data-theme')));
    expect(noLead).toEqual(apiAll.themesWithoutLead.map((theme) => theme.id));
    expect(await page.locator('[data-testid=wdw-no-lead]').textContent()).toContain('Tidak ada instansi yang memimpin');
    await page.selectOption('[data-testid=wdw-level]', 'PROVINCIAL');
    await page.waitForURL(/level=PROVINCIAL/);
    await expect.poll(() => page.locator('[data-testid=wdw-agency-count]').textContent()).toBe(id(api.rows.length));
    expect(await page.locator('[data-testid=wdw-scope]').textContent()).toContain('Nusa Tenggara Timur');
    await screenshots(opened, 'who-does-what-ntt');
    const url = page.url();
    await opened.context.close();

    const again = await openPage(bench, url.slice(url.indexOf('/who-does-what')));
    expect(await again.page.locator('[data-testid=wdw-level]').inputValue()).toBe('PROVINCIAL');
    await expect.poll(() => again.page.locator('[data-testid=wdw-within-input]').inputValue()).toBe('Nusa Tenggara Timur');
    expect(await again.page.locator('[data-testid=wdw-agency-count]').textContent()).toBe(id(api.rows.length));
    expect((await shownMatrix(again.page)).map((row) => row.agency)).toEqual(api.rows.slice(0, 50).map((row) => row.agency.id));
    expect(again.blocked).toEqual([]);
    expect(again.pageErrors).toEqual([]);
    await again.context.close();
  }, 90_000);
});
