/** The commitments calendar of this build (/plan.ics), from the same records as /plan/. */
import { strings } from '../i18n/ui';
import { buildDueCalendar } from '../lib/due-calendar';
import { site } from '../site.config';
import { dayAsDate } from '../lib/due-revisions';
import { commitmentRecords } from './open-data';
import { showDay } from './shown-dates';
import { routes, siteUrl } from './site-links';

const t = strings(site.lang);

/** The iCalendar text of every commitment on its current due day, soonest first. */
export async function dueCalendar(): Promise<string> {
  const records = await commitmentRecords();
  return buildDueCalendar(
    {
      name: t.record.calendarName(site.title),
      description: t.record.calendarDescription,
      host: new URL(site.siteUrl).hostname,
      url: siteUrl(routes.planCalendar),
      prodId: `//${site.company}//${site.title}//${site.lang.toUpperCase()}`,
      refreshSeconds: 6 * 60 * 60,
      words: {
        original: t.record.calendarOriginal,
        moves: t.record.calendarMoves,
        status: t.record.calendarStatus,
        details: t.feeds.calendarDetails,
        formatDay: showDay,
      },
    },
    records.map((c) => ({
      id: c.id,
      title: c.title,
      summary: c.summary,
      due: c.due,
      originalDue: c.originalDue,
      revisions: c.dueRevisions,
      status: t.status[c.status],
      promised: dayAsDate(c.promised),
      modified: c.dueRevisions.at(-1)?.announced ?? dayAsDate(c.promised),
      url: c.url,
      withdrawn: c.withdrawn !== null,
    })),
  );
}
