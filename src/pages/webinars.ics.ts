/** The webinar calendar: every published webinar, past and upcoming, for calendar apps to subscribe to. */
import type { APIRoute } from 'astro';
import { FEED_TYPES } from '../data/feed-items';
import { calendarWebinars, webinarCalendar } from '../data/webinar-calendar';

export const GET: APIRoute = async () =>
  new Response(await webinarCalendar(await calendarWebinars(), '/webinars.ics', true), {
    headers: { 'Content-Type': FEED_TYPES.ics },
  });
