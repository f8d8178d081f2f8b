/**
 * The email-ready versions of the published posts (lib/email.ts), made from each post's feed
 * item (data/feed-items.ts: rendered once per build, absolute URLs, actions and corrections
 * at the top), at /email/<kind>/<slug>.html and .txt. juice and html-to-text run on a worker
 * thread (lib/output-writer.ts): during a build it writes the files into the output folder
 * itself, beside the page generation (lib/build-output.ts); the dev server serves them
 * through src/pages/email/.
 */
import { getEntry } from 'astro:content';
import { strings } from '../i18n/ui';
import { formatDate } from '../lib/dates';
import type { EmailPost } from '../lib/email';
import { addBuildOutput, buildOutputFile, isBuilding } from '../lib/build-output';
import type { EmailFiles } from '../lib/output-writer';
import { renderingFile } from '../lib/feed-item';
import { site } from '../site.config';
import { feedItemFor } from './feed-items';
import { outputWriter } from './output-writer';
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

const emails = new Map<string, Promise<EmailFiles>>();
/** The feed items of the emails are rendered one after another, in the order they were asked for. */
let queue: Promise<unknown> = Promise.resolve();

/** What the email of a post says, once the emails asked for before it are under way. */
function queuedEmailPost(post: Post): Promise<EmailPost> {
  const email = queue.then(() => emailPostFor(post));
  queue = email.catch(() => undefined);
  return email;
}

/** The HTML and text email of a post (for the dev server), rendered once. Rejects when the email is invalid (a relative URL). */
export function emailFilesFor(post: Post): Promise<EmailFiles> {
  let files = emails.get(post.path);
  if (!files) {
    files = queuedEmailPost(post).then((message) => outputWriter.email(message));
    // The page that serves this email awaits it and reports its error; until then it must not count as unhandled.
    files.catch(() => undefined);
    emails.set(post.path, files);
  }
  return files;
}

/**
 * During a build: hands the emails of these posts to the worker, which writes them into the
 * output folder while the pages are generated, and returns true; the build fails naming the
 * post when one cannot be written. In the dev server (no build under way) returns false.
 */
export function writeEmailsDuringBuild(posts: Post[]): boolean {
  if (!isBuilding()) return false;
  for (const post of posts) {
    const html = buildOutputFile(routes.email(post.kind, post.slug, 'html'))!;
    const text = buildOutputFile(routes.email(post.kind, post.slug, 'txt'))!;
    addBuildOutput(
      renderingFile(post.entry.filePath ?? post.path, 'its email', async () => outputWriter.writeEmail(await queuedEmailPost(post), { html, text })),
    );
  }
  return true;
}
