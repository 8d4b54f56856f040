import { describe, expect, it } from 'vitest';
import { fold, normalizeQuery, queryWords, splitAdminType, wordsOf } from '../../src/modules/lookup/normalize.js';
import { fuzzyQuery, matchQuery } from '../../src/modules/lookup/luceneQuery.js';
import { rankMatches, rankSuggestions, withinEdits, type Candidate } from '../../src/modules/lookup/rank.js';

describe('normalising what is typed', () => {
  it('ignores case, accents and punctuation', () => {
    expect(fold('Pémérintah ÀCEH')).toBe('pemerintah aceh');
    expect(normalizeQuery('  Kémiskinan,   (ekstrem)! ')).toBe('kemiskinan ekstrem');
    expect(normalizeQuery('Kementerian PANRB')).toBe('kementerian panrb');
  });

  it('spells out the usual abbreviations, with or without a dot', () => {
    expect(normalizeQuery('Kab. Nunukan')).toBe('kabupaten nunukan');
    expect(normalizeQuery('kab nunukan')).toBe('kabupaten nunukan');
    expect(normalizeQuery('Prov. Kalimantan Utara')).toBe('provinsi kalimantan utara');
    expect(normalizeQuery('Kec. Sebatik')).toBe('kecamatan sebatik');
    expect(normalizeQuery('Pemkab Nunukan')).toBe('pemerintah kabupaten nunukan');
    expect(normalizeQuery('Pemkot Tarakan')).toBe('pemerintah kota tarakan');
    expect(normalizeQuery('Kota Tarakan')).toBe('kota tarakan');
    // Only whole words: a word that merely starts like an abbreviation stays.
    expect(normalizeQuery('Kabar Kota')).toBe('kabar kota');
  });

  it('keeps a region code in one word, and splits slugs', () => {
    expect(wordsOf('65.03.02')).toEqual(['65.03.02']);
    expect(wordsOf('pengurangan-kemiskinan')).toEqual(['pengurangan', 'kemiskinan']);
    expect(queryWords('Kab.65')).toEqual(['kabupaten', '65']);
    expect(normalizeQuery('!!! ...')).toBe('');
  });

  it('sets a region name\'s administrative type apart', () => {
    expect(splitAdminType('kabupaten nunukan')).toEqual({ type: 'REGENCY', base: 'nunukan' });
    expect(splitAdminType('kota administrasi jakarta pusat')).toEqual({ type: 'CITY', base: 'jakarta pusat' });
    expect(splitAdminType('provinsi kalimantan utara')).toEqual({ type: 'PROVINCE', base: 'kalimantan utara' });
    expect(splitAdminType('kalimantan utara')).toEqual({ type: null, base: 'kalimantan utara' });
    expect(splitAdminType('kota')).toEqual({ type: null, base: 'kota' });
  });
});

describe('Lucene queries', () => {
  it('require every word, whole or as a prefix, and escape everything', () => {
    expect(matchQuery(['nunukan'], ['kabupaten'])).toBe('+(nunukan OR nunukan*) kabupaten');
    expect(matchQuery(['a+b', 'c:d'])).toBe('+(a\\+b OR a\\+b*) +(c\\:d OR c\\:d*)');
    expect(matchQuery([])).toBeNull();
  });

  it('leave out English stop words the index drops, unless nothing else is left', () => {
    expect(matchQuery(['bank', 'of', 'indonesia'])).toBe('+(bank OR bank*) +(indonesia OR indonesia*)');
    expect(matchQuery(['of'])).toBe('+(of OR of*)');
  });

  it('cap the number of words, and of fuzzy words', () => {
    const many = Array.from({ length: 40 }, (_, i) => `word${i}`);
    expect(matchQuery(many)!.split('+(').length - 1).toBe(16);
    expect(fuzzyQuery(many)!.split(' OR ')).toHaveLength(3);
  });

  it('make fuzzy terms of the longest words, one or two edits away', () => {
    expect(fuzzyQuery(['nunukn'])).toBe('nunukn~2');
    expect(fuzzyQuery(['kab', 'di', 'kemiskinn'])).toBe('kemiskinn~2 OR kab~1');
    expect(fuzzyQuery(['di'])).toBeNull();
  });
});

const region = (key: string, name: string, level: string, score = 1, isCity: boolean | null = null): Candidate =>
  ({ kind: 'REGION', key, name, nameField: 'NAME', acronym: null, regionLevel: level, isCity, score });
