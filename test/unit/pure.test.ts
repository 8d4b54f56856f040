import { describe, expect, it } from 'vitest';
import { fillTemplate } from '../../src/db/cypher.js';
import { toFulltextQuery } from '../../src/modules/nodes/fulltext.js';
import { decodeCursor, encodeCursor } from '../../src/modules/shared/paging.js';
import { parsePageArgs } from '../../src/graphql/connection.js';
import { createSchema, updateSchema, checkNode, measurementId } from '../../src/model/validation.js';
import { BadUserInputError } from '../../src/errors.js';

describe('fillTemplate', () => {
  it('fills slots with identifiers', () => {
    expect(fillTemplate('MATCH (n:__Label__ {__key__: $key})', { Label: 'Agency', key: 'id' })).toBe('MATCH (n:Agency {id: $key})');
  });
  it('refuses anything that is not an identifier, and unknown slots', () => {
    expect(() => fillTemplate('MATCH (n:__Label__)', { Label: 'Agency) DETACH DELETE (n' })).toThrow(/non-identifier/);
    expect(() => fillTemplate('MATCH (n:__Label__)', {})).toThrow(/has no value/);
  });
});

describe('toFulltextQuery', () => {
  it('makes every word a required prefix, lowercased and escaped', () => {
    expect(toFulltextQuery('Arsip  Nasional')).toBe('arsip* AND nasional*');
    expect(toFulltextQuery('a+b (c)')).toBe('a\\+b* AND \\(c\\)*');
  });
  it('is null for blank input', () => {
    expect(toFulltextQuery('   ')).toBeNull();
    expect(toFulltextQuery(null)).toBeNull();
  });
});

describe('cursors', () => {
  it('round-trip a key and refuse anything else', () => {
    expect(decodeCursor(encodeCursor('32.73'))).toBe('32.73');
    expect(() => decodeCursor('bm9wZQ')).toThrow(BadUserInputError);
  });
  it('default the page size to 20 and bound it', () => {
    expect(parsePageArgs({})).toEqual({ first: 20, after: null });
    expect(() => parsePageArgs({ first: 1000 })).toThrow('first: must be at most 100');
  });
});

describe('mutation input rules', () => {
  it('turns sources into the two stored lists', () => {
    const props = createSchema('Agency').parse({ id: 'bkn', name: ' BKN ', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL', sources: [{ ref: 'a.txt', title: 'A' }] });
    expect(props).toEqual({ id: 'bkn', name: 'BKN', kind: 'NON_MINISTERIAL_AGENCY', level: 'NATIONAL', sourceRefs: ['a.txt'], sourceTitles: ['A'] });
  });
  it('refuses bad slugs, empty names and years out of range, naming the field', () => {
    const result = createSchema('Program').safeParse({ id: 'Bad Id', name: '  ', track: 'OTHER', status: 'ACTIVE', startYear: 1800 });
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((issue) => issue.path.join('.')).sort()).toEqual(['id', 'name', 'startYear']);
  });
  it('lets an update clear optional fields but not required ones, and refuses unknown fields', () => {
    expect(updateSchema('Agency').parse({ acronym: null })).toEqual({ acronym: null });
    expect(updateSchema('Agency').safeParse({ name: null }).success).toBe(false);
    expect(updateSchema('Agency').safeParse({ colour: 'red' }).success).toBe(false);
  });
  it('checks year order across fields', () => {
    expect(checkNode('Program', { startYear: 2024, endYear: 2020 })).toEqual([{ field: 'endYear', message: 'must not be before startYear (2024)' }]);
    expect(checkNode('Program', { startYear: 2020, endYear: null })).toEqual([]);
  });
  it('keys measurements by indicator, year and region', () => {
    expect(measurementId('indeks-spbe', 2024, '11')).toBe('indeks-spbe:2024:11');
    expect(measurementId('indeks-spbe', 2024, null)).toBe('indeks-spbe:2024:ID');
  });
});
