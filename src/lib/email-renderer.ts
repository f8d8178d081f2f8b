/**
 * Renders emails (lib/email.ts) on a worker thread (lib/email-worker.ts): the build hands
 * over each post's email as soon as its content is known and picks up the result when it
 * writes the files, while the page generation goes on on the main thread.
 */
import { Worker } from 'node:worker_threads';
import type { EmailPost } from './email.ts';

/** The two versions of one email. */
export interface EmailFiles {
  /** HTML with inlined styles and absolute URLs. */
  html: string;
  /** Plain text. */
  text: string;
}

type Reply = { id: number; html: string; text: string } | { id: number; error: string };

/** Sends emails to one worker thread and resolves each with its files. */
export class EmailRenderer {
  readonly #workerFile: string;
  #worker: Worker | undefined;
  #nextId = 0;
  readonly #pending = new Map<number, { resolve: (files: EmailFiles) => void; reject: (error: Error) => void }>();

  /** @param workerFile absolute path of lib/email-worker.ts (the Astro bundle does not hold it). */
  constructor(workerFile: string) {
    this.#workerFile = workerFile;
  }

  /** The HTML and text of one email, written on the worker. Rejects with the worker's message when the email is invalid. */
  render(post: EmailPost): Promise<EmailFiles> {
    const worker = this.#start();
    const id = this.#nextId++;
    const files = new Promise<EmailFiles>((resolve, reject) => this.#pending.set(id, { resolve, reject }));
    // Keeps the process alive only while an email is on its way.
    worker.ref();
    worker.postMessage({ id, post });
    return files;
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
      else job?.resolve({ html: reply.html, text: reply.text });
    });
    const fail = (error: Error) => {
      for (const job of this.#pending.values()) job.reject(error);
      this.#pending.clear();
      this.#worker = undefined;
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the email worker stopped (exit code ${code})`)));
    this.#worker = worker;
    return worker;
  }
}
