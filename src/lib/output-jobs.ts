/**
 * The jobs of the output worker (lib/output-worker.ts), as plain functions that any thread can
 * run: an email rendered (and written when files are given), a share card written through the
 * card cache, a post's HTML cleaned for the feeds. The worker file only wires them to its thread.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { cachedCardPng } from './card-file.ts';
import { emailHtml, emailText } from './email.ts';
import { cleanFeedHtml } from './feed-html.ts';
import type { OutputJob } from './output-writer.ts';

/** What a job sends back: an email's HTML and text when it was not written, feed HTML once cleaned; nothing else. */
export interface JobResult {
  /** The email's or the feed's HTML. */
  html?: string;
  /** The email's plain text. */
  text?: string;
}

/** How many share cards may be written between two garbage collections. */
export const CARDS_PER_COLLECTION = 20;

/** Writes a file, making its folder first. */
function writeFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

/**
 * A runner of jobs that calls `collectGarbage` after every CARDS_PER_COLLECTION cards, then
 * lets the finalizers it queued run: resvg keeps each drawn card's pixels (1200×630 RGBA,
 * about 3 MB) outside the JavaScript heap until the collector finalizes the card's object, and
 * a worker's small heap rarely asks for a collection (without one, a build with a cold card
 * cache grew by about 4 MB per card: 20 GB at 5,000 posts).
 */
export function outputJobRunner(collectGarbage: () => void): (job: OutputJob) => Promise<JobResult> {
  let cardsSinceCollection = 0;
  return async (job) => {
    switch (job.type) {
      case 'email': {
        const html = emailHtml(job.post);
        const text = emailText(job.post);
        if (!job.files) return { html, text };
        writeFile(job.files.html, html);
        writeFile(job.files.text, text);
        return {};
      }
      case 'card':
        writeFile(job.file, await cachedCardPng(job.card, job.fontDir, job.cacheFile));
        if (++cardsSinceCollection >= CARDS_PER_COLLECTION) {
          cardsSinceCollection = 0;
          collectGarbage();
          await new Promise((resolve) => setImmediate(resolve));
        }
        return {};
      case 'feed-html':
        return { html: cleanFeedHtml(job.html, job.context) };
    }
  };
}
