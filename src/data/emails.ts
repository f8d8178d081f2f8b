/**
 * The email-ready versions of the published posts (lib/email.ts), made from each post's feed
 * item (data/feed-items.ts: rendered once per build, absolute URLs, actions and corrections
 * at the top). Written to /email/<kind>/<slug>.html and .txt by src/pages/email/.
 */
import { getEntry } from 'astro:content';
import { strings } from '../i18n/ui';
import { formatDate } from '../lib/dates';
import type { EmailPost } from '../lib/email';
import { site } from '../site.config';
import { feedItemFor } from './feed-items';
import { routes, siteUrl } from './site-links';
import type { Post } from './posts';

const t = strings(site.lang);


/** What the email of a post says. */
export async function emailPostFor(post: Post): Promise<EmailPost> {
  const data = post.entry.data;
  const item = await feedItemFor(post);
  const author = await getEntry('people', data.author);
  return {
    title: data.title,
    summary: data.summary,
    url: item.url,
    kicker: `${t.kinds[post.kind].singular} · ${formatDate(data.published, site.lang, site.timeZone)}`,
    byline: author ? `${t.by} ${author.data.name}` : '',
    contentHtml: item.contentHtml,
    lang: site.lang,
    siteTitle: site.title,
    siteUrl: siteUrl(routes.home),
    words: { readOnline: t.email.readOnline, footer: t.email.footer(site.title) },
  };
}
