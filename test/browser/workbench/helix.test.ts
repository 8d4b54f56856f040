import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, screenshots, seriousViolations, type Workbench, finishPage } from '../../support/workbench.js';
import {
  HELIX_BALANCE,
  PROGRAMS_MISSING_STRAND,
  type HelixBalanceAnswer,
  type ProgramsMissingStrandAnswer,
} from '../../../web/app/queries/helix.js';

/*
 * Helix balance (/helix) in Chromium on the demo graph: actors and programs per strand as bars,
 * the balance in words, missing strands called out, and the programs missing a strand. Every
 * figure is checked against the API's answer to the query the page sends.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

const id = (value: number) => value.toLocaleString('id-ID');
const STRAND_ID: Record<string, string> = { GOVERNMENT: 'Pemerintah', INDUSTRY: 'Industri', ACADEMIA: 'Akademisi', CIVIL_SOCIETY: 'Masyarakat sipil', MEDIA: 'Media' };

async function balanceOf(scope: Record<string, string>) {
  return (await bench.graphql<HelixBalanceAnswer>(HELIX_BALANCE, scope)).helixBalance;
}

/** Every program missing the strand in the scope, page after page, as the API lists them. */
async function missing(strand: string, scope: Record<string, string>) {
  const ids: string[] = [];
  let after: string | null = null;
  let total = 0;
  do {
    const page: ProgramsMissingStrandAnswer['programsMissingStrand'] = (await bench.graphql<ProgramsMissingStrandAnswer>(PROGRAMS_MISSING_STRAND, { strand, ...scope, first: 100, after })).programsMissingStrand;
    ids.push(...page.nodes.map((node) => node.id));
    total = page.totalCount;
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
  } while (after);
  return { total, ids };
}

