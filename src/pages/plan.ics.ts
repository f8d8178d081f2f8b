/** The commitments calendar: every commitment on its current due date, for calendar apps to subscribe to. */
import type { APIRoute } from 'astro';
import { calendarResponse } from '../data/feed-response';
import { dueCalendar } from '../data/due-calendar';

export const GET: APIRoute = async () => calendarResponse(await dueCalendar());
