import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, seriousViolations, type Workbench, finishPage } from '../../support/workbench.js';
import { INDICATOR_PROGRESS, type IndicatorProgressAnswer, type ProgressPoint } from '../../../web/app/queries/indicators.js';

/*
 * Indicator progress (/indicators) in Chromium on the demo graph: the off-track summary, a chart
 * per indicator (target against actual by year, off-track points marked), the national figures
 * or one region, the off-track toggle, and every point as a table. Every figure is checked
 * against the API's answer to the query the page sends.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const num = (value: number | null) => (value == null ? '–' : new Intl.NumberFormat('id-ID', { maximumFractionDigits: 3 }).format(value));
const pct = (value: number | null) => (value == null ? '–' : new Intl.NumberFormat('id-ID', { style: 'percent', maximumFractionDigits: 1 }).format(value));
const STATUS_ID: Record<string, string> = { ON_TRACK: 'Sesuai target', OFF_TRACK: '▼ Di bawah target', NO_TARGET: 'Tanpa target', NO_ACTUAL: 'Realisasi belum ada' };

async function progressOf(scope: Record<string, string>, tolerance = 0.05) {
  return (await bench.graphql<IndicatorProgressAnswer>(INDICATOR_PROGRESS, { ...scope, tolerance })).indicatorProgress;
}

const count = (points: ProgressPoint[], status: string) => points.filter((point) => point.status === status).length;

/** The summary figures the page shows. */
async function summary(page: Page) {
  const figure = (id: string) => page.locator(`[data-testid=${id}] strong`).textContent();
  return { points: await figure('progress-points'), off: await figure('progress-offtrack'), on: await figure('progress-ontrack'), noActual: await figure('progress-noactual'), noTarget: await figure('progress-notarget') };
}

const expectedSummary = (answer: Awaited<ReturnType<typeof progressOf>>) => ({
  points: num(answer.points.length), off: num(answer.offTrackCount), on: num(count(answer.points, 'ON_TRACK')),
  noActual: num(count(answer.points, 'NO_ACTUAL')), noTarget: num(count(answer.points, 'NO_TARGET')),
});

/** The table's rows: indicator, year, region code, target, actual, achievement, status. */
async function tableRows(page: Page) {
  return page.locator('[data-testid=progress-table] tbody tr').evaluateAll((rows) => rows.map((row) => {
    const cells = [...row.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '');
    return [cells[0], cells[3], cells[5], cells[6], cells[7], cells[8], cells[9]].join(' | ');
  }));
}

const expectedRows = (points: ProgressPoint[]) => points.map((p) => [
  p.indicator.name, String(p.year), p.region?.code ?? 'ID', num(p.target), num(p.actual), pct(p.achievement), STATUS_ID[p.status],
].join(' | '));

