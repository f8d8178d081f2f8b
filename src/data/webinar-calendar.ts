/** The webinar calendar of this build: published webinars (past and upcoming) as calendar events. */
import { getEntry } from 'astro:content';
import { strings } from '../i18n/ui';
import { buildCalendar, type CalendarOptions, type WebinarEvent } from '../lib/calendar';
import { formatDateTime } from '../lib/dates';
import { site } from '../site.config';
import { siteUrl } from './site-links';
import { getPosts, type Post } from './posts';

const t = strings(site.lang);

/** The calendar event of a webinar post. */
async function webinarEvent(post: Post<'webinars'>): Promise<WebinarEvent> {
  const data = post.entry.data;
  const presenters = await Promise.all(data.presenters.map((id) => getEntry('people', id)));
  return {
    slug: post.slug,
    title: data.title,
    summary: data.summary,
    start: data.start,
    duration: data.duration,
    timeZone: data.timeZone,
    url: siteUrl(post.path),
    joinUrl: data.joinUrl,
    recordingUrl: data.recordingUrl,
    previousStarts: data.previousStarts,
    published: data.published,
    updated: data.updated,
    presenters: presenters.flatMap((p) => (p ? [p.data.name] : [])),
  };
}

/** How often subscribed calendar apps should look for changes: every six hours. */
const REFRESH_SECONDS = 6 * 60 * 60;

/** Calendar settings for a calendar file at `path` (a site path): a calendar to subscribe to, or a one-webinar download. */
function calendarOptions(path: string, subscription: boolean): CalendarOptions {
  return {
    ...(subscription && {
      name: t.feeds.calendarName(site.title),
      description: t.feeds.calendarDescription(site.planDays),
      refreshSeconds: REFRESH_SECONDS,
    }),
    host: new URL(site.siteUrl).hostname,
    url: siteUrl(path),
    prodId: `//${site.company}//${site.title}//${site.lang.toUpperCase()}`,
    words: {
      when: t.webinarWhen,
      presenters: t.presenters,
      join: t.join,
      recording: t.recording,
      moved: t.moved,
      details: t.feeds.calendarDetails,
      online: t.feeds.calendarOnline,
      formatDateTime: (date, timeZone) => formatDateTime(date, site.lang, timeZone),
    },
  };
}

/** The iCalendar text for webinars, oldest first: the calendar to subscribe to, or a one-webinar download. */
export async function webinarCalendar(posts: readonly Post<'webinars'>[], path: string, subscription: boolean): Promise<string> {
  const events = await Promise.all(posts.map(webinarEvent));
  events.sort((a, b) => a.start.getTime() - b.start.getTime() || a.slug.localeCompare(b.slug));
  return buildCalendar(calendarOptions(path, subscription), events);
}

/** Every published webinar, past and upcoming. */
export function calendarWebinars(): Promise<Post<'webinars'>[]> {
  return getPosts('webinars');
}