/** The figures the page shows, and the strands table (actors, programs) by strand label. */
async function shown(page: Page) {
  const strands = await page.locator('[data-testid=helix-strands] tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((td) => td.textContent)));
  return {
    programs: await page.locator('[data-testid=helix-program-count]').textContent(),
    balance: await page.locator('[data-testid=helix-balance]').textContent(),
    strands: strands.map(([label, actors, programs]) => `${label}:${actors}:${programs}`),
  };
}

const expected = (answer: Awaited<ReturnType<typeof balanceOf>>) => ({
  programs: id(answer.programCount),
  balance: answer.balance.toLocaleString('id-ID', { minimumFractionDigits: 3, maximumFractionDigits: 3 }),
  strands: answer.strands.map((row) => `${STRAND_ID[row.strand]}:${id(row.actors)}:${id(row.programs)}`),
});

async function listedIds(page: Page) {
  return page.locator('[data-testid=helix-missing-table] tbody tr a[data-kind=PROGRAM]').evaluateAll((links) => links.map((link) => link.getAttribute('data-key')));
}

describe('helix balance', () => {
  it('measures digitalisasi by default: strands, balance and bars as the API answers; the programs with no academic partner', async () => {
    const answer = await balanceOf({ theme: 'digitalisasi' });
    const opened = await openPage(bench, '/helix');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe('Keseimbangan heliks');
    expect(await shown(page)).toEqual(expected(answer));
    // Five bars in each chart, axes labelled in the page's language, numbers in id-ID.
    expect(await page.locator('[data-testid=helix-actors-chart] svg g[aria-label=bar] rect').count()).toBe(5);
    expect(await page.locator('[data-testid=helix-actors-chart] svg').textContent()).toContain('Jumlah aktor');
    expect(await page.locator('[data-testid=helix-balance-explained]').textContent()).toContain('0 = hanya satu unsur, 1 = kelima unsur seimbang');
    if (answer.missing.length === 0) expect(await page.locator('[data-testid=helix-all-present]').count()).toBe(1);
    // The strand in the fewest programs is the list's default.
    const rarest = [...answer.strands].sort((a, b) => a.programs - b.programs)[0]!.strand;
    expect(await page.locator('[data-testid=helix-strand]').inputValue()).toBe(rarest);
    const list = await missing(rarest, { theme: 'digitalisasi' });
    await expect.poll(() => page.locator('[data-testid=helix-list-count]').textContent()).toContain(`${id(list.total)} program tanpa`);
    expect(await page.locator('[data-testid=helix-missing-table] [data-testid=row-count]').textContent()).toBe(`${id(list.total)} baris`);
    expect(await listedIds(page)).toEqual(list.ids.slice(0, 25));
    // Partners carry their strand in words beside the colour.
    const tags = await page.locator('[data-testid=helix-missing-table] .strand-tag').allTextContents();
    expect(tags.every((tag) => Object.values(STRAND_ID).includes(tag))).toBe(true);
    await finishPage(opened, 'helix');
  }, 90_000);

  it('switches to a region picked by name, calls out the missing strand, and a copied link restores the view', async () => {
    const answer = await balanceOf({ region: '32.73' });
    const opened = await openPage(bench, '/helix');
    const { page } = opened;
    await page.click('[data-testid=helix-scope-region]'); // the box follows the address a moment after the click (check() would give up)
    await expect.poll(() => page.isChecked('[data-testid=helix-scope-region]')).toBe(true);
    await page.fill('[data-testid=helix-region-input]', 'Kota Bandung');
    await page.locator('[data-testid=helix-region-option][data-key="32.73"]').click();
    await page.waitForURL(/scope=region/);
    await page.waitForURL(/region=32\.73/);
    await expect.poll(async () => (await shown(page)).programs).toBe(id(answer.programCount));
    expect(await shown(page)).toEqual(expected(answer));
    expect(await page.locator('[data-testid=helix-scope-text]').textContent()).toBe('Program yang menjangkau Kota Bandung');
    if (answer.missing.length > 0) {
      const called = await page.locator('[data-testid=helix-missing] [data-strand]').evaluateAll((items) => items.map((item) => item.getAttribute('data-strand')));
      expect(called).toEqual(answer.missing);
    }
    // Programs reaching Kota Bandung with no civil-society partner.
    await page.selectOption('[data-testid=helix-strand]', 'CIVIL_SOCIETY');
    await page.waitForURL(/strand=CIVIL_SOCIETY/);
    const list = await missing('CIVIL_SOCIETY', { region: '32.73' });
    await expect.poll(() => page.locator('[data-testid=helix-list-count]').textContent()).toContain(`${id(list.total)} program tanpa satu pun aktor Masyarakat sipil`);
    expect(await listedIds(page)).toEqual(list.ids.slice(0, 25));
    const url = page.url();
    await opened.context.close();

    const again = await openPage(bench, url.slice(url.indexOf('/helix')));
    expect(await again.page.locator('[data-testid=helix-scope-region]').isChecked()).toBe(true);
    await expect.poll(() => again.page.locator('[data-testid=helix-region-input]').inputValue()).toBe('Kota Bandung');
    expect(await shown(again.page)).toEqual(expected(answer));
    expect(await again.page.locator('[data-testid=helix-strand]').inputValue()).toBe('CIVIL_SOCIETY');
    await expect.poll(() => listedIds(again.page)).toEqual(list.ids.slice(0, 25));
    // The language switch changes the labels, the numbers' format and the charts' words.
    await again.page.click('[data-testid=lang-en]');
    await expect.poll(() => again.page.locator('h1').textContent()).toBe('Helix balance');
    expect(await again.page.locator('[data-testid=helix-balance]').textContent()).toBe(answer.balance.toFixed(3));
    expect(await again.page.locator('[data-testid=helix-balance-explained]').textContent()).toContain('0 = one strand only, 1 = all five strands equal');
    expect(await again.page.locator('[data-testid=helix-actors-chart] svg').textContent()).toContain('Civil society');
    if (answer.missing.length > 0) expect(await again.page.locator('[data-testid=helix-missing]').textContent()).toContain('Strands taking no part');
    expect(await seriousViolations(again.page)).toEqual([]);
    await screenshots(again, 'helix-region-en');
    expect(again.blocked).toEqual([]);
    expect(again.pageErrors).toEqual([]);
    await again.context.close();
  }, 90_000);
});
