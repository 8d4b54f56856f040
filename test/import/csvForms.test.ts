import { describe, expect, it } from 'vitest';
import { closest } from '../../src/modules/import/didYouMean.js';
import { delimiterOfHeader } from '../../src/modules/import/sources/csvDialect.js';

describe('the CSV delimiter, from the header line', () => {
  it('is the comma or the semicolon, whichever appears more often outside quotes', () => {
    expect(delimiterOfHeader('id,name,helix\nx;y;z')).toBe(',');
    expect(delimiterOfHeader('id;name;helix\r\nx,y,z')).toBe(';');
    expect(delimiterOfHeader('"id;a";"name;b",helix\n')).toBe(',');
    expect(delimiterOfHeader('"id,x,y";name;helix')).toBe(';');
  });

  it('is the comma for a header of one column, and a quoted line break does not end the header', () => {
    expect(delimiterOfHeader('id\nx;y;z')).toBe(',');
    expect(delimiterOfHeader('"i\nd";name;helix')).toBe(';');
  });
});

describe('"did you mean"', () => {
  it('names the closest candidate for a slip: a swapped, missing or extra letter, another case', () => {
    expect(closest('nmae', ['id', 'name', 'acronym', 'helix'])).toBe('name');
    expect(closest('partner.csv', ['partners.csv', 'programs.csv'])).toBe('partners.csv');
    expect(closest('links/participates_in.csv', ['links/PARTICIPATES_IN.csv', 'links/HOLDS.csv'])).toBe('links/PARTICIPATES_IN.csv');
    expect(closest('helixx', ['helix', 'name'])).toBe('helix');
  });

  it('names nothing for a different word', () => {
    expect(closest('colour', ['id', 'name', 'acronym', 'kind', 'level'])).toBeUndefined();
    expect(closest('zzz.csv', ['partners.csv', 'forums.csv'])).toBeUndefined();
    expect(closest('ab', ['id'])).toBeUndefined();
  });
});
