/** CSV writing and reading against the rules of RFC 4180. */
import { describe, expect, it } from 'vitest';
import { csvField, objectsToCsv, parseCsv, toCsv } from '../../src/lib/csv';

describe('toCsv', () => {
  it('writes a header and rows with CRLF line ends, quoting only where needed', () => {
    const csv = toCsv(['id', 'note', 'count', 'done'], [
      ['e2ee', 'Keys, rotated', 3, false],
      ['bounty', 'He said "fine"', 0, true],
      ['multi', 'line one\nline two', null, undefined],
    ]);
    expect(csv).toBe(
      'id,note,count,done\r\n' +
        'e2ee,"Keys, rotated",3,false\r\n' +
        'bounty,"He said ""fine""",0,true\r\n' +
        'multi,"line one\nline two",,\r\n',
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
});

describe('parseCsv', () => {
  it('reads the RFC 4180 examples', () => {
    expect(parseCsv('aaa,bbb,ccc\r\nzzz,yyy,xxx\r\n')).toEqual([['aaa', 'bbb', 'ccc'], ['zzz', 'yyy', 'xxx']]);
    expect(parseCsv('aaa,bbb,ccc\r\nzzz,yyy,xxx')).toEqual([['aaa', 'bbb', 'ccc'], ['zzz', 'yyy', 'xxx']]);
    expect(parseCsv('"aaa","b\r\nbb","ccc"\r\n')).toEqual([['aaa', 'b\r\nbb', 'ccc']]);
    expect(parseCsv('"aaa","b""bb","ccc"\r\n')).toEqual([['aaa', 'b"bb', 'ccc']]);
  });

  it('keeps empty fields, also at the end of a line', () => {
    expect(parseCsv('a,,\r\n,"",x\n')).toEqual([['a', '', ''], ['', '', 'x']]);
  });

  it('rejects broken quoting', () => {
    expect(() => parseCsv('"open,field\r\n')).toThrow(/never closed/);
    expect(() => parseCsv('"a"b,c\r\n')).toThrow(/after a closing quote/);
  });

  it('reads back what toCsv wrote', () => {
    const rows = [['id', 'text'], ['1', 'Ampersands & <angle> "quotes", commas\r\nand lines'], ['2', ' edge ']];
    expect(parseCsv(toCsv(rows[0]!, rows.slice(1)))).toEqual(rows);
  });
});
