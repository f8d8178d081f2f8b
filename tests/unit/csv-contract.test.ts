/**
 * CSV (src/lib/csv.ts) one special character at a time: each of comma, quote, CR, LF and
 * surrounding white space must be quoted on its own, text a spreadsheet would run as a formula
 * gets a leading ', and csv-parse must read every cell back.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { csvField, objectsToCsv, toCsv } from '../../src/lib/csv';

describe('csvField', () => {
  it('quotes a field for each special character alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('a ')).toBe('"a "');
    expect(csvField('\ta')).toBe('"\'\ta"');
    expect(csvField('a\t')).toBe('"a\t"');
  });

  it('leaves other text alone, HTML characters and inner spaces included', () => {
    expect(csvField("a b & <c> 'd'")).toBe("a b & <c> 'd'");
    expect(csvField('')).toBe('');
  });

  it('doubles every quote, not only the first', () => {
    expect(csvField('""x""')).toBe('"""""x"""""');
  });

  it('writes numbers, booleans and empty values', () => {
    expect([0, -1.5, true, false, null, undefined].map(csvField)).toEqual(['0', '-1.5', 'true', 'false', '', '']);
  });
});

describe('toCsv', () => {
  it('writes a header alone when there are no rows', () => {
    expect(toCsv(['a', 'b'], [])).toBe('a,b\r\n');
  });

  it('refuses a row longer than the header, naming the row and both lengths', () => {
    expect(() => toCsv(['a'], [['1'], ['1', '2']])).toThrow(new Error('CSV row 2 has 2 cells but the header has 1.'));
  });

  it('quotes header cells too', () => {
    expect(toCsv(['a,b', 'c'], [['1', '2']])).toBe('"a,b",c\r\n1,2\r\n');
  });
});

describe('objectsToCsv', () => {
  it('writes each column in the order given, for every item', () => {
    const columns = [
      ['second', (x: { a: string; b: number }) => x.b],
      ['first', (x: { a: string; b: number }) => x.a],
    ] as const;
    expect(
      objectsToCsv(columns, [
        { a: 'x,y', b: 1 },
        { a: 'z', b: 2 },
      ]),
    ).toBe('second,first\r\n1,"x,y"\r\n2,z\r\n');
  });
});

describe('formula neutralisation (OWASP CSV injection)', () => {
  it('puts a quote in front of text starting with = + - @ tab or CR, and quotes it', () => {
    expect(csvField('=1+2')).toBe(`"'=1+2"`);
    expect(csvField('+x')).toBe(`"'+x"`);
    expect(csvField('-5')).toBe(`"'-5"`);
    expect(csvField('@x')).toBe(`"'@x"`);
    expect(csvField('\tx')).toBe(`"'\tx"`);
    expect(csvField('\rx')).toBe(`"'\rx"`);
  });

  it('doubles quotes inside neutralised text', () => {
    expect(csvField('=HYPERLINK("http://e.example")')).toBe(`"'=HYPERLINK(""http://e.example"")"`);
  });

  it('leaves numbers alone, negative ones included, and formula characters after the start', () => {
    expect(csvField(-5)).toBe('-5');
    expect(csvField(-122.99)).toBe('-122.99');
    expect(csvField('a=1')).toBe('a=1');
    expect(csvField('1-2')).toBe('1-2');
    expect(csvField('x@y')).toBe('x@y');
    expect(csvField("'=1")).toBe("'=1");
  });
});

describe('toCsv read back with csv-parse', () => {
  it('reads back every special character inside one cell each', () => {
    const header = ['id', 'value'];
    const rows = [
      ['1', 'A, "B" & <C> \'D\'\r\nE'],
      ['2', '\n'],
      ['3', ' '],
      ['4', ''],
      ['5', '"'],
      ['6', 'a\rb'],
    ];
    expect(parse(toCsv(header, rows))).toEqual([
      ['id', 'value'],
      ['1', 'A, "B" & <C> \'D\'\r\nE'],
      ['2', '\n'],
      ['3', ' '],
      ['4', ''],
      ['5', '"'],
      ['6', 'a\rb'],
    ]);
  });

  it('reads formula-like text back with its leading quote, cell by cell', () => {
    const csv = toCsv(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], [['=1+2', '-5', -5, '@x', '\tx', '\rx', '+x', '\r']]);
    expect(parse(csv)).toEqual([
      ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'],
      ["'=1+2", "'-5", '-5', "'@x", "'\tx", "'\rx", "'+x", "'\r"],
    ]);
  });

  it('writes the exact bytes of a neutralised row', () => {
    expect(toCsv(['a', 'b'], [['=1+2', -5]])).toBe(`a,b\r\n"'=1+2",-5\r\n`);
  });
});
