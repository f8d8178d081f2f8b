/**
 * What every built site must hold however little content it has (a new site, one post, no
 * commitments): no page says NaN, undefined or Infinity; every feed parses with a real feed
 * parser; every calendar parses with ical.js; every JSON file parses; every CSV has its
 * header; the HTML is valid and every internal link resolves. Returns each problem as a line.
 */
import { parseFeed } from '@rowanmanning/feed-parser';
import { parse as parseCsv } from 'csv-parse/sync';
import { XMLValidator } from 'fast-xml-parser';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findBrokenLinks, listFiles, listPages, readPage } from '../../scripts/lib/dist-files';
import { validateHtml } from '../../scripts/lib/output-gates';

/** Words a page shows only when a number or a value went missing. */
const BROKEN = /\b(NaN|undefined|Infinity)\b|\[object Object\]|Day 0\b|Day -\d/;

/** Every problem of a built site, as "file: what" lines (empty when sound). */
export async function siteSoundnessProblems(dist: string): Promise<string[]> {
  const problems: string[] = [];
  const files = listFiles(dist);
  for (const file of listPages(dist)) {
    const page = readPage(dist, file);
    // The visible text of the page body (the verification page quotes code, and scripts are not text).
    const body = page.querySelector('main') ?? page;
    for (const code of body.querySelectorAll('code, pre, script')) code.remove();
    const broken = BROKEN.exec(body.text);
    if (broken) problems.push(`${file}: shows "${broken[0]}"`);
  }
  for (const file of files.filter((f) => /(^|\/)(rss|atom)\.xml$/.test(f))) {
    const text = readFileSync(join(dist, file), 'utf8');
    if (XMLValidator.validate(text) !== true) problems.push(`${file}: not well-formed XML`);
    else {
      try {
        const feed = parseFeed(text);
        if (!feed.title) problems.push(`${file}: the feed has no title`);
      } catch (error) {
        problems.push(`${file}: the feed parser refuses it (${(error as Error).message})`);
      }
    }
  }
  for (const file of files.filter((f) => f.endsWith('.json'))) {
    try {
      const data = JSON.parse(readFileSync(join(dist, file), 'utf8'));
      if (file === 'feed.json' && (data.version !== 'https://jsonfeed.org/version/1.1' || !Array.isArray(data.items) || !data.title)) {
        problems.push(`${file}: not a JSON Feed 1.1 with a title and a list of items`);
      }
    } catch (error) {
      problems.push(`${file}: not JSON (${(error as Error).message})`);
    }
  }
  for (const file of files.filter((f) => f.endsWith('.ics'))) {
    try {
      const calendar = new ICAL.Component(ICAL.parse(readFileSync(join(dist, file), 'utf8')));
      if (calendar.name !== 'vcalendar') problems.push(`${file}: not a VCALENDAR`);
    } catch (error) {
      problems.push(`${file}: ical.js refuses it (${(error as Error).message})`);
    }
  }
  for (const file of files.filter((f) => f.endsWith('.csv'))) {
    const rows = parseCsv(readFileSync(join(dist, file), 'utf8')) as string[][];
    if (rows.length === 0 || rows[0]!.length < 2) problems.push(`${file}: no header row`);
  }
  for (const error of await validateHtml(dist)) problems.push(`${error.file}:${error.at}: ${error.rule} ${error.message}`);
  for (const link of findBrokenLinks(dist)) problems.push(`broken link: ${JSON.stringify(link)}`);
  return problems;
}
