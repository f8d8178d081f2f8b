/**
 * CSV (src/lib/csv.ts) one special character at a time: each of comma, quote, CR, LF and
 * surrounding white space must be quoted on its own, and the reader must keep every one.
 */
import { describe, expect, it } from 'vitest';
import { csvField, objectsToCsv, parseCsv, toCsv } from '../../src/lib/csv';

describe('csvField', () => {
  it('quotes a field for each special character alone', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('a"b')).toBe('"a""b"');
    expect(csvField('a\rb')).toBe('"a\rb"');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField(' a')).toBe('" a"');
    expect(csvField('a ')).toBe('"a "');
    expect(csvField('\ta')).toBe('"\ta"');
    expect(csvField('a\t')).toBe('"a\t"');
  });

  it('leaves other text alone, HTML characters and inner spaces included', () => {
    expect(csvField('a b & <c> \'d\'')).toBe('a b & <c> \'d\'');
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
    expect(objectsToCsv(columns, [{ a: 'x,y', b: 1 }, { a: 'z', b: 2 }])).toBe('second,first\r\n1,"x,y"\r\n2,z\r\n');
  });
});

describe('parseCsv', () => {
  it('reads an empty document as no rows', () => {
    expect(parseCsv('')).toEqual([]);
  });

  it('reads a last line without a line end, also a lone empty quoted field', () => {
    expect(parseCsv('a,b\r\nc,d')).toEqual([['a', 'b'], ['c', 'd']]);
    expect(parseCsv('""')).toEqual([['']]);
    expect(parseCsv('a,')).toEqual([['a', '']]);
  });

  it('keeps a lone CR inside an unquoted field, and ends lines at LF or CRLF', () => {
    expect(parseCsv('a\rb,c\nd,e\r\n')).toEqual([['a\rb', 'c'], ['d', 'e']]);
  });

  it('keeps every special character inside quotes', () => {
    expect(parseCsv('"a,b","c""d","e\rf","g\nh","i\r\nj"," k "\r\n')).toEqual([['a,b', 'c"d', 'e\rf', 'g\nh', 'i\r\nj', ' k ']]);
  });

  it('treats a quote after the start of a field as text', () => {
    expect(parseCsv('a"b,c\r\n')).toEqual([['a"b', 'c']]);
  });

  it('accepts a closing quote before a comma, CR, LF or the end', () => {
    expect(parseCsv('"a","b"\r\n"c"\n"d"')).toEqual([['a', 'b'], ['c'], ['d']]);
  });

  it('names the character and its offset after a closing quote', () => {
    expect(() => parseCsv('x,"ab"c')).toThrow(new Error('CSV: unexpected "c" after a closing quote at offset 6.'));
    expect(() => parseCsv('"a" ,b')).toThrow(new Error('CSV: unexpected " " after a closing quote at offset 3.'));
  });

  it('refuses a quote that is never closed, even at the very end', () => {
    expect(() => parseCsv('a,"')).toThrow(new Error('CSV: a quoted field is never closed.'));
    expect(() => parseCsv('"a""')).toThrow(new Error('CSV: a quoted field is never closed.'));
  });

  it('reads back every value toCsv writes', () => {
    const header = ['id', 'value'];
    const rows = [['1', 'A, "B" & <C> \'D\'\r\nE'], ['2', '\r'], ['3', '\n'], ['4', ' '], ['5', ''], ['6', '"']];
    expect(parseCsv(toCsv(header, rows))).toEqual([header, ...rows]);
  });
});
