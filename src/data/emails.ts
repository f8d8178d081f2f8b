/**
 * The email-ready versions of the published posts (lib/email.ts), made from each post's feed
 * item (data/feed-items.ts: rendered once per build, absolute URLs, actions and corrections
 * at the top). Written to /email/<kind>/<slug>.html and .txt by src/pages/email/; juice and
 * html-to-text run on a worker thread (lib/email-renderer.ts) while the build writes other pages.
 */
import { join } from 'node:path';
import { getEntry } from 'astro:content';
import { strings } from '../i18n/ui';
import { formatDate } from '../lib/dates';
import type { EmailPost } from '../lib/email';
import { EmailRenderer, type EmailFiles } from '../lib/email-renderer';
import { site } from '../site.config';
import { feedItemFor } from './feed-items';
import { routes, siteUrl } from './site-links';
import type { Post } from './posts';

const t = strings(site.lang);

/** What the email of a post says. */
async function emailPostFor(post: Post): Promise<EmailPost> {
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

/** The worker that writes the emails (its file is read from the project, not from Astro's bundle). */
const renderer = new EmailRenderer(join(process.cwd(), 'src', 'lib', 'email-worker.ts'));
const emails = new Map<string, Promise<EmailFiles>>();
/** The feed items of the emails are rendered one after another, in the order they were asked for. */
let queue: Promise<unknown> = Promise.resolve();

/** The HTML and text email of a post, rendered once per build. Rejects when the email is invalid (a relative URL). */
export function emailFilesFor(post: Post): Promise<EmailFiles> {
  let files = emails.get(post.path);
  if (!files) {
    const email = queue.then(() => emailPostFor(post));
    queue = email.catch(() => undefined);
    files = email.then((message) => renderer.render(message));
    // The page that writes this email awaits it and reports its error; until then it must not count as unhandled.
    files.catch(() => undefined);
    emails.set(post.path, files);
  }
  return files;
}

/** Starts the emails of these posts, so that the worker writes them while the build writes the pages before them. */
export function startEmails(posts: Post[]): void {
  for (const post of posts) void emailFilesFor(post);
}
