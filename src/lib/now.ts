/**
 * The build's single notion of "now". Tests and previews pin it with SITE_NOW
 * (an ISO 8601 date-time with offset) so that output is deterministic.
 */

/** Returns the build's "now": SITE_NOW when set, else the current time. Throws on an unparsable SITE_NOW. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.SITE_NOW;
  if (!raw) return new Date();
  const parsed = parseIsoDateTime(raw);
  if (!parsed) {
    throw new Error(
      `SITE_NOW="${raw}" is not an ISO 8601 date-time. Use a form like 2026-10-15T12:00:00Z.`,
    );
  }
  return parsed;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const DATE_TIME_WITH_OFFSET =
  /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * Parses an ISO 8601 date ("2026-09-01", read as midnight UTC) or a date-time that
 * carries an offset ("2026-09-01T09:00:00-07:00"). Returns undefined for anything else,
 * including a date-time without an offset and impossible dates such as 2026-02-30.
 */
export function parseIsoDateTime(value: string): Date | undefined {
  const text = value.trim();
  if (!DATE_ONLY.test(text) && !DATE_TIME_WITH_OFFSET.test(text)) return undefined;
  const date = new Date(DATE_ONLY.test(text) ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(date.getTime())) return undefined;
  // Reject rolled-over dates (2026-02-30 becomes March 2nd in JavaScript).
  const [y, m, d] = text.slice(0, 10).split('-').map(Number);
  const offsetMatch = /([+-])(\d{2}):(\d{2})$/.exec(text);
  const offsetMinutes = offsetMatch
    ? (offsetMatch[1] === '-' ? -1 : 1) * (Number(offsetMatch[2]) * 60 + Number(offsetMatch[3]))
    : 0;
  const local = new Date(date.getTime() + offsetMinutes * 60_000);
  if (local.getUTCFullYear() !== y || local.getUTCMonth() + 1 !== m || local.getUTCDate() !== d) {
    return undefined;
  }
  return date;
}
