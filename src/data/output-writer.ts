/**
 * The build's one worker thread for emails and share cards (lib/output-writer.ts). Its file
 * is read from the project, not from Astro's bundle, which does not hold it.
 */
import { join } from 'node:path';
import { OutputWriter } from '../lib/output-writer';

/** Renders and writes emails and share cards beside the page generation. */
export const outputWriter = new OutputWriter(join(process.cwd(), 'src', 'lib', 'output-worker.ts'));
