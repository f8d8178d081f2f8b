/** The commitments calendar: every commitment on its current due date, for calendar apps to subscribe to. */
import type { APIRoute } from 'astro';
import { FEED_TYPES } from '../data/feed-items';
import { dueCalendar } from '../data/due-calendar';

export const GET: APIRoute = async () => new Response(await dueCalendar(), { headers: { 'Content-Type': FEED_TYPES.ics } });
