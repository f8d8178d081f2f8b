/**
 * How pages show the records' dates (src/data/open-data.ts) in the site's words
 * ("1 September 2026"): a moment on the calendar day day() gives it, a calendar day as written.
 */
import { formatDate } from '../lib/dates';
import { site } from '../site.config';
import { day } from './open-data';

/** A calendar day (YYYY-MM-DD) as pages in `lang` show it (the main language's by default). */
export function showDay(value: string, lang: string = site.lang): string {
  return formatDate(new Date(`${value}T12:00:00Z`), lang, 'UTC');
}

/** A moment as pages in `lang` show it, on the same calendar day as day() gives. */
export function showDate(date: Date, lang: string = site.lang): string {
  return showDay(day(date), lang);
}
