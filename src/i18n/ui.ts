/**
 * Every user-facing interface string, in one place, so that translations can be added
 * later as another key of `ui` without touching the pages.
 */
import type { PostKind } from '../lib/vocabulary';
import type { DerivedStatus } from '../lib/commitment-status';

const en = {
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  home: 'Home',
  plan: 'The plan',
  dataRouting: 'Data routing',
  subscribe: 'Subscribe',
  search: 'Search',
  searchLabel: 'Search the site',
  searchPlaceholder: 'Search updates, webinars, audits…',
  archive: 'Archive',
  tags: 'Topics',
  about: 'About this site',
  corrections: 'Corrections',
  openData: 'Open data',
  advisoryBoard: 'Advisory board',
  security: 'Report a vulnerability',
  published: 'Published',
  updated: 'Updated',
  by: 'By',
  correctionsHeading: 'Corrections',
  correctionOn: 'Correction,',
  previousInKind: 'Previous',
  nextInKind: 'Next',
  readMore: 'Read',
  latestUpdates: 'Latest updates',
  nextWebinar: 'Next webinar',
  noUpcomingWebinar: 'No webinar is scheduled right now. Past recordings are in the webinar archive.',
  allOfKind: 'All',
  page: 'Page',
  pagination: 'Pagination',
  newer: 'Newer',
  older: 'Older',
  dayOfPlan: (day: number, total: number) => `Day ${day} of ${total}`,
  planNotStarted: 'The plan has not started yet.',
  planFinished: (total: number) => `The ${total}-day plan has ended.`,
  commitmentUpdates: 'Commitment updates in this post',
  webinarWhen: 'When',
  webinarDuration: 'Duration',
  minutes: (n: number) => `${n} minutes`,
  presenters: 'Presenters',
  recording: 'Watch the recording',
  join: 'Register and join',
  questions: 'Questions asked',
  inUtc: 'UTC',
  moved: 'Moved from',
  webinarDetails: 'Webinar details',
  auditSummary: 'Audit summary',
  auditor: 'Auditor',
  scope: 'Scope',
  period: 'Period',
  findings: 'Findings',
  report: 'Read the full report (PDF)',
  routingEffective: 'Effective',
  routingChanges: 'What changes',
  draftBanner: 'Draft: this post is visible only in the local preview and will not be published.',
  scheduledBanner: (when: string) => `Scheduled: this post goes live on ${when}. It is visible only in the local preview.`,
  viewSource: 'View source',
  suggestCorrection: 'Suggest a correction',
  correctionIssueTitle: (title: string) => `Correction: ${title}`,
  correctionIssueBody: (pageUrl: string, path: string) =>
    `Page: ${pageUrl}\nFile: ${path}\n\nWhat is wrong, and what would be right (with a source if you have one):\n\n`,
  notFoundTitle: 'Page not found',
  tagged: (tag: string) => `Topic: ${tag}`,
  footerNote: 'This site sets no cookies, loads nothing from other sites and runs no analytics.',
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    blocked: 'Blocked',
    done: 'Done',
    overdue: 'Overdue',
  } satisfies Record<DerivedStatus, string>,
  kinds: {
    statements: { plural: 'Statements', singular: 'Statement', intro: 'The apology and letters from our CEO.' },
    progress: { plural: 'Progress updates', singular: 'Progress update', intro: 'A written update every week of the plan: what moved, what did not, and why.' },
    webinars: { plural: 'Webinars', singular: 'Webinar', intro: 'A live webinar every week with open questions. Recordings, transcripts and answers stay here.' },
    routing: { plural: 'Data-routing disclosures', singular: 'Data-routing disclosure', intro: 'Where your data is processed, and every change to it.' },
    audits: { plural: 'Audits', singular: 'Audit', intro: 'Independent audits of our security and encryption, with every finding and its fix.' },
    guides: { plural: 'Guides', singular: 'Guide', intro: 'Plain-language guides to using Brightwell safely.' },
  } satisfies Record<PostKind, { plural: string; singular: string; intro: string }>,
};

/** Interface strings per language. */
export const ui = { en };

/** The strings for a language (English until translations exist). */
export function strings(lang: string) {
  return ui[lang as keyof typeof ui] ?? ui.en;
}
