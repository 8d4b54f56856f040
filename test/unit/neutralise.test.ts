import { parse as parseCsv } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import writeXlsxFile from 'write-excel-file/node';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, neutraliseText } from '../../src/modules/export/neutralise.js';
import { csvRow } from '../../src/modules/export/csv.js';
import { toCsv, xlsxCells } from '../../web/app/components/downloads.js';

const HYPERLINK = '=HYPERLINK("http://x","y")';

describe('neutraliseCell (OWASP, CSV injection)', () => {
  it('puts a single quote before text that starts with = + - @ tab or carriage return, and nowhere else', () => {
    expect(['=1+1', '+62 21', '-5', '@SUM(A1)', '\tx', '\rx'].map(neutraliseText)).toEqual(["'=1+1", "'+62 21", "'-5", "'@SUM(A1)", "'\tx", "'\rx"]);
    expect(['Kab. Nunukan', ' =x', "'=x", '', 'a=b', '#tag'].map(neutraliseText)).toEqual(['Kab. Nunukan', ' =x', "'=x", '', 'a=b', '#tag']);
  });

  it('leaves numbers, booleans and empty cells as they are: -5 stays a number', () => {
    expect([neutraliseCell(-5), neutraliseCell(-0.25), neutraliseCell(true), neutraliseCell(null), neutraliseCell(undefined)]).toEqual([-5, -0.25, true, null, undefined]);
  });

  it('the server CSV row: text neutralised and quoted, numbers bare', () => {
    expect(csvRow([HYPERLINK, -5, '-5', null, true])).toBe(`"'=HYPERLINK(""http://x"",""y"")",-5,"'-5",,true\n`);
  });
});

describe('the workbench downloads', () => {
  it('CSV: a cell named =HYPERLINK(...) is inert, a number -5 stays -5, with the BOM Excel wants', () => {
    const csv = toCsv(['name', 'value'], [[HYPERLINK, -5], ['@x', 3]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(csv, { columns: true, bom: true, relax_column_count: false }) as Array<Record<string, string>>;
    expect(rows).toEqual([{ name: `'${HYPERLINK}`, value: '-5' }, { name: "'@x", value: '3' }]);
  });

  it('XLSX: the sheet written by write-excel-file holds the neutralised text as a string and no formula; -5 as a number', async () => {
    const data = xlsxCells(['name', 'value'], [[HYPERLINK, -5]]);
    const buffer = await writeXlsxFile(data as never, { sheet: 'Data' }).toBuffer();
    const files = unzipSync(new Uint8Array(buffer));
    const sheetName = Object.keys(files).find((name) => /^xl\/worksheets\/sheet\d+\.xml$/.test(name))!;
    const sheet = strFromU8(files[sheetName]!);
    const strings = files['xl/sharedStrings.xml'] ? strFromU8(files['xl/sharedStrings.xml']) : '';
    expect(sheet).not.toMatch(/<f[ >]/);
    // A2 is a shared string (t="s"), the quoted text; never a formula.
    expect(sheet).toMatch(/<c r="A2" t="s"><v>\d+<\/v><\/c>/);
    expect(strings).toContain(`<t>'${HYPERLINK}</t>`);
    expect(sheet).toMatch(/<c r="B2"[^>]*><v>-5<\/v><\/c>/);
  });
});
