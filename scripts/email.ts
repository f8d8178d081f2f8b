/**
 * `npm run email -- <post> [--html] [--dir <build>]`: prints the email-ready version of a
 * published post that the last build wrote (dist/email/<kind>/<slug>.txt, or .html with
 * --html), for the comms team to paste into their mail tool. <post> is "progress/week-3",
 * "week-3" or "content/progress/week-3.mdx". Exits with 1 and the reason when there is none.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { listFiles } from './lib/dist-files.ts';
import { findEmailPost } from './lib/email-files.ts';

const usage = 'Usage: npm run email -- <post> [--html] [--dir <build folder>]   e.g. npm run email -- progress/week-13';
let parsed;
try {
  parsed = parseArgs({ options: { html: { type: 'boolean' }, dir: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  console.error(`${(error as Error).message}\n${usage}`);
  process.exit(1);
}
const { values, positionals } = parsed;
if (positionals.length !== 1) {
  console.error(usage);
  process.exit(1);
}
const dist = resolve(values.dir ?? (process.env.OUT_DIR || 'dist'));
const emailDir = join(dist, 'email');
if (!existsSync(emailDir)) {
  console.error(`No email/ folder in ${dist}: run npm run build first (or give the build folder with --dir).`);
  process.exit(1);
}
const posts = listFiles(emailDir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => f.replace(/\.txt$/, ''));
const found = findEmailPost(positionals[0]!, posts);
if (!found.ok) {
  console.error(found.problem);
  process.exit(1);
}
process.stdout.write(readFileSync(join(emailDir, `${found.post}.${values.html ? 'html' : 'txt'}`), 'utf8'));
