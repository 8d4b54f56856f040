import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openPage, openWorkbench, recordMetrics, screenshots, seriousViolations, type OpenedPage, type Workbench } from '../../support/workbench.js';

/*
 * The profile pages (agency, program, region, theme, partner, forum) in Chromium on the demo
 * graph: each shows what the API holds about one node (names, roles, counts checked against the
 * API's own answers), links to the analyses for it, says plainly when a key is not in the graph,
 * switches language, and keeps its filter in the address.
 */

let bench: Workbench;

beforeAll(async () => {
  bench = await openWorkbench();
}, 300_000);

afterAll(async () => {
  await bench?.close();
});

/** The keys of the entity links in the first column of a table (every page of it), in order. */
async function firstColumnKeys(page: Page, table: string): Promise<string[]> {
  const more = page.locator(`[data-testid=${table}] button.more`);
  while (await more.count() > 0) await more.click();
  return page.locator(`[data-testid=${table}] tbody tr td:first-child a`).evaluateAll((links) => links.map((link) => link.getAttribute('data-key') ?? ''));
}

async function figure(page: Page, name: string): Promise<number> {
  return Number(await page.locator(`[data-testid=figure-${name}] strong`).getAttribute('data-value'));
}

/** What every profile must hold: no blocked request, no page error, no serious axe violation. */
async function finish(opened: OpenedPage, name: string, close = true): Promise<void> {
  expect(await seriousViolations(opened.page)).toEqual([]);
  await opened.page.evaluate(() => window.scrollTo(0, 0));
  await screenshots(opened, name);
  await recordMetrics(opened, name);
  expect(opened.blocked).toEqual([]);
  expect(opened.pageErrors).toEqual([]);
  if (close) await opened.context.close();
}

interface AgencyAnswer {
  agency: {
    name: string; acronym: string;
    programs: Array<{ role: string; program: { id: string } }>;
    mandates: Array<{ id: string }>;
    forums: Array<{ id: string }>;
    sources: Array<{ title: string; synthetic: boolean }>;
  };
}

