import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoGraph } from '../../src/seed/index.js';
import type { TestDatabase } from '../support/database.js';
import type { TestApi } from '../support/api.js';
import { closeApiSuite, openApiSuite } from '../support/apiSuite.js';

/**
 * `lookup` on the demo graph (npm run seed): real names as an Indonesian analyst types them.
 * The expected keys come from data/facts and idn-area-data 3.1.2 (65 KALIMANTAN UTARA,
 * 65.03 KABUPATEN NUNUKAN, 65.71 KOTA TARAKAN).
 */

let db: TestDatabase;
let api: TestApi;

beforeAll(async () => {
  ({ db, api } = await openApiSuite((db) => seedDemoGraph(db.executor)));
}, 300_000);

afterAll(() => closeApiSuite({ db, api }));

const LOOKUP = `query Lookup($text: String!, $kinds: [NodeKind!], $first: Int) {
  lookup(text: $text, kinds: $kinds, first: $first) {
    normalized
    matches { kind key name acronym matchedOn match score detail { regionLevel isCity agencyKind governmentLevel startYear endYear year parent { kind key name } } }
    suggestions { kind key name matchedOn match }
  }
}`;

interface Match { kind: string; key: string; name: string; acronym: string | null; matchedOn: string; match: string; score: number; detail: Record<string, any> }
interface Answer { normalized: string; matches: Match[]; suggestions: Match[] }

async function lookup(text: string, extra: { kinds?: string[]; first?: number } = {}): Promise<Answer> {
  const data = await api.ok<{ lookup: Answer }>(LOOKUP, { text, ...extra });
  return data.lookup;
}
const keys = (matches: Match[]) => matches.map((m) => m.key);

