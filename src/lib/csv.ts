/**
 * CSV as RFC 4180 describes it: comma-separated, CRLF line ends, a header row, and fields
 * quoted with double quotes when they hold a comma, a quote, a line break, or leading or
 * trailing spaces (quotes inside are doubled).
 */

/** A value a CSV cell can hold; undefined and null become an empty cell. */
export type CsvValue = string | number | boolean | null | undefined;

/** One cell, quoted when needed. */
export function csvField(value: CsvValue): string {
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

/**
 * Parses an RFC 4180 document into rows of strings (CRLF or LF line ends; a final line
 * end is optional). Throws on a quote that is never closed or text after a closing quote.
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let i = 0;
  let quoted = false;
  let fieldStarted = false;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
    quoted = false;
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
        i += 1;
        const next = text[i];
        if (next !== undefined && next !== ',' && next !== '\r' && next !== '\n') {
          throw new Error(`CSV: unexpected "${next}" after a closing quote at offset ${i}.`);
        }
        continue;
      }
      field += c;
      i += 1;
      continue;
    }
    if (c === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      i += 1;
    } else if (c === ',') {
      endField();
      i += 1;
    } else if (c === '\r' && text[i + 1] === '\n') {
      endRow();
      i += 2;
    } else if (c === '\n') {
      endRow();
      i += 1;
    } else {
      field += c;
      fieldStarted = true;
      i += 1;
    }
  }
  if (quoted) throw new Error('CSV: a quoted field is never closed.');
  if (fieldStarted || row.length > 0) endRow();
  return rows;
}
