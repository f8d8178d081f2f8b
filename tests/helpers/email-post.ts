/** A post as the email tests send it to the output worker: a title with every character HTML escapes, absolute URLs only. */
import type { EmailPost } from '../../src/lib/email';

/** The email of week 3 of the demo's progress updates, with "&", "<" and quotes in its title. */
export const EMAIL_POST: EmailPost = {
  title: 'Week 3: "regions" & <limits>',
  summary: 'We published every region.',
  url: 'https://trust.example/progress/week-3/',
  kicker: 'Progress update · September 18, 2026',
  byline: 'By Grace Mensah',
  contentHtml: '<h2>What you should do</h2><p>See the <a href="https://trust.example/data-routing/">regions</a>.</p>',
  lang: 'en',
  siteTitle: 'Brightwell Trust Center',
  siteUrl: 'https://trust.example/',
  words: { readOnline: 'Read this on the web', footer: 'A copy of a post on the site:' },
};
