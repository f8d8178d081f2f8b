/**
 * Worker thread entry (lib/output-writer.ts): renders the emails and share cards it is sent
 * and cleans feed HTML, so that juice, html-to-text, satori, resvg and sanitize-html run, and
 * the files are written, beside the page generation instead of on its thread. Imports only modules that Node runs as they are
 * (type stripping).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
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
      return {};
    case 'feed-html':
      return { html: cleanFeedHtml(job.html, job.context) };
  }
}

parentPort?.on('message', ({ id, job }: { id: number; job: OutputJob }) => {
  run(job).then(
    (result) => parentPort?.postMessage({ id, ...result }),
    (error: unknown) => parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) }),
  );
});
