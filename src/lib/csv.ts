/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a header row, and fields
 * quoted with double quotes when they hold a comma, a quote, a line break, or leading or
 * trailing spaces (quotes inside are doubled).
 *
 * Text that a spreadsheet would run as a formula is neutralised as OWASP's "CSV Injection"
 * guidance says: a text cell that begins with =, +, -, @, a tab or a carriage return gets a
 * single quote in front and is always quoted, so Excel, LibreOffice and Google Sheets show
 * it as text. Numbers are left as numbers: -122.99 is a longitude, not a formula, and a
 * spreadsheet reads it as the number it is. Only values typed as numbers get that
 * exemption; the text "-1+1" is neutralised like any other text.
 */

/** A value a CSV cell can hold; undefined and null become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** The first characters that make a spreadsheet read a cell as a formula (OWASP). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** True when a spreadsheet would treat this text as a formula. */
export function startsLikeFormula(text: string): boolean {
  return FORMULA_START.test(text);
}

/** One cell, quoted when needed; text that starts like a formula gets a leading ' and quotes. */
export function csvField(value: CsvValue): string {
  if (typeof value === 'string' && startsLikeFormula(value)) return `"'${value.replaceAll('"', '""')}"`;
  const text = value === null || value === undefined ? '' : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV document: the header row, then one line per row, each ending in CRLF. */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  for (const [i, row] of rows.entries()) {
    if (row.length !== header.length) {
      throw new Error(`CSV row ${i + 1} has ${row.length} cells but the header has ${header.length}.`);
    }
  }
  return [header, ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/** CSV from objects: one column per key of `columns`, in that order. */
export function objectsToCsv<T>(columns: readonly (readonly [string, (item: T) => CsvValue])[], items: readonly T[]): string {
  return toCsv(
    columns.map(([name]) => name),
    items.map((item) => columns.map(([, get]) => get(item))),
  );
}