describe('indicator progress', () => {
  it('shows the whole of Indonesia by default: the off-track summary, the national figures as a chart per indicator, and the table, as the API answers', async () => {
    const answer = await progressOf({ region: 'ID' });
    const national = answer.points.filter((point) => point.region === null);
    const nationalIndicators = [...new Set(national.map((point) => point.indicator.id))];
    const opened = await openPage(bench, '/indicators');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe('Capaian indikator: target dan realisasi');
    expect(await summary(page)).toEqual(expectedSummary(answer));
    expect(await page.locator('[data-testid=progress-sentence]').textContent()).toContain(`${num(answer.offTrackCount)} dari ${num(count(answer.points, 'ON_TRACK') + answer.offTrackCount)} titik`);
    // With national figures in the answer, the view starts on them: one chart per indicator, twelve at a time.
    expect(await page.locator('[data-testid=progress-area]').inputValue()).toBe('national');
    const cards = page.locator('[data-testid=progress-card]');
    expect(await cards.count()).toBe(Math.min(12, nationalIndicators.length));
    expect(await cards.evaluateAll((items) => items.map((item) => item.getAttribute('data-indicator')))).toEqual(nationalIndicators.slice(0, 12));
    if (nationalIndicators.length > 12) {
      await page.click('[data-testid=progress-more]');
      expect(await cards.count()).toBe(Math.min(24, nationalIndicators.length));
    }
    // Each chart: years as plain years (2024, never 2.024), the unit, the direction in words, off-track marks.
    const first = cards.first();
    const years = [...new Set(answer.points.map((point) => point.year))].sort();
    const ticks = await first.locator('svg g[aria-label="x-axis tick label"] text').allTextContents();
    expect(ticks).toEqual(years.map(String));
    expect(await first.locator('.progress-card-meta').textContent()).toMatch(/Makin (tinggi|rendah) makin baik/);
    for (const indicator of nationalIndicators.slice(0, 12)) {
      const off = national.filter((point) => point.indicator.id === indicator && point.status === 'OFF_TRACK').length;
      expect(await page.locator(`[data-testid=progress-card][data-indicator="${indicator}"]`).getAttribute('data-off')).toBe(String(off));
    }
    expect(await page.locator('[data-testid=progress-legend]').textContent()).toContain('Target (garis putus-putus, kotak)');
    // The table holds the national points, in the API's order, with the status in words.
    expect(await page.locator('[data-testid=progress-table] [data-testid=row-count]').textContent()).toBe(`${num(national.length)} baris`);
    expect(await tableRows(page)).toEqual(expectedRows(national).slice(0, 50));
    // "Show everything": every point of the answer in the table.
    await page.click('[data-testid=progress-reset]');
    await page.waitForURL(/area=all/);
    await expect.poll(() => page.locator('[data-testid=progress-table] [data-testid=row-count]').textContent()).toBe(`${num(answer.points.length)} baris`);
    expect(await tableRows(page)).toEqual(expectedRows(answer.points).slice(0, 50));
    await page.click('[data-testid=rule] summary');
    expect(await page.locator('[data-testid=rule]').textContent()).toContain('toleransi bawaan 5%');
    await finishPage(opened, 'indicators');
  }, 90_000);

  it('picks Kabupaten Belu by name, narrows to the off-track points, keeps the labels in English on switch, and a copied link restores the view', async () => {
    const answer = await progressOf({ region: '53.04' });
    const offTrack = answer.points.filter((point) => point.status === 'OFF_TRACK');
    const opened = await openPage(bench, '/indicators');
    const { page } = opened;
    await page.fill('[data-testid=progress-region-input]', 'Kab. Belu');
    await page.locator('[data-testid=progress-region-option][data-key="53.04"]').click();
    await page.waitForURL(/region=53\.04/);
    await expect.poll(() => summary(page)).toEqual(expectedSummary(answer));
    // No national figures in a regency: every series of the region is charted.
    expect(await page.locator('[data-testid=progress-area]').inputValue()).toBe('all');
    const indicators = [...new Set(answer.points.map((point) => point.indicator.id))];
    expect(await page.locator('[data-testid=progress-card]').count()).toBe(indicators.length);
    expect(await tableRows(page)).toEqual(expectedRows(answer.points));
    // Only the off-track ones: the charts with an off-track point, marked in each, and those rows.
    await page.click('[data-testid=progress-offonly]'); // the box follows the address a moment after the click (check() would give up)
    await expect.poll(() => page.isChecked('[data-testid=progress-offonly]')).toBe(true);
    await page.waitForURL(/off=1/);
    const offIndicators = [...new Set(offTrack.map((point) => point.indicator.id))];
    await expect.poll(() => page.locator('[data-testid=progress-card]').evaluateAll((items) => items.map((item) => item.getAttribute('data-indicator')))).toEqual(offIndicators);
    expect(await page.locator('[data-testid=progress-card] [data-testid=progress-card-off]').first().textContent()).toBe(`${offTrack.filter((p) => p.indicator.id === offIndicators[0]).length} di bawah target`);
    expect(await tableRows(page)).toEqual(expectedRows(offTrack));

    // A stricter tolerance is the API's answer too.
    const strict = await progressOf({ region: '53.04' }, 0);
    await page.selectOption('[data-testid=progress-tolerance]', '0');
    await page.waitForURL(/tol=0/);
    await expect.poll(() => page.locator('[data-testid=progress-offtrack] strong').textContent()).toBe(num(strict.offTrackCount));
    await expect.poll(() => tableRows(page)).toEqual(expectedRows(strict.points.filter((point) => point.status === 'OFF_TRACK')));

    // The language switch changes the labels, not the figures.
    await page.click('[data-testid=lang-en]');
    expect(await page.locator('h1').textContent()).toBe('Indicator progress: targets and actuals');
    expect(await page.locator('[data-testid=progress-legend]').textContent()).toContain('Actual (solid line, dots)');
    expect(await page.locator('[data-testid=progress-table] thead').textContent()).toContain('Achievement (%)');
    expect(await page.locator('[data-testid=progress-table] tbody [data-status=OFF_TRACK]').first().textContent()).toBe('▼ Off track');

    // A copied link restores the view in a fresh page.
    const url = new URL(page.url());
    const copy = await openPage(bench, `${url.pathname}${url.search}`);
    expect(await copy.page.locator('[data-testid=progress-offonly]').isChecked()).toBe(true);
    expect(await copy.page.locator('[data-testid=progress-tolerance]').inputValue()).toBe('0');
    await expect.poll(() => copy.page.locator('[data-testid=progress-region-input]').inputValue()).toBe('Kabupaten Belu');
    expect(await tableRows(copy.page)).toEqual(expectedRows(strict.points.filter((point) => point.status === 'OFF_TRACK')));
    expect(await copy.page.locator('[data-testid=progress-offtrack] strong').textContent()).toBe(num(strict.offTrackCount));
    expect(await seriousViolations(copy.page)).toEqual([]);
    expect(copy.blocked).toEqual([]);
    expect(copy.pageErrors).toEqual([]);
    await copy.context.close();

    // A program instead (back in Bahasa Indonesia): the scope switch keeps exactly one of program, theme, region.
    await page.click('[data-testid=lang-id]');
    await page.click('[data-testid=progress-scope-program]'); // the box follows the address a moment after the click (check() would give up)
    await expect.poll(() => page.isChecked('[data-testid=progress-scope-program]')).toBe(true);
    await page.waitForURL(/scope=program/);
    await page.click('[data-state=empty] a');
    const program = await progressOf({ program: 'integrasi-data-kependudukan-untuk-layanan-dasar-kota-manado-kota' });
    await page.waitForURL(/program=integrasi/);
    await expect.poll(() => summary(page)).toEqual(expectedSummary(program));
    expect(await page.locator('[data-testid=progress-table] [data-testid=row-count]').textContent()).toBe(`${num(program.points.filter((p) => p.region === null).length || program.points.length)} baris`);

    expect(await seriousViolations(page)).toEqual([]);
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  }, 90_000);
});
