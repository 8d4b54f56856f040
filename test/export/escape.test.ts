import { describe, expect, it } from 'vitest';
import { attributesFromCypherTypes, attributesFromNodes, scalar } from '../../src/modules/export/attributes.js';
import { cypherName, cypherString, cypherValue } from '../../src/modules/export/cypherScript.js';
import { exportFileName } from '../../src/modules/export/formats.js';
import { xmlComment, xmlText } from '../../src/modules/export/xml.js';

describe('Cypher literals', () => {
  it('escapes quotes, backslashes and control characters, and keeps other Unicode as it is', () => {
    expect(cypherString("Dinas 'A' \\ B\nC\tD\u0001 Ñusantara 🌏")).toBe("'Dinas \\'A\\' \\\\ B\\nC\\tD\\u0001 Ñusantara 🌏'");
  });

  it('writes numbers, booleans, lists and names Cypher accepts', () => {
    expect([cypherValue(2022), cypherValue(1.5), cypherValue(false), cypherValue(['a', "b'"]), cypherValue(null)]).toEqual(['2022', '1.5', 'false', "['a', 'b\\'']", undefined]);
    expect([cypherValue(Number.NaN), cypherValue(-Infinity)]).toEqual(['NaN', '-Infinity']);
    expect([cypherName('startYear'), cypherName('odd name'), cypherName('a`b')]).toEqual(['startYear', '`odd name`', '`a``b`']);
  });
});

describe('XML text', () => {
  it('escapes markup and drops the characters XML 1.0 forbids', () => {
    expect(xmlText('<a href="x">&\'</a>\u0001\uFFFE')).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&apos;&lt;/a&gt;');
    expect(xmlText('line\nbreak')).toBe('line&#10;break');
    expect(xmlComment('a -- b -')).toBe('<!-- a - - b -  -->');
  });
});

describe('declared attributes', () => {
  it('types properties from Cypher value types: lists as JSON text, mixed numbers as double, clashes renamed, id left out', () => {
    expect(attributesFromCypherTypes([
      { name: 'id', types: ['STRING NOT NULL'] },
      { name: 'kind', types: ['STRING NOT NULL'] },
      { name: 'sourceRefs', types: ['LIST<STRING NOT NULL> NOT NULL'] },
      { name: 'startYear', types: ['INTEGER NOT NULL'] },
      { name: 'share', types: ['INTEGER NOT NULL', 'FLOAT NOT NULL'] },
      { name: 'odd', types: ['INTEGER NOT NULL', 'STRING NOT NULL'] },
    ])).toEqual([
      { property: 'odd', name: 'odd', type: 'string' },
      { property: 'kind', name: 'prop_kind', type: 'string' },
      { property: 'share', name: 'share', type: 'double' },
      { property: 'sourceRefs', name: 'sourceRefs', type: 'list' },
      { property: 'startYear', name: 'startYear', type: 'long' },
    ]);
  });

  it('types properties of nodes in memory the same way', () => {
    const node = (properties: Record<string, unknown>) => ({ id: 'Theme:t', kind: 'THEME' as const, key: 't', label: 't', distance: 0, properties });
    expect(attributesFromNodes([node({ id: 't', level: 1, flag: true }), node({ level: 2.5, tags: ['x'] })])).toEqual([
      { property: 'flag', name: 'flag', type: 'boolean' },
      { property: 'level', name: 'level', type: 'double' },
      { property: 'tags', name: 'tags', type: 'list' },
    ]);
    expect([scalar(['a', 'b'], 'list'), scalar(3, 'long'), scalar(undefined, 'string'), scalar(7, 'string')]).toEqual(['["a","b"]', 3, undefined, '7']);
  });
});

describe('file names', () => {
  it('are kolaborasi-<kind>-<YYYYMMDD-HHMMSS>.<ext>, in UTC', () => {
    expect(exportFileName('network', 'nodes.csv', new Date('2026-11-23T02:03:04.567Z'))).toBe('kolaborasi-network-20261123-020304.nodes.csv');
  });
});
