import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, recordMetrics, screenshots, seriousViolations, type Workbench } from '../../support/workbench.js';
import {
  MANDATE_OVERLAPS, PROGRAM_OVERLAPS,
  type MandateOverlapsAnswer, type ProgramOverlap, type ProgramOverlapsAnswer,
} from '../../../web/app/queries/overlaps.js';

/*
 * Overlapping programs (/overlaps) in Chromium on the demo graph: each pair with its evidence
 * and the score in words, loaded page after page through the API's cursor, the overlapping
 * mandates below. Every figure is checked against the API's answer to the query the page sends.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const id = (value: number) => value.toLocaleString('id-ID', { maximumFractionDigits: 3 });
const pct = (value: number) => value.toLocaleString('id-ID', { style: 'percent', maximumFractionDigits: 0 });
const KIND_ID = { MANDATED: 'Keduanya bermandat', PARTLY_MANDATED: 'Sebagian bermandat', DUPLICATE: 'Kemungkinan duplikasi' } as const;
const titleCase = (name: string) => name.toLowerCase().replace(/(^|\s|-)(\S)/g, (_, space: string, letter: string) => space + letter.toUpperCase());

/** The API's pairs for a filter, `pages` pages of 20 read through the cursor, as the page reads them. */
async function pairsOf(filter: Record<string, unknown>, pages = 1) {
  const nodes: ProgramOverlap[] = [];
  let after: string | null = null;
  let total = 0;
  for (let n = 0; n < pages; n += 1) {
    const answer: ProgramOverlapsAnswer['programOverlaps'] = (await bench.graphql<ProgramOverlapsAnswer>(PROGRAM_OVERLAPS, { filter, first: 20, after })).programOverlaps;
    nodes.push(...answer.nodes);
    total = answer.totalCount;
    after = answer.pageInfo.endCursor;
    if (!answer.pageInfo.hasNextPage) break;
  }
  return { total, nodes };
}

/** The machine is shared and slow at times: waits are generous, assertions exact. */
const SLOW = { timeout: 30_000 };

/** The pairs' answer on screen (the mandates' section may be ready first). */
async function pairsReady(page: Page) {
  await page.waitForSelector('[data-testid=overlap-total]', SLOW);
}

const pairKey = (pair: ProgramOverlap) => `${pair.first.program.id}|${pair.second.program.id}|${pair.score}|${pair.kind}`;

/** What the cards show: each pair's two programs, score and kind, in order. */
async function cards(page: Page) {
  return page.locator('[data-testid=overlap-card]').evaluateAll((items) => items.map((item) =>
    `${item.getAttribute('data-first')}|${item.getAttribute('data-second')}|${item.getAttribute('data-score')}|${item.getAttribute('data-kind')}`));
}

async function figures(page: Page) {
  return {
    total: await page.locator('[data-testid=overlap-total]').textContent(),
    loaded: await page.locator('[data-testid=overlap-loaded]').textContent(),
    kinds: Object.fromEntries(await Promise.all((Object.keys(KIND_ID) as Array<keyof typeof KIND_ID>).map(async (kind) =>
      [kind, Number(await page.locator(`[data-testid=kind-count-${kind}]`).getAttribute('data-count'))]))),
  };
}

function expectedFigures(answer: { total: number; nodes: ProgramOverlap[] }) {
  const kinds = { MANDATED: 0, PARTLY_MANDATED: 0, DUPLICATE: 0 };
  for (const pair of answer.nodes) kinds[pair.kind] += 1;
  return { total: id(answer.total), loaded: id(answer.nodes.length), kinds };
}