describe('lookup on the demo graph', () => {
  it('finds the poverty theme and its sub-theme by one word, first', async () => {
    const answer = await lookup('kemiskinan');
    expect(keys(answer.matches).slice(0, 2)).toEqual(['pengurangan-kemiskinan', 'penanggulangan-kemiskinan-ekstrem']);
    expect(answer.matches[0]).toMatchObject({ kind: 'THEME', name: 'Pengurangan kemiskinan', matchedOn: 'NAME', match: 'WORDS' });
    expect(answer.matches[1]!.detail.parent).toEqual({ kind: 'THEME', key: 'pengurangan-kemiskinan', name: 'Pengurangan kemiskinan' });
    expect(answer.suggestions).toEqual([]);
  });

  it('finds a regency by its name alone, before its district of the same name', async () => {
    const answer = await lookup('Nunukan');
    expect(keys(answer.matches).slice(0, 2)).toEqual(['65.03', '65.03.02']);
    expect(answer.matches[0]).toMatchObject({
      kind: 'REGION', name: 'KABUPATEN NUNUKAN', match: 'EXACT', matchedOn: 'NAME',
      detail: { regionLevel: 'REGENCY', isCity: false, parent: { kind: 'REGION', key: '65', name: 'KALIMANTAN UTARA' } },
    });
    expect(answer.matches[1]!.detail).toMatchObject({ regionLevel: 'DISTRICT', parent: { key: '65.03' } });
  });

  it.each(['PANRB', 'Kementerian PANRB', 'kemenpanrb', 'KemenPANRB', 'kementerian panrb'])('finds Kementerian PANRB first for %j', async (text) => {
    const answer = await lookup(text);
    expect(answer.matches[0]).toMatchObject({
      kind: 'AGENCY', key: 'kemenpanrb', acronym: 'Kementerian PANRB',
      name: 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi',
      detail: { agencyKind: 'MINISTRY', governmentLevel: 'NATIONAL', regionLevel: null, parent: null },
    });
  });

  it('says how each PANRB form matched', async () => {
    expect((await lookup('kemenpanrb')).matches[0]).toMatchObject({ matchedOn: 'KEY', match: 'EXACT' });
    expect((await lookup('Kementerian PANRB')).matches[0]).toMatchObject({ matchedOn: 'ACRONYM', match: 'EXACT' });
    expect((await lookup('PANRB')).matches[0]).toMatchObject({ matchedOn: 'ACRONYM', match: 'WORDS' });
  });

  it.each(['Kab. Nunukan', 'Kabupaten Nunukan', 'kab nunukan', 'KABUPATEN  NUNUKAN'])('finds the regency 65.03 first for %j, its government after', async (text) => {
    const answer = await lookup(text);
    expect(answer.normalized).toBe('kabupaten nunukan');
    expect(answer.matches[0]).toMatchObject({ key: '65.03', match: 'EXACT' });
    expect(keys(answer.matches)).toContain('pemkab-nunukan');
    expect(keys(answer.matches).indexOf('pemkab-nunukan')).toBeGreaterThan(0);
  });

  it('finds a city and a province with their administrative type', async () => {
    const city = await lookup('Kota Tarakan');
    expect(city.matches[0]).toMatchObject({ key: '65.71', name: 'KOTA TARAKAN', match: 'EXACT', detail: { regionLevel: 'REGENCY', isCity: true } });
    const province = await lookup('Prov. Kalimantan Utara');
    expect(province.normalized).toBe('provinsi kalimantan utara');
    expect(province.matches[0]).toMatchObject({ key: '65', name: 'KALIMANTAN UTARA', match: 'EXACT', detail: { regionLevel: 'PROVINCE', parent: { key: 'ID' } } });
    expect(keys(province.matches)).toContain('pemprov-kalimantan-utara');
  });

  it('finds by code: the region first, then its districts by code', async () => {
    const answer = await lookup('65.03', { first: 3 });
    expect(answer.matches.map((m) => [m.key, m.matchedOn, m.match])).toEqual([
      ['65.03', 'KEY', 'EXACT'], ['65.03.01', 'KEY', 'STARTS_WITH'], ['65.03.02', 'KEY', 'STARTS_WITH'],
    ]);
  });

  it('ignores accents', async () => {
    expect(keys((await lookup('Kémiskinan')).matches).slice(0, 2)).toEqual(['pengurangan-kemiskinan', 'penanggulangan-kemiskinan-ekstrem']);
    expect((await lookup('Nùnükan')).matches[0]!.key).toBe('65.03');
  });

  it('understands Pemkab, and finds the government exactly', async () => {
    expect((await lookup('Pemkab Nunukan')).matches[0]).toMatchObject({ key: 'pemkab-nunukan', kind: 'AGENCY', match: 'EXACT', detail: { agencyKind: 'REGENCY_GOVERNMENT' } });
  });

  it('looks only among the kinds asked for, and gives at most `first`', async () => {
    const answer = await lookup('Nunukan', { kinds: ['AGENCY'], first: 1 });
    expect(answer.matches.map((m) => [m.kind, m.key])).toEqual([['AGENCY', 'pemkab-nunukan']]);
    const themes = await lookup('kemiskinan', { kinds: ['THEME', 'MANDATE'], first: 50 });
    expect(new Set(themes.matches.map((m) => m.kind))).toEqual(new Set(['THEME', 'MANDATE']));
    expect((await lookup('Nunukan', { first: 50 })).matches.length).toBeGreaterThan(5);
  });

  it('gives the same answer twice (the order is total)', async () => {
    expect(await lookup('kabupaten', { first: 50 })).toEqual(await lookup('kabupaten', { first: 50 }));
  });

  it('suggests near names when nothing matches, never an empty answer', async () => {
    const typo = await lookup('Nunukn');
    expect(typo.matches).toEqual([]);
    expect(typo.suggestions[0]).toMatchObject({ key: '65.03', match: 'SIMILAR' });
    const poverty = await lookup('kemiskinn');
    expect(poverty.matches).toEqual([]);
    expect(keys(poverty.suggestions)).toContain('pengurangan-kemiskinan');
    expect(keys(poverty.suggestions).indexOf('pengurangan-kemiskinan')).toBeLessThan(3);
    const typed = await lookup('Kab. Nunukn');
    expect(typed.suggestions[0]!.key).toBe('65.03');
  });

  it('returns nodes through the LookupNode union', async () => {
    const data = await api.ok(`{ lookup(text: "Kota Tarakan", first: 2) { matches { node {
      __typename ... on Region { code level parent { code } } ... on Agency { id kind } } } } }`);
    expect(data.lookup.matches).toEqual([
      { node: { __typename: 'Region', code: '65.71', level: 'REGENCY', parent: { code: '65' } } },
      { node: { __typename: 'Agency', id: 'pemkot-tarakan', kind: 'CITY_GOVERNMENT' } },
    ]);
  });

  it('treats what is typed as text, never as Lucene syntax', async () => {
    for (const text of ['nunukan"', 'AND OR NOT', 'nunukan~', 'nu*', '(kabupaten', 'a:b', 'a\\b', '+-&&||!(){}[]^"~*?:/ x', 'TO [a TO z]']) {
      const result = await api.run(LOOKUP, { text });
      expect(result.errors, text).toBeUndefined();
    }
  });
});

describe('lookup input errors', () => {
  it.each([[''], ['   '], ['\t\n']])('refuses blank text %j, naming `text`', async (text) => {
    const result = await api.run(LOOKUP, { text });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    expect(result.statements).toBe(0);
  });

  it('refuses text without a letter or digit, and text over 200 characters', async () => {
    for (const text of ['!!! ...', 'x'.repeat(201)]) {
      const result = await api.run(LOOKUP, { text });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text' });
    }
  });

  it.each([0, -1, 51])('refuses first = %i, naming `first`', async (first) => {
    const result = await api.run(LOOKUP, { text: 'Nunukan', first });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'first' });
  });

  it('takes first = 1 and first = 50', async () => {
    expect((await lookup('Nunukan', { first: 1 })).matches).toHaveLength(1);
    expect((await lookup('kabupaten', { first: 50 })).matches).toHaveLength(50);
  });

  it('needs one statement when something matches, two when it suggests', async () => {
    expect((await api.run(LOOKUP, { text: 'Nunukan' })).statements).toBe(1);
    expect((await api.run(LOOKUP, { text: 'Nunukn' })).statements).toBe(2);
  });
});
