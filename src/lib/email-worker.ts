/**
 * Worker thread entry (lib/email-renderer.ts): writes the HTML and plain-text email of each
 * post it is sent, so that juice and html-to-text run beside the page generation instead of
 * on its thread. Imports only modules that Node runs as they are (type stripping).
 */
import { parentPort } from 'node:worker_threads';
import { emailHtml, emailText, type EmailPost } from './email.ts';

parentPort?.on('message', ({ id, post }: { id: number; post: EmailPost }) => {
  try {
    parentPort?.postMessage({ id, html: emailHtml(post), text: emailText(post) });
  } catch (error) {
    parentPort?.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