describe('profile pages on the demo graph', () => {
  it('agency kemenpanrb: what it is, its programs with roles, forums and sources as the API has them; the role filter lives in the address', async () => {
    const { agency } = await bench.graphql<AgencyAnswer>(`{ agency(id: "kemenpanrb") {
      name acronym programs { role program { id } } mandates { id } forums { id } sources { title synthetic } } }`);
    const opened = await openPage(bench, '/agency/kemenpanrb');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe(`${agency.name} (${agency.acronym})`);
    expect(await page.locator('[data-testid=facts]').textContent()).toContain('Kementerian');
    expect(await figure(page, 'programs')).toBe(agency.programs.length);
    expect(await figure(page, 'lead')).toBe(agency.programs.filter((row) => row.role === 'LEAD').length);
    expect(await figure(page, 'mandates')).toBe(agency.mandates.length);
    // Every program it takes part in, each linked to its profile.
    expect((await firstColumnKeys(page, 'table-programs')).sort()).toEqual(agency.programs.map((row) => row.program.id).sort());
    expect((await firstColumnKeys(page, 'table-forums')).sort()).toEqual(agency.forums.map((forum) => forum.id).sort());
    // No mandate in the demo graph: said in words, with the consequence.
    if (agency.mandates.length === 0) expect(await page.locator('[data-testid=mandates-empty]').textContent()).toContain('tidak memegang mandat');
    // Sources by article title.
    const titles = await page.locator('[data-testid=sources] li[data-synthetic=false] cite').allTextContents();
    expect(titles.sort()).toEqual(agency.sources.filter((source) => !source.synthetic).map((source) => source.title).sort());
    // The analyses for it.
    expect(await page.locator('[data-testid=link-conformance]').getAttribute('href')).toBe('/conformance?agency=kemenpanrb');
    expect(await page.locator('[data-testid=link-peers]').getAttribute('href')).toBe('/peers?agency=kemenpanrb');
    expect(await page.locator('[data-testid=show-graphql]').getAttribute('href')).toContain('AgencyProfile');
    // Narrow to the programs it leads: the address keeps it, a fresh page restores it.
    const leads = agency.programs.filter((row) => row.role === 'LEAD').map((row) => row.program.id).sort();
    await page.selectOption('[data-testid=role-filter]', 'LEAD');
    await page.waitForURL(/\?role=LEAD$/);
    await expect.poll(() => page.locator('[data-testid=table-programs] [data-testid=row-count]').textContent()).toBe(`${leads.length.toLocaleString("id-ID")} baris`);
    expect((await firstColumnKeys(page, 'table-programs')).sort()).toEqual(leads);
    await finish(opened, 'profile-agency');

    const restored = await openPage(bench, '/agency/kemenpanrb?role=LEAD');
    expect(await restored.page.locator('[data-testid=role-filter]').inputValue()).toBe('LEAD');
    expect((await firstColumnKeys(restored.page, 'table-programs')).sort()).toEqual(leads);
    await restored.context.close();
  }, 120_000);

  it('program spbe: agencies with roles, themes, indicators and sources as the API has them', async () => {
    const { program, indicatorProgress } = await bench.graphql<{
      program: { name: string; agencies: Array<{ role: string; agency: { id: string } }>; themes: Array<{ id: string }>; sources: Array<{ title: string; synthetic: boolean }> };
      indicatorProgress: { offTrackCount: number };
    }>(`{ program(id: "spbe") { name agencies { role agency { id } } themes { id } sources { title synthetic } } indicatorProgress(program: "spbe") { offTrackCount } }`);
    const opened = await openPage(bench, '/program/spbe');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe(program.name);
    const rows = await page.locator('[data-testid=table-agencies] tbody tr').evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('a')?.getAttribute('data-key')}|${tr.querySelector('.role')?.className.replace(/.*role-/, '')}`));
    expect(rows.sort()).toEqual(program.agencies.map((row) => `${row.agency.id}|${row.role}`).sort());
    const themes = await page.locator('[data-testid=facts] a[data-kind=THEME]').evaluateAll((links) => links.map((link) => link.getAttribute('data-key')));
    for (const theme of program.themes) expect(themes).toContain(theme.id);
    expect(await figure(page, 'off-track')).toBe(indicatorProgress.offTrackCount);
    const titles = await page.locator('[data-testid=sources] cite').allTextContents();
    expect(titles).toEqual(program.sources.filter((source) => !source.synthetic).map((source) => source.title));
    expect(await page.locator('[data-testid=link-indicators]').getAttribute('href')).toBe('/indicators?scope=program&program=spbe');
    await finish(opened, 'profile-program');
  }, 120_000);

  it('region 65.03: title case, its chain up to Indonesia, its districts, the programs covering it and its indicators as the API has them', async () => {
    const data = await bench.graphql<{
      region: { name: string; children: Array<{ code: string }>; programs: Array<{ id: string }>; parent: { programs: Array<{ id: string }> } };
      indicatorProgress: { offTrackCount: number; points: unknown[] };
      agencies: { totalCount: number };
    }>(`{ region(code: "65.03") { name children { code } programs { id } parent { programs { id } } }
      indicatorProgress(region: "65.03") { offTrackCount points { year } } agencies(filter: { region: "65.03" }) { totalCount } }`);
    const opened = await openPage(bench, '/region/65.03');
    const { page } = opened;
    expect(data.region.name).toBe('KABUPATEN NUNUKAN');
    expect(await page.locator('h1').textContent()).toBe('Kabupaten Nunukan');
    expect(await page.locator('[data-testid=breadcrumb] li').allTextContents()).toEqual(['Indonesia', 'Kalimantan Utara', 'Kabupaten Nunukan']);
    expect((await firstColumnKeys(page, 'table-children')).sort()).toEqual(data.region.children.map((child) => child.code).sort());
    expect((await firstColumnKeys(page, 'table-direct')).sort()).toEqual(data.region.programs.map((program) => program.id).sort());
    expect(await figure(page, 'direct')).toBe(data.region.programs.length);
    expect(await figure(page, 'agencies')).toBe(data.agencies.totalCount);
    // Only direct coverage is listed, and the page says so, with what covers the province.
    const note = page.locator('[data-testid=direct-note]');
    expect(await note.textContent()).toContain('secara langsung');
    expect(Number(await note.locator('li[data-code="65"]').getAttribute('data-count'))).toBe(data.region.parent.programs.length);
    const summary = page.locator('[data-testid=indicator-summary]');
    expect(Number(await summary.getAttribute('data-off-track'))).toBe(data.indicatorProgress.offTrackCount);
    expect(Number(await summary.getAttribute('data-points'))).toBe(data.indicatorProgress.points.length);
    expect(await page.locator('[data-testid=link-gaps]').getAttribute('href')).toBe('/gaps?within=65.03&level=DISTRICT');
    expect(await page.locator('[data-testid=link-reach]').getAttribute('href')).toBe('/gaps?within=65&level=REGENCY&region=65.03');
    expect(await page.locator('[data-testid=link-indicators]').getAttribute('href')).toBe('/indicators?region=65.03');
    await finish(opened, 'profile-region', false);
    // The breadcrumb leads up: the province's own profile.
    await page.click('[data-testid=breadcrumb] a[data-key="65"]');
    await page.waitForURL(/\/region\/65$/);
    await page.waitForSelector('[data-kind=REGION][data-key="65"] [data-state=ready]');
    expect(await page.locator('h1').textContent()).toBe('Kalimantan Utara');
    expect(opened.pageErrors).toEqual([]);
    await opened.context.close();
  }, 120_000);

  it('theme pengurangan-kemiskinan: programs, who does what and mandates as the API has them; links to its analyses', async () => {
    const data = await bench.graphql<{
      theme: { name: string; mandates: Array<{ id: string }>; parent: { id: string } };
      programs: { totalCount: number };
      responsibilityMatrix: { rows: Array<{ agency: { id: string }; programCount: number }> };
    }>(`{ theme(id: "pengurangan-kemiskinan") { name mandates { id } parent { id } }
      programs(filter: { theme: "pengurangan-kemiskinan" }) { totalCount }
      responsibilityMatrix(themes: ["pengurangan-kemiskinan"]) { rows { agency { id } programCount } } }`);
    const opened = await openPage(bench, '/theme/pengurangan-kemiskinan');
    const { page } = opened;
    expect(await page.locator('h1').textContent()).toBe(data.theme.name);
    expect(await figure(page, 'programs')).toBe(data.programs.totalCount);
    expect(await figure(page, 'mandates')).toBe(data.theme.mandates.length);
    expect((await firstColumnKeys(page, 'table-agencies')).sort()).toEqual(data.responsibilityMatrix.rows.map((row) => row.agency.id).sort());
    const top = [...data.responsibilityMatrix.rows].sort((a, b) => b.programCount - a.programCount)[0]!;
    expect(await page.locator('[data-testid=table-agencies] tbody tr').first().locator('td').nth(2).textContent()).toBe(String(top.programCount));
    expect(await page.locator('[data-testid=breadcrumb] a').last().getAttribute('data-key')).toBe(data.theme.parent.id);
    for (const [link, href] of [['gaps', '/gaps?theme=pengurangan-kemiskinan'], ['overlaps', '/overlaps?theme=pengurangan-kemiskinan'], ['helix', '/helix?theme=pengurangan-kemiskinan']]) {
      expect(await page.locator(`[data-testid=link-${link}]`).getAttribute('href')).toBe(href);
    }
    await finish(opened, 'profile-theme');
  }, 120_000);

  it('a partner and a forum taken from the API: programs with roles, members, shared programs', async () => {
    const { partners, forums } = await bench.graphql<{
      partners: { nodes: Array<{ id: string; name: string; programs: Array<{ role: string; program: { id: string } }> }> };
      forums: { nodes: Array<{ id: string; name: string; members: Array<{ id: string; programs: Array<{ program: { id: string } }> }> }> };
    }>(`{ partners(first: 50) { nodes { id name programs { role program { id } } } }
      forums(first: 20) { nodes { id name members { id programs { program { id } } } } } }`);
    const partner = [...partners.nodes].sort((a, b) => b.programs.length - a.programs.length)[0]!;
    const opened = await openPage(bench, `/partner/${partner.id}`);
    expect(await opened.page.locator('h1').textContent()).toBe(partner.name);
    expect(await figure(opened.page, 'programs')).toBe(partner.programs.length);
    expect((await firstColumnKeys(opened.page, 'table-programs')).sort()).toEqual(partner.programs.map((row) => row.program.id).sort());
    // Synthetic demo data is said to be so.
    expect(await opened.page.locator('[data-testid=sources]').textContent()).toMatch(/sintetis|artikel/i);
    await finish(opened, 'profile-partner');

    const forum = [...forums.nodes].sort((a, b) => b.members.length - a.members.length)[0]!;
    const counts = new Map<string, number>();
    for (const member of forum.members) for (const { program } of member.programs) counts.set(program.id, (counts.get(program.id) ?? 0) + 1);
    const shared = [...counts.entries()].filter(([, count]) => count > 1).map(([id]) => id).sort();
    const forumPage = await openPage(bench, `/forum/${forum.id}`);
    expect(await forumPage.page.locator('h1').textContent()).toBe(forum.name);
    expect((await firstColumnKeys(forumPage.page, 'table-members')).sort()).toEqual(forum.members.map((member) => member.id).sort());
    expect(await figure(forumPage.page, 'shared')).toBe(shared.length);
    if (shared.length > 0) expect((await firstColumnKeys(forumPage.page, 'table-shared')).sort()).toEqual(shared);
    await finish(forumPage, 'profile-forum');
  }, 120_000);

  it('an unknown key: a plain "not found" with a search link, never a blank page', async () => {
    for (const path of ['/agency/tidak-ada', '/region/99.99']) {
      const opened = await openPage(bench, path, { waitReady: false });
      const { page } = opened;
      await page.waitForSelector('[data-testid=profile-not-found]');
      expect(await page.locator('h1').textContent()).toBe('Tidak ditemukan');
      const key = path.split('/')[2]!;
      expect(await page.locator('[data-testid=profile-search-link]').getAttribute('href')).toBe(`/search?q=${encodeURIComponent(key)}`);
      if (path.startsWith('/agency')) expect(await seriousViolations(page)).toEqual([]);
      expect(opened.blocked).toEqual([]);
      expect(opened.pageErrors).toEqual([]);
      await opened.context.close();
    }
  }, 120_000);

  it('switches to English: labels, enum values and headers change, names stay', async () => {
    const opened = await openPage(bench, '/program/spbe');
    const { page } = opened;
    expect(await page.locator('.profile-kind').textContent()).toBe('Profil program');
    expect(await page.locator('[data-testid=table-agencies] thead').textContent()).toContain('Instansi');
    expect(await page.locator('[data-testid=table-agencies] tbody').textContent()).toContain('Pemimpin');
    await page.click('[data-testid=lang-en]');
    await expect.poll(() => page.locator('.profile-kind').textContent()).toBe('Program profile');
    expect(await page.locator('[data-testid=table-agencies] thead').textContent()).toContain('Agency');
    expect(await page.locator('[data-testid=table-agencies] tbody').textContent()).toContain('Lead');
    expect(await page.locator('h1').textContent()).toBe('Sistem Pemerintahan Berbasis Elektronik (SPBE)');
    await screenshots(opened, 'profile-program-en');
    await opened.context.close();
  }, 120_000);
});
