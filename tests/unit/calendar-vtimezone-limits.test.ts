/**
 * VTIMEZONE limits found by `npm run mutate`: an offset of zero is written "+0000" (RFC 5545
 * §3.3.14 forbids "-0000"), and the scan looks one step (12 hours) past the end of the span.
 */
import { describe, expect, it } from 'vitest';
import { offsetTransitions, vtimezone } from '../../src/lib/calendar-vtimezone';

describe('VTIMEZONE limits', () => {
  it('writes a zone at UTC+0 with "+0000", never "-0000"', () => {
    expect(vtimezone('Africa/Abidjan', new Date('2026-03-01T00:00:00Z'), new Date('2026-03-02T00:00:00Z')).split('\r\n')).toEqual([
      'BEGIN:VTIMEZONE',
      'TZID:Africa/Abidjan',
      'BEGIN:STANDARD',
      'DTSTART:20250101T000000',
      'TZOFFSETFROM:+0000',
      'TZOFFSETTO:+0000',
      'TZNAME:GMT',
      'END:STANDARD',
      'END:VTIMEZONE',
    ]);
  });

  it('finds a change in the 12 hours after the end of the span, when the span is a whole number of steps', () => {
    // St. John's springs forward at 2026-03-08T05:30Z; the span ends 5.5 hours before.
    expect(offsetTransitions('America/St_Johns', new Date('2026-03-07T12:00:00Z'), new Date('2026-03-08T00:00:00Z'))).toEqual([
      { at: new Date('2026-03-08T05:30:00Z'), from: -210, to: -150 },
    ]);
    // One minute more past the end than a step reaches: not found.
    expect(offsetTransitions('America/St_Johns', new Date('2026-03-07T05:29:00Z'), new Date('2026-03-07T17:29:00Z'))).toEqual([]);
  });
});
