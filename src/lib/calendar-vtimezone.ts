/**
 * VTIMEZONE components (RFC 5545 §3.6.5) computed from the runtime's time zone database
 * (offsets and names through @date-fns/tz), so that calendar events can carry their own
 * zone (DTSTART;TZID=…). Each offset change within the requested years is written as its
 * own observance, which every calendar app reads without guessing rules. The changes are
 * found here, not with @date-fns/tz's tzScan: it steps by the hour, and St John's or
 * Lord Howe change on the half hour.
 */
import { tzName, tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
/** Scan step: offsets are checked every 12 hours, then each change is narrowed to the minute. */
const STEP = 12 * 60 * MINUTE;

/** "+0200" / "-0700" for an offset in minutes. */
function formatOffset(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const abs = Math.abs(minutes);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}${String(abs % 60).padStart(2, '0')}`;
}

/** A UTC moment shown as local time at a given offset, in iCalendar form (20260308T020000). */
function localStamp(date: Date, offsetMinutes: number): string {
  return new Date(date.getTime() + offsetMinutes * MINUTE).toISOString().replace(/[-:]/g, '').slice(0, 15);
}

/** One change of offset. */
export interface OffsetTransition {
  /** The first moment of the new offset. */
  at: Date;
  /** Offset before, in minutes. */
  from: number;
  /** Offset after, in minutes. */
  to: number;
}

/** Every offset change of a zone between two moments, to the minute. */
export function offsetTransitions(timeZone: string, start: Date, end: Date): OffsetTransition[] {
  const transitions: OffsetTransition[] = [];
  let previousTime = start.getTime();
  let previousOffset = tzOffset(timeZone, start);
  for (let time = previousTime + STEP; time <= end.getTime() + STEP; time += STEP) {
    const offset = tzOffset(timeZone, new Date(time));
    if (offset !== previousOffset) {
      let low = previousTime;
      let high = time;
      while (high - low > MINUTE) {
        const middle = low + Math.floor((high - low) / 2 / MINUTE) * MINUTE;
        if (tzOffset(timeZone, new Date(middle)) === previousOffset) low = middle;
        else high = middle;
      }
      transitions.push({ at: new Date(high), from: previousOffset, to: offset });
      previousOffset = offset;
    }
    previousTime = time;
  }
  return transitions;
}

/**
 * The VTIMEZONE block for `timeZone`, covering the years from `from` to `to` (whole
 * years are added on both sides). The smallest offset in that span is written as
 * STANDARD, any larger one as DAYLIGHT.
 */
export function vtimezone(timeZone: string, from: Date, to: Date): string {
  const key = `${timeZone} ${from.getUTCFullYear()} ${to.getUTCFullYear()}`;
  let block = blocks.get(key);
  if (block === undefined) {
    block = buildVtimezone(timeZone, new Date(Date.UTC(from.getUTCFullYear() - 1, 0, 1)), new Date(Date.UTC(to.getUTCFullYear() + 2, 0, 1)));
    blocks.set(key, block);
  }
  return block;
}

const blocks = new Map<string, string>();

/** The VTIMEZONE block for `timeZone` from `start` to `end` (uncached). */
function buildVtimezone(timeZone: string, start: Date, end: Date): string {
  const transitions = offsetTransitions(timeZone, start, end);
  const startOffset = tzOffset(timeZone, start);
  const observances: OffsetTransition[] = [{ at: start, from: startOffset, to: startOffset }, ...transitions];
  const standardOffset = Math.min(...observances.map((o) => o.to));
  const lines = ['BEGIN:VTIMEZONE', `TZID:${timeZone}`];
  for (const observance of observances) {
    const kind = observance.to > standardOffset ? 'DAYLIGHT' : 'STANDARD';
    lines.push(
      `BEGIN:${kind}`,
      `DTSTART:${localStamp(observance.at, observance.from)}`,
      `TZOFFSETFROM:${formatOffset(observance.from)}`,
      `TZOFFSETTO:${formatOffset(observance.to)}`,
      `TZNAME:${tzName(timeZone, observance.at, 'short')}`,
      `END:${kind}`,
    );
  }
  lines.push('END:VTIMEZONE');
  return lines.join('\r\n');
}

/**
 * True when the wall-clock time `date` shows in `timeZone` occurs twice, as 01:30 does on
 * the day clocks go back (01:30 PDT, then 01:30 PST). A calendar reads such a local time as
 * its first occurrence (RFC 5545 §3.3.5), so it must be written in UTC instead.
 */
export function isRepeatedWallTime(date: Date, timeZone: string): boolean {
  const offset = tzOffset(timeZone, date);
  const nearby = new Set([-3, 3].map((hours) => tzOffset(timeZone, new Date(date.getTime() + hours * 60 * MINUTE))));
  for (const other of nearby) {
    if (other === offset) continue;
    // The moment that shows the same wall clock under the other offset.
    const twin = new Date(date.getTime() + (offset - other) * MINUTE);
    if (tzOffset(timeZone, twin) === other) return true;
  }
  return false;
}