const agency = (key: string, name: string, acronym: string | null = null, score = 1): Candidate =>
  ({ kind: 'AGENCY', key, name, nameField: 'NAME', acronym, regionLevel: null, isCity: null, score });
const keys = (ranked: Array<{ candidate: Candidate }>) => ranked.map((r) => r.candidate.key);

describe('ranking', () => {
  const nunukan = [
    agency('pemkab-nunukan', 'Pemerintah Kabupaten Nunukan', null, 9),
    region('65.03.02', 'Nunukan', 'DISTRICT', 5),
    region('65.03.09', 'Nunukan Selatan', 'DISTRICT', 4),
    region('65.03', 'KABUPATEN NUNUKAN', 'REGENCY', 4, false),
  ];

  it('puts the exact key first, then exact names', () => {
    const ranked = rankMatches('65.03', [region('65.03.01', 'Sebatik', 'DISTRICT', 3), region('65.03', 'KABUPATEN NUNUKAN', 'REGENCY', 1, false)]);
    expect(keys(ranked)).toEqual(['65.03', '65.03.01']);
    expect(ranked.map((r) => [r.matchedOn, r.match])).toEqual([['KEY', 'EXACT'], ['KEY', 'STARTS_WITH']]);
  });

  it('takes a region name without its type as exact, the higher level first', () => {
    const ranked = rankMatches('Nunukan', nunukan);
    expect(keys(ranked)).toEqual(['65.03', '65.03.02', '65.03.09', 'pemkab-nunukan']);
    expect(ranked.map((r) => r.match)).toEqual(['EXACT', 'EXACT', 'STARTS_WITH', 'WORDS']);
  });

  it('does not take a type the text names for another one', () => {
    const ranked = rankMatches('Kab. Nunukan', nunukan);
    expect(ranked[0]).toMatchObject({ candidate: { key: '65.03' }, match: 'EXACT', matchedOn: 'NAME' });
    expect(ranked.find((r) => r.candidate.key === '65.03.02')!.match).toBe('WORDS');
    expect(rankMatches('Kota Nunukan', nunukan)[0]!.match).not.toBe('EXACT');
    expect(rankMatches('Prov. Aceh', [region('11', 'ACEH', 'PROVINCE')])[0]!.match).toBe('EXACT');
  });

  it('matches acronyms, and ranks a short field mostly covered by the text above a long one', () => {
    const candidates = [
      { ...agency('rakor-panrb', 'Rapat Koordinasi Kementerian PANRB', null, 7), kind: 'FORUM' as const },
      agency('kemenpanrb', 'Kementerian Pendayagunaan Aparatur Negara dan Reformasi Birokrasi', 'Kementerian PANRB', 2),
    ];
    expect(rankMatches('PANRB', candidates)[0]).toMatchObject({ candidate: { key: 'kemenpanrb' }, matchedOn: 'ACRONYM', match: 'WORDS' });
    expect(rankMatches('kementerian panrb', candidates)[0]).toMatchObject({ candidate: { key: 'kemenpanrb' }, matchedOn: 'ACRONYM', match: 'EXACT' });
    expect(rankMatches('KEMENPANRB', candidates)[0]).toMatchObject({ candidate: { key: 'kemenpanrb' }, matchedOn: 'KEY', match: 'EXACT' });
  });

  it('breaks ties by level, Lucene score, kind and key, so the order is total', () => {
    const ranked = rankMatches('x', [region('b', 'X', 'DISTRICT'), region('a', 'X', 'DISTRICT'), region('c', 'X', 'PROVINCE')]);
    expect(keys(ranked)).toEqual(['c', 'a', 'b']);
  });

  it('suggests names within a few edits, the closest first', () => {
    const ranked = rankSuggestions('Nunukn', [...nunukan, region('11', 'ACEH', 'PROVINCE')]);
    expect(keys(ranked).slice(0, 2)).toEqual(['65.03', '65.03.02']);
    expect(keys(ranked)).not.toContain('11');
    expect(ranked.every((r) => r.match === 'SIMILAR')).toBe(true);
  });

  it('counts edits like Levenshtein', () => {
    expect(withinEdits('nunukn', 'nunukan')).toBe(true);
    expect(withinEdits('kemiskinn', 'kemiskinan')).toBe(true);
    expect(withinEdits('abc', 'xyz')).toBe(false);
    expect(withinEdits('aceh', 'acehx', 1)).toBe(true);
    expect(withinEdits('aceh', 'bandung')).toBe(false);
  });
});
