/**
 * Worker thread entry (lib/output-writer.ts): runs the jobs it is sent (lib/output-jobs.ts:
 * emails, share cards, feed HTML), so that juice, html-to-text, satori, resvg and
 * sanitize-html run, and the files are written, beside the page generation instead of on its
 * thread. Imports only modules that Node runs as they are (type stripping). Only wiring: it is
 * left out of `npm run mutate`, which cannot switch mutants on in another thread.
 */
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { parentPort } from 'node:worker_threads';
import { outputJobRunner } from './output-jobs.ts';
import type { OutputJob } from './output-writer.ts';

// The card jobs ask for a collection now and then (lib/output-jobs.ts says why).
setFlagsFromString('--expose-gc');
const run = outputJobRunner(runInNewContext('gc') as () => void);

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
