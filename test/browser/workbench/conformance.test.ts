import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, recordMetrics, screenshots, seriousViolations, type Workbench } from '../../support/workbench.js';
import { MANDATE_CONFORMANCE, type MandateConformanceAnswer } from '../../../web/app/queries/conformance.js';

/*
 * Mandate conformance (/conformance) in Chromium on the demo graph: an agency chosen by name,
 * its mandates no program carries out, and the programs it takes part in that rest on no mandate,
 * with the link to suggest. Every figure is checked against the API's answer.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const SLOW = { timeout: 30_000 };
const id = (value: number) => value.toLocaleString('id-ID');

async function conformanceOf(agency: string) {
  return (await bench.graphql<MandateConformanceAnswer>(MANDATE_CONFORMANCE, { agency })).mandateConformance;
}

async function figures(page: Page) {
  await page.waitForSelector('[data-testid=conformance-summary]', SLOW);
  return {
    mandates: await page.locator('[data-testid=count-mandates]').textContent(),
    unfulfilled: await page.locator('[data-testid=count-unfulfilled]').textContent(),
    programs: await page.locator('[data-testid=count-programs]').textContent(),
    creep: await page.locator('[data-testid=count-creep]').textContent(),
  };
}

const expected = (answer: Awaited<ReturnType<typeof conformanceOf>>) => ({
  mandates: id(answer.agency.mandates.length),
  unfulfilled: id(answer.unfulfilledMandates.length),
  programs: id(new Set(answer.agency.programs.map((participation) => participation.program.id)).size),
  creep: id(answer.programsWithoutMandate.length),
});

const creepPrograms = (page: Page) => page.locator('[data-testid=creep-table] tbody tr td:first-child a[data-kind=PROGRAM]')
  .evaluateAll((links) => links.map((link) => link.getAttribute('data-key')));

describe('mandate conformance', () => {
  it('asks for an agency, then answers for Gorontalo from an example: no gap, one program to link to its own mandate', async () => {
    const answer = await conformanceOf('pemprov-gorontalo');
    const opened = await openPage(bench, '/conformance', { waitReady: false });
    const { page } = opened;
    await page.waitForSelector('[data-testid=conformance-prompt]', SLOW);
    expect(await page.locator('h1').textContent()).toBe('Kesesuaian mandat');
    expect(await page.locator('[data-testid=example-agency]').allTextContents()).toContain('Pemerintah Provinsi Gorontalo');
    await page.click('[data-testid=example-agency][data-key=pemprov-gorontalo]');
    await page.waitForURL(/agency=pemprov-gorontalo/);
    expect(await figures(page)).toEqual(expected(answer));
    expect(await page.locator('[data-testid=conformance-agency]').textContent()).toBe(answer.agency.name);
    await expect.poll(() => page.locator('[data-testid=agency-picker-input]').inputValue(), SLOW).toBe(answer.agency.name);

    // No mandate left undone: said in words, not an empty table.
    if (answer.unfulfilledMandates.length === 0) {
      expect(await page.locator('[data-testid=gaps-empty]').textContent()).toContain('Tidak ada celah');
    } else {
      expect(await page.locator('[data-testid=gaps-table] [data-testid=row-count]').textContent()).toBe(`${id(answer.unfulfilledMandates.length)} baris`);
    }
    // The programs without a mandate, each with the mandate it may need to be linked to.
    expect(await creepPrograms(page)).toEqual(answer.programsWithoutMandate.map((row) => row.program.id));
    const hints = await page.locator('[data-testid=creep-hint]').allTextContents();
    answer.programsWithoutMandate.forEach((row, index) => {
      for (const mandate of row.relatedMandates) expect(hints[index]).toContain(`Mungkin perlu ditautkan ke mandat "${mandate.title}"`);
    });
    const spbe = answer.programsWithoutMandate.find((row) => row.program.name === 'Penerapan SPBE terpadu: Gorontalo');
    if (spbe && spbe.relatedMandates.some((mandate) => mandate.holders.some((holder) => holder.id === 'pemprov-gorontalo'))) {
      expect(hints[answer.programsWithoutMandate.indexOf(spbe)]).toContain('dipegang instansi ini sendiri');
    }
    const row = page.locator('[data-testid=creep-table] tbody tr').first();
    expect(await row.textContent()).toContain('Pelaksana');
    const download = page.waitForEvent('download');
    await page.locator('[data-testid=creep-table] [data-testid=download-xlsx]').click();
    expect((await download).suggestedFilename()).toBe('program-tanpa-mandat-pemprov-gorontalo.xlsx');

    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(opened, 'conformance');
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);

    // English labels, same figures.
    await page.click('[data-testid=lang-en]');
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('Mandate conformance');
    expect(await page.locator('#conformance-creep').textContent()).toBe('Programs without a mandate (mandate creep)');
    expect(await row.textContent()).toContain('Implementer');
    expect(await figures(page)).toEqual(expected(answer));
    await opened.context.close();
  }, 150_000);

  it('finds Kementerian PANRB by typing "PANRB": no mandate held, so every program it takes part in shows; a copied link restores it', async () => {
    const answer = await conformanceOf('kemenpanrb');
    const opened = await openPage(bench, '/conformance', { waitReady: false });
    const { page } = opened;
    await page.fill('[data-testid=agency-picker-input]', 'PANRB');
    await page.locator('[data-testid=agency-picker-option][data-key=kemenpanrb]').click();
    await page.waitForURL(/agency=kemenpanrb/);
    expect(await figures(page)).toEqual(expected(answer));
    expect(await page.locator('[data-testid=creep-table] [data-testid=row-count]').textContent()).toBe(`${id(answer.programsWithoutMandate.length)} baris`);
    expect(await creepPrograms(page)).toEqual(answer.programsWithoutMandate.map((row) => row.program.id));

    const url = page.url();
    const copy = await openPage(bench, url.slice(url.indexOf('/conformance')));
    expect(await figures(copy.page)).toEqual(expected(answer));
    // Weight and first render measured on a page opened straight at an answer.
    await recordMetrics(copy, 'conformance');
    expect(await creepPrograms(copy.page)).toEqual(answer.programsWithoutMandate.map((row) => row.program.id));
    await expect.poll(() => copy.page.locator('[data-testid=agency-picker-input]').inputValue(), SLOW).toBe(`${answer.agency.name} (${answer.agency.acronym})`);
    expect(await seriousViolations(copy.page)).toEqual([]);
    expect(copy.pageErrors).toEqual([]);
    expect(copy.blocked).toEqual([]);
    await copy.context.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blocked).toEqual([]);
    await opened.context.close();
  }, 150_000);
});
