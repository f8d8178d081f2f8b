/**
 * The build's single notion of "now". Tests and previews pin it with SITE_NOW
 * (an ISO 8601 date-time with offset) so that output is deterministic.
 */
import { readIsoDateTime } from './iso-date.ts';

/** Returns the build's "now": SITE_NOW when set, else the current time. Throws on an unparsable SITE_NOW. */
export function buildNow(env: Record<string, string | undefined> = process.env): Date {
  const raw = env.SITE_NOW;
  if (!raw) return new Date();
  const parsed = parseIsoDateTime(raw);
  if (!parsed) {
    throw new Error(`SITE_NOW="${raw}" is not an ISO 8601 date-time. Use a form like 2026-10-15T12:00:00Z.`);
  }
  return parsed;
}

/**
 * Parses an ISO 8601 date ("2026-09-01", read as midnight UTC) or a date-time that
 * carries an offset ("2026-09-01T09:00:00-07:00"). Returns undefined for anything else,
 * including a date-time without an offset and impossible dates such as 2026-02-30
 * (readIsoDateTime in iso-date.ts says why).
 */
export function parseIsoDateTime(value: string): Date | undefined {
  const result = readIsoDateTime(value);
  return result.ok ? result.date : undefined;
}
