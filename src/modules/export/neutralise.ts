/**
 * Spreadsheet formula injection (OWASP, "CSV Injection"): Excel, LibreOffice and Google Sheets
 * run a cell that starts with `=`, `+`, `-` or `@` as a formula (`=HYPERLINK(...)`, `=cmd|...`),
 * and a leading tab or carriage return can hide such a start. Every CSV and XLSX cell the product
 * writes goes through this: a text value that starts with one of those characters gets a single
 * quote in front (`'=HYPERLINK(...)`), which spreadsheets show as text and never evaluate.
 *
 * Numbers are not text: a number value (-5, -0.25) is written as a number and left as it is, so
 * it stays a number in Excel and pandas. A text value that merely looks like a number ("-5"
 * stored as a string) is text and gets the quote. Booleans, null and undefined pass unchanged.
 *
 * Pure and dependency-free: the server's exports and the workbench's downloads (web/app) share it.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseText(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function neutraliseCell<T>(value: T): T | string {
  return typeof value === 'string' ? neutraliseText(value) : value;
}
