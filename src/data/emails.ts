/**
 * The email-ready versions of the published posts (lib/email.ts), made from each post's feed
 * item (data/feed-items.ts: rendered once per build, absolute URLs, actions and corrections
 * at the top), at /email/<kind>/<slug>.html and .txt; a translation's at
 * /email/<lang>/<kind>/<slug>.html and .txt, in its language. juice and html-to-text run on a worker
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
import { inLanguage, routes, siteUrl } from './site-links';
import { translationFeedItem } from './translation-feed';
import { getTranslations, type Translation } from './translations';
import type { Post } from './posts';

/** What the email of a post, or of its translation, says (in the translation's language, with the original's facts). */
async function emailPostFor(post: Post, translation?: Translation): Promise<EmailPost> {
  const lang = translation?.lang ?? site.lang;
  const t = strings(lang);
  const data = post.entry.data;
  const words = translation?.entry.data ?? data;
  const item = await (translation ? translationFeedItem(translation) : feedItemFor(post));
  const author = await getEntry('people', data.author);
  return {
    title: words.title,
    summary: words.summary,
    url: item.url,
    kicker: `${t.kinds[post.kind].singular} · ${formatDate(data.published, lang, site.timeZone)}`,
    byline: author ? `${t.by} ${author.data.name}` : '',
    contentHtml: item.contentHtml,
    lang,
    siteTitle: site.title,
    siteUrl: siteUrl(inLanguage(lang, routes.home)),
    words: { readOnline: t.email.readOnline, footer: t.email.footer(site.title) },
  };
}

const emails = new Map<string, Promise<EmailFiles>>();
/** The feed items of the emails are rendered one after another, in the order they were asked for. */
let queue: Promise<unknown> = Promise.resolve();

/** What the email of a post (or of its translation) says, once the emails asked for before it are under way. */
function queuedEmailPost(post: Post, translation?: Translation): Promise<EmailPost> {
  const email = queue.then(() => emailPostFor(post, translation));
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

/** Hands one email to the worker, to be written at its two addresses in the output folder; the build fails naming the file when it cannot be. */
function writeEmail(file: string, address: (format: 'html' | 'txt') => string, email: () => Promise<EmailPost>): void {
  const files = { html: buildOutputFile(address('html'))!, text: buildOutputFile(address('txt'))! };
  addBuildOutput(renderingFile(file, 'its email', async () => outputWriter.writeEmail(await email(), files)));
}

/**
 * During a build: hands the emails of these posts and of their translations to the worker,
 * which writes them into the output folder while the pages are generated, and resolves to
 * true; the build fails naming the post when one cannot be written. In the dev server (no
 * build under way) resolves to false (it serves the originals' emails through src/pages/email/).
 */
export async function writeEmailsDuringBuild(posts: Post[]): Promise<boolean> {
  if (!isBuilding()) return false;
  for (const post of posts) {
    writeEmail(
      post.entry.filePath ?? post.path,
      (format) => routes.email(post.kind, post.slug, format),
      () => queuedEmailPost(post),
    );
  }
  for (const translation of await getTranslations()) {
    const { original, lang } = translation;
    writeEmail(
      translation.entry.filePath ?? translation.path,
      (format) => routes.email(original.kind, original.slug, format, lang),
      () => queuedEmailPost(original, translation),
    );
  }
  return true;
}
