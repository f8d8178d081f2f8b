/**
 * Worker thread entry (lib/output-writer.ts): renders the emails and share cards it is sent
 * and cleans feed HTML, so that juice, html-to-text, satori, resvg and sanitize-html run, and
 * the files are written, beside the page generation instead of on its thread. Imports only
 * modules that Node runs as they are (type stripping).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { cachedCardPng } from './card-file.ts';
import { emailHtml, emailText } from './email.ts';
import { cleanFeedHtml } from './feed-html.ts';
import type { OutputJob } from './output-writer.ts';

/** Writes a file, making its folder first. */
function writeFile(file: string, data: string | Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, data);
}

// resvg keeps each drawn card's pixels (1200×630 RGBA, about 3 MB) outside the JavaScript
// heap until the collector finalizes the card's object; this thread's small heap rarely asks
// for a collection, so without one every few cards a build with a cold card cache grows by
// about 4 MB per card (20 GB at 5,000 posts).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;
/** Cards written since the last collection. */
let cardsSinceCollection = 0;
/** How many cards may be written between two collections. */
const CARDS_PER_COLLECTION = 20;

/** Does one job; what it returns goes back to the main thread. */
async function run(job: OutputJob): Promise<{ html?: string; text?: string }> {
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
        // resvg frees the pixels in the finalizers that the collection queued: let them run.
        await new Promise((resolve) => setImmediate(resolve));
      }
      return {};
    case 'feed-html':
      return { html: cleanFeedHtml(job.html, job.context) };
  }
}

/** The jobs run one after another: a build hands over thousands at once, and each card holds megabytes while it is drawn. */
let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', ({ id, job }: { id: number; job: OutputJob }) => {
  queue = queue
    .then(() => run(job))
    .then(
      (result) => parentPort?.postMessage({ id, ...result }),
      (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
    );
});
