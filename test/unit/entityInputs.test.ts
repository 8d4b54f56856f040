import { describe, expect, it } from 'vitest';
import { parseArgs } from '../../src/graphql/validation.js';
import { BadUserInputError } from '../../src/errors.js';
import { LinkInput, UnlinkInput } from '../../src/modules/nodes/input.js';
import { CreateRegionInput } from '../../src/modules/region/input.js';
import { defineList } from '../../src/modules/nodes/listStore.js';

/** The issues parseArgs reports for `value`, as `field: message`; [] when it parses. */
function issuesOf(schema: Parameters<typeof parseArgs>[0], value: unknown): string[] {
  try {
    parseArgs(schema, value, 'input');
    return [];
  } catch (error) {
    if (!(error instanceof BadUserInputError)) throw error;
    return error.issues.map((issue) => `${issue.field}: ${issue.message}`);
  }
}

describe('LinkInput and UnlinkInput', () => {
  it('parse a link to what the service takes', () => {
    expect(parseArgs(LinkInput, { relation: 'PARTICIPATES_IN', from: 'bappenas', to: 'satu-data', role: 'LEAD' }, 'input'))
      .toEqual({ relation: 'PARTICIPATES_IN', from: 'bappenas', to: 'satu-data', role: 'LEAD' });
    expect(parseArgs(UnlinkInput, { relation: 'COVERS', from: 'satu-data', to: '32.73' }, 'input'))
      .toEqual({ relation: 'COVERS', from: 'satu-data', to: '32.73', role: null });
  });
  it('check each end against the label the relation puts there, one failure at a time', () => {
    expect(issuesOf(LinkInput, { relation: 'COVERS', from: 'Bad Slug', to: 'nowhere' }))
      .toEqual([expect.stringMatching(/^input\.from: must be a slug/)]);
    expect(issuesOf(LinkInput, { relation: 'COVERS', from: 'satu-data', to: 'nowhere' }))
      .toEqual([expect.stringMatching(/^input\.to: must be an official region code/)]);
    expect(issuesOf(LinkInput, { relation: 'OWNS', from: 'a', to: 'b' })).toEqual([expect.stringMatching(/^input\.relation: must be one of HOLDS/)]);
  });
  it('ask for a role exactly where the relation has roles', () => {
    expect(issuesOf(LinkInput, { relation: 'PARTICIPATES_IN', from: 'a', to: 'b' }))
      .toEqual(['input.role: is required for PARTICIPATES_IN: one of LEAD, IMPLEMENTER, FUNDER, SUPPORTER']);
    expect(issuesOf(LinkInput, { relation: 'PARTNERS_IN', from: 'a', to: 'b', role: 'LEAD' }))
      .toEqual([expect.stringMatching(/^input\.role: must be one of .* for PARTNERS_IN$/)]);
    expect(issuesOf(LinkInput, { relation: 'HOLDS', from: 'a', to: 'b', role: 'LEAD' })).toEqual(['input.role: must be left out: HOLDS has no role']);
    expect(issuesOf(LinkInput, { relation: 'HOLDS', from: 'a', to: 'b', role: null })).toEqual([]);
  });
});

describe('CreateRegionInput', () => {
  const regency = { code: '32.73', name: 'Kota Bandung', level: 'REGENCY', parent: '32' };
  it('parses to the properties, the level and the parent', () => {
    expect(parseArgs(CreateRegionInput, regency, 'input')).toEqual({ props: { code: '32.73', name: 'Kota Bandung' }, level: 'REGENCY', parent: '32' });
    expect(parseArgs(CreateRegionInput, { code: 'ID', name: 'Indonesia', level: 'COUNTRY' }, 'input').parent).toBeNull();
  });
  it('reports level and parent first, then the fields, then the parent rule, then the code shape', () => {
    expect(issuesOf(CreateRegionInput, { ...regency, level: 'CITY', name: '' })).toEqual([expect.stringMatching(/^input\.level: /)]);
    expect(issuesOf(CreateRegionInput, { ...regency, name: '', parent: undefined })).toEqual(['input.name: must not be empty']);
    expect(issuesOf(CreateRegionInput, { ...regency, parent: undefined })).toEqual(['input.parent: is required for a REGENCY (a PROVINCE code)']);
    expect(issuesOf(CreateRegionInput, { code: 'ID', name: 'Indonesia', level: 'COUNTRY', parent: '32' })).toEqual(['input.parent: must be left out for the COUNTRY']);
    expect(issuesOf(CreateRegionInput, { ...regency, code: '32' })).toEqual(['input.code: must be a REGENCY code like "32.73"']);
  });
});

describe('defineList', () => {
  it('joins the search head, the list\'s own MATCH and WHERE, and the paging tail keyed by the label\'s key', () => {
    const agencies = defineList('Agency').text;
    const regions = defineList('Region').text;
    expect(agencies.indexOf("db.index.fulltext.queryNodes('name_search'")).toBeLessThan(agencies.indexOf('MATCH (n:Agency)'));
    expect(agencies.indexOf('MATCH (n:Agency)')).toBeLessThan(agencies.indexOf('ORDER BY'));
    expect(agencies).toContain('n.id ASC');
    expect(regions).toContain('n.code ASC');
    expect(regions).toContain('matched[i].code = $after');
    expect(regions).not.toContain('__');
  });
});