describe('overlapping programs', () => {
  it('on digitalisasi: every pair with its evidence, its mandate basis and the score in words, as the API answers', async () => {
    const answer = await pairsOf({ theme: 'digitalisasi' });
    const opened = await openPage(bench, '/overlaps?theme=digitalisasi');
    const { page } = opened;
    await pairsReady(page);
    expect(await page.locator('h1').textContent()).toBe('Tumpang tindih program');
    expect(await figures(page)).toEqual(expectedFigures(answer));
    expect(await cards(page)).toEqual(answer.nodes.map(pairKey));

    // The first pair, read as an analyst would: programs, who runs them, their mandate, the evidence.
    const pair = answer.nodes[0]!;
    const card = page.locator('[data-testid=overlap-card]').first();
    const text = await card.textContent();
    for (const side of [pair.first, pair.second]) {
      expect(text).toContain(side.program.name);
      for (const agency of side.agencies) expect(text).toContain(agency.name);
      for (const mandate of side.mandates) expect(text).toContain(mandate.title);
    }
    expect(await card.locator('[data-testid=side-mandated]').evaluateAll((items) => items.map((item) => item.getAttribute('data-mandated'))))
      .toEqual([String(pair.first.mandated), String(pair.second.mandated)]);
    expect(await card.locator('.overlap-kind').textContent()).toBe(KIND_ID[pair.kind]);
    expect(await card.locator('[data-testid=shared-regions] a').allTextContents()).toEqual(pair.sharedRegions.map((region) => titleCase(region.name)));
    expect(await card.locator('[data-testid=shared-years]').textContent()).toBe(`${pair.years.from}–${pair.years.to ?? 'berlanjut'}`);
    for (const theme of pair.sharedThemes) expect(text).toContain(theme.name);
    for (const indicator of pair.sharedIndicators) expect(text).toContain(indicator.name);
    const why = await card.locator('[data-testid=score-explained]').textContent();
    expect(why).toContain(`Skor ${id(pair.score)} = tema ${pair.themeMatch === 1 ? 'sama' : 'dan subtemanya'} (${id(pair.themeMatch)})`);
    expect(why).toContain(`${pct(pair.regionShare)} wilayah`);
    expect(why).toContain(`${pct(pair.yearShare)} tahun program yang lebih pendek`);

    // The flat table holds the same pairs, downloadable.
    expect(await page.locator('[data-testid=overlap-table] [data-testid=row-count]').textContent()).toBe(`${id(answer.nodes.length)} baris`);
    const download = page.waitForEvent('download');
    await page.locator('[data-testid=overlap-table] [data-testid=download-csv]').click();
    expect((await download).suggestedFilename()).toBe('tumpang-tindih-program.csv');

    // Overlapping mandates on the same theme, as the API counts them.
    await page.waitForSelector('[data-testid=mandate-total]', SLOW);
    const mandates = (await bench.graphql<MandateOverlapsAnswer>(MANDATE_OVERLAPS, { filter: { theme: 'digitalisasi' }, first: 50 })).mandateOverlaps;
    expect(await page.locator('[data-testid=mandate-total]').textContent()).toBe(id(mandates.totalCount));
    expect(await page.locator('[data-testid=mandate-table] [data-testid=row-count]').textContent()).toBe(`${id(mandates.nodes.length)} baris`);

    expect(await seriousViolations(page)).toEqual([]);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshots(opened, 'overlaps');
    await recordMetrics(opened, 'overlaps');

    // A region found by name narrows the pairs to those within it.
    const within = await pairsOf({ theme: 'digitalisasi', region: '82' });
    await page.fill('[data-testid=region-picker-input]', 'Maluku Utara');
    await page.locator('[data-testid=region-picker-option][data-key="82"]').click();
    await page.waitForURL(/region=82/);
    await expect.poll(() => page.locator('[data-testid=overlap-total]').textContent(), SLOW).toBe(id(within.total));
    await expect.poll(() => cards(page), SLOW).toEqual(within.nodes.map(pairKey));
    expect(opened.blocked).toEqual([]);
    expect(opened.pageErrors).toEqual([]);

    // The language switch changes the labels, not the figures.
    await page.click('[data-testid=lang-en]');
    await expect.poll(() => page.locator('h1').textContent(), SLOW).toBe('Overlapping programs');
    const top = within.nodes[0]!;
    expect(await card.locator('.overlap-kind').textContent()).toBe({ MANDATED: 'Both mandated', PARTLY_MANDATED: 'Partly mandated', DUPLICATE: 'Likely duplicate' }[top.kind]);
    expect(await card.locator('[data-testid=score-explained]').textContent()).toContain(`Score ${top.score.toLocaleString('en-GB')} = `);
    expect(await figures(page)).toEqual({ ...expectedFigures(within), total: within.total.toLocaleString('en-GB'), loaded: within.nodes.length.toLocaleString('en-GB') });
    await opened.context.close();
  }, 180_000);

  it('loads more pairs through the cursor, filters by score, and a copied link restores the view', async () => {
    const opened = await openPage(bench, '/overlaps');
    const { page } = opened;
    const first = await pairsOf({});
    await pairsReady(page);
    expect(await figures(page)).toEqual(expectedFigures(first));
    // "Load more": the next page from the API's endCursor, and the address remembers it.
    await page.click('[data-testid=load-more-button]');
    await page.waitForURL(/pages=2/);
    const two = await pairsOf({}, 2);
    await expect.poll(() => page.locator('[data-testid=overlap-card]').count(), SLOW).toBe(two.nodes.length);
    expect(await cards(page)).toEqual(two.nodes.map(pairKey));
    expect(await figures(page)).toEqual(expectedFigures(two));

    // Minimum score and the same agency's pairs, in the address too.
    await page.selectOption('[data-testid=min-score]', '0.5');
    await page.waitForURL(/minScore=0\.5/);
    expect(page.url()).not.toContain('pages=');
    const strict = await pairsOf({ minScore: 0.5 });
    await expect.poll(() => page.locator('[data-testid=overlap-total]').textContent(), SLOW).toBe(id(strict.total));
    // The box follows the address, which changes a moment after the click.
    await page.click('[data-testid=same-agency]');
    await page.waitForURL(/same=1/);
    await expect.poll(() => page.locator('[data-testid=same-agency]').isChecked(), SLOW).toBe(true);
    const same = await pairsOf({ minScore: 0.5, includeSameAgency: true });
    await expect.poll(() => page.locator('[data-testid=overlap-total]').textContent(), SLOW).toBe(id(same.total));
    await page.click('[data-testid=load-more-button]');
    await page.waitForURL(/pages=2/);
    const sameTwo = await pairsOf({ minScore: 0.5, includeSameAgency: true }, 2);
    await expect.poll(() => page.locator('[data-testid=overlap-card]').count(), SLOW).toBe(sameTwo.nodes.length);

    // A copied link, opened fresh: the same choices, the same pairs, the same figures.
    const url = page.url();
    const copy = await openPage(bench, url.slice(url.indexOf('/overlaps')));
    await pairsReady(copy.page);
    await expect.poll(() => copy.page.locator('[data-testid=overlap-card]').count(), SLOW).toBe(sameTwo.nodes.length);
    expect(await copy.page.locator('[data-testid=min-score]').inputValue()).toBe('0.5');
    expect(await copy.page.locator('[data-testid=same-agency]').isChecked()).toBe(true);
    expect(await cards(copy.page)).toEqual(sameTwo.nodes.map(pairKey));
    expect(await figures(copy.page)).toEqual(expectedFigures(sameTwo));
    expect(copy.pageErrors).toEqual([]);
    expect(copy.blocked).toEqual([]);
    await copy.context.close();
    expect(opened.pageErrors).toEqual([]);
    expect(opened.blocked).toEqual([]);
    await opened.context.close();
  }, 180_000);
});
