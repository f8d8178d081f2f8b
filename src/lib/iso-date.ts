/**
 * Reads an ISO 8601 date or date-time as written, checking the calendar: 2026-02-30,
 * month 13, hour 25 or an offset of +25:00 are refused with a sentence that names the value
 * and the fix, instead of rolling over into another, real moment as JavaScript's Date does.
 */

const ISO = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?(Z|([+-])(\d{2}):(\d{2})))?$/;
const TIME_WITHOUT_OFFSET = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?$/;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The outcome of reading a date: the moment, or why the text is not one. */
export type IsoDateResult = { ok: true; date: Date } | { ok: false; problem: string; what: string; fix: string };

/** A failed reading: what is wrong, how to fix it, and the two as one sentence pair. */
function fail(what: string, fix: string): IsoDateResult {
  return { ok: false, problem: `${what}. ${fix}`, what, fix };
}

/** Days in a month (1-12) of a year, by the Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/**
 * Reads "2026-09-01" (midnight UTC of that day) or "2026-09-01T09:00:00-07:00" (a time
 * needs its offset). On failure the problem sentence starts with the value in quotes.
 */
export function readIsoDateTime(value: string): IsoDateResult {
  const text = value.trim();
  const shown = `"${value}"`;
  const example = 'Write 2026-09-01 or 2026-09-01T09:00:00-07:00 (a time needs its offset).';
  const match = ISO.exec(text);
  if (!match) {
    if (TIME_WITHOUT_OFFSET.test(text)) {
      return fail(`${shown} is not an ISO 8601 date: the time has no offset`, `Add it, e.g. ${text.replace(' ', 'T')}-07:00, or Z for UTC.`);
    }
    return fail(`${shown} is not an ISO 8601 date`, example);
  }
  const [, y, mo, d, h, mi, s, fraction, zone, sign, oh, om] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  if (month < 1 || month > 12) {
    return fail(`${shown} is not a real date: there is no month ${mo} (months are 01 to 12)`, 'Write the date as year-month-day, e.g. 2026-09-01.');
  }
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) {
    return fail(
      `${shown} is not a real date: ${MONTHS[month - 1]} ${year} has ${last} days`,
      `Write a day from 01 to ${last}, e.g. ${y}-${mo}-${String(last).padStart(2, '0')}.`,
    );
  }
  if (h !== undefined) {
    if (Number(h) > 23 || Number(mi) > 59 || Number(s ?? 0) > 59) {
      return fail(`${shown} is not a real time: hours go from 00 to 23, minutes and seconds from 00 to 59`, `Write e.g. ${y}-${mo}-${d}T09:00:00-07:00.`);
    }
    if (zone !== 'Z' && (Number(oh) > 14 || Number(om) > 59)) {
      return fail(
        `${shown} has an impossible offset ${sign}${oh}:${om}: offsets go from -12:00 to +14:00`,
        'Write e.g. -07:00 for California in summer, or Z for UTC.',
      );
    }
  }
  const offsetMinutes = h === undefined || zone === 'Z' ? 0 : (sign === '-' ? -1 : 1) * (Number(oh) * 60 + Number(om));
  const ms = fraction ? Math.round(Number(fraction) * 1000) : 0;
  const utc = Date.UTC(year, month - 1, day, Number(h ?? 0), Number(mi ?? 0), Number(s ?? 0), ms) - offsetMinutes * 60_000;
  return { ok: true, date: new Date(utc) };
}
