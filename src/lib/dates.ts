/** Date arithmetic and formatting for the plan and the pages. */

const DAY_MS = 86_400_000;

/**
 * Intl.DateTimeFormat instances, one per locale, zone and style. Creating one costs far more
 * than formatting with it, and a build formats dates hundreds of thousands of times.
 */
const formatters = new Map<string, Intl.DateTimeFormat>();

/** The cached formatter for a locale and options (the key names the style). */
function formatter(style: string, lang: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${style}|${lang}|${options.timeZone ?? ''}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, format);
  }
  return format;
}

/** The calendar day (YYYY-MM-DD) of a moment in a time zone. */
export function dayInZone(date: Date, timeZone: string): string {
  return formatter('day', 'en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/** Whole days from one ISO calendar day to another (positive when `to` is later). */
export function daysBetween(fromDay: string, toDay: string): number {
  return Math.round((Date.parse(`${toDay}T00:00:00Z`) - Date.parse(`${fromDay}T00:00:00Z`)) / DAY_MS);
}

/** Day N of the plan for a moment (day 1 is the start day); below 1 before the plan, above its length after. */
export function planDay(planStart: string, date: Date, timeZone: string): number {
  return daysBetween(planStart, dayInZone(date, timeZone)) + 1;
}

/** A long date such as "4 September 2026". */
export function formatDate(date: Date, lang: string, timeZone: string): string {
  return formatter('long-date', lang, { dateStyle: 'long', timeZone }).format(date);
}

/** A date and time with the zone's short name, e.g. "3 September 2026 at 09:00 PDT". */
export function formatDateTime(date: Date, lang: string, timeZone: string): string {
  return formatter('date-time', lang, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/** The machine-readable value for a <time datetime> attribute. */
export function isoString(date: Date): string {
  return date.toISOString();
}

/** Adds minutes to a moment. */
export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
