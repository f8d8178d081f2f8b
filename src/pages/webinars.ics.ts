/** The webinar calendar: every published webinar, past and upcoming, for calendar apps to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/feed-response';
import { calendarWebinars, webinarCalendar } from '../data/webinar-calendar';

export const GET: APIRoute = async () => calendarResponse(await webinarCalendar(await calendarWebinars(), '/webinars.ics', true));
