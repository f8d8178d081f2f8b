/**
 * Hands emails (lib/email.ts), share cards (lib/share-card.ts) and the cleaning of feed HTML
 * (lib/feed-html.ts) to a worker thread (lib/output-worker.ts). During a build the worker writes their files straight into the
 * output folder, while the pages are generated on the main thread; the dev server asks for
 * an email's text instead and serves it itself.
 */
import { Worker } from 'node:worker_threads';
import type { EmailPost } from './email.ts';
import type { UrlContext } from './feed-html.ts';
import type { ShareCard } from './share-card.ts';

/** The two versions of one email. */
export interface EmailFiles {
  /** HTML with inlined styles and absolute URLs. */
  html: string;
  /** Plain text. */
  text: string;
}

/** One piece of work for the worker. */
export type OutputJob =
  /** An email; with `files`, the worker writes it there (absolute paths) instead of sending it back. */
  | { type: 'email'; post: EmailPost; files?: EmailFiles }
  /** A share card, written to `file` from the cache file `cacheFile` (drawn with the fonts of `fontDir` when not cached). */
  | { type: 'card'; card: ShareCard; fontDir: string; cacheFile: string; file: string }
  /** A post's rendered HTML to clean for the feeds (lib/feed-html.ts); the clean HTML comes back. */
  | { type: 'feed-html'; html: string; context: UrlContext };

type Reply = { id: number; html?: string; text?: string } | { id: number; error: string };

/** Sends jobs to one worker thread and resolves each when it is done. */
export class OutputWriter {
  readonly #workerFile: string;
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, { resolve: (reply: { html?: string; text?: string }) => void; reject: (error: Error) => void }>();

  /** @param workerFile absolute path of lib/output-worker.ts (the Astro bundle does not hold it). */
  constructor(workerFile: string) {
    this.#workerFile = workerFile;
  }

  /** The HTML and text of one email, written on the worker. Rejects with the worker's message when the email is invalid. */
  async email(post: EmailPost): Promise<EmailFiles> {
    const { html = '', text = '' } = await this.#send({ type: 'email', post });
    return { html, text };
  }

  /** Writes one email's HTML and text to these files (absolute paths). Rejects with the worker's message when the email is invalid. */
  async writeEmail(post: EmailPost, files: EmailFiles): Promise<void> {
    await this.#send({ type: 'email', post, files });
  }

  /** A post's rendered HTML cleaned for feed readers (lib/feed-html.ts's cleanFeedHtml, on the worker). */
  async cleanFeedHtml(html: string, context: UrlContext): Promise<string> {
    return (await this.#send({ type: 'feed-html', html, context })).html ?? '';
  }

  /** Writes one share card's PNG to `file`, through the card cache (lib/card-file.ts). */
  async writeCard(card: ShareCard, paths: { fontDir: string; cacheFile: string; file: string }): Promise<void> {
    await this.#send({ type: 'card', card, ...paths });
  }

  /** Sends one job and resolves with the worker's reply. */
  #send(job: OutputJob): Promise<{ html?: string; text?: string }> {
    const worker = this.#start();
    const id = this.#nextId++;
    const done = new Promise<{ html?: string; text?: string }>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    // Keeps the process alive only while a job is on its way.
    worker.ref();
    worker.postMessage({ id, job });
    return done;
  }

  /** Starts the worker on first use. */
  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#workerFile);
    worker.on('message', (reply: Reply) => {
      const job = this.#pending.get(reply.id);
      this.#pending.delete(reply.id);
      if (this.#pending.size === 0) worker.unref();
      if ('error' in reply) job?.reject(new Error(reply.error));
      else job?.resolve(reply);
    });
    const fail = (error: Error) => {
      for (const job of this.#pending.values()) job.reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the output worker stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}
