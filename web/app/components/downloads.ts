import { stringify } from 'csv-stringify/browser/esm/sync';
import { neutraliseCell } from '../../../src/modules/export/neutralise.js';

export type CellValue = string | number | boolean | null | undefined;

export interface SheetColumn {
  readonly header: string;
  readonly values: readonly CellValue[];
}

/** A table as rows of plain values under its headers: what both files hold. */
export function tableRows(columns: readonly { header: string }[], rows: readonly CellValue[][]): CellValue[][] {
  return [columns.map((column) => column.header), ...rows];
}

function save(blob: Blob, fileName: string) {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * CSV as spreadsheets and pandas read it: UTF-8 with a byte-order mark (so Excel shows
 * "Kabupaten Tojo Una-Una" and accents right), comma-separated, numbers with a decimal point and
 * no grouping. Excel set to Indonesian splits on semicolons; the XLSX download is for it.
 * Text cells that start with =, +, -, @, a tab or a carriage return get a leading ' (formula
 * injection, src/modules/export/neutralise.ts, as the server's exports); numbers stay numbers.
 */
export function toCsv(headers: readonly string[], rows: readonly CellValue[][]): string {
  return stringify(
    [headers.map(neutraliseCell), ...rows.map((row) => row.map((cell) => (cell == null ? '' : neutraliseCell(cell))))],
    { bom: true, cast: { boolean: (value) => (value ? 'true' : 'false') } },
  );
}

/** The XLSX sheet's cells: a bold header row, then the rows; text neutralised as in toCsv, numbers kept as numbers. */
export function xlsxCells(headers: readonly string[], rows: readonly CellValue[][]) {
  return [
    headers.map((header) => ({ value: neutraliseCell(header), fontWeight: 'bold' as const })),
    ...rows.map((row) => row.map((cell) => (cell == null ? null : { value: neutraliseCell(cell) }))),
  ];
}

export function downloadCsv(fileName: string, headers: readonly string[], rows: readonly CellValue[][]) {
  save(new Blob([toCsv(headers, rows)], { type: 'text/csv;charset=utf-8' }), `${fileName}.csv`);
}

/** XLSX with a bold, frozen header row; numbers stay numbers. The writer loads only when asked. */
export async function downloadXlsx(fileName: string, sheetName: string, headers: readonly string[], rows: readonly CellValue[][]) {
  const { default: writeXlsxFile } = await import('write-excel-file/browser');
  const data = xlsxCells(headers, rows);
  const widths = headers.map((header, index) => ({
    width: Math.min(60, Math.max(header.length, ...rows.slice(0, 200).map((row) => String(row[index] ?? '').length)) + 2),
  }));
  const blob = await writeXlsxFile(data as never, { sheet: sheetName.slice(0, 31).replace(/[[\]:*?/\\]/g, ' '), stickyRowsCount: 1, columns: widths }).toBlob();
  save(blob, `${fileName}.xlsx`);
}
