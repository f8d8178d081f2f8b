/**
 * Writes the search index (Pagefind) for a built site: `node scripts/search-index.ts [dir]`,
 * by default OUT_DIR or dist/. Exits with 1 and Pagefind's own message when indexing fails.
 *
 * With --follow [--since <ms since 1970, when the build began>] (how `npm run build` runs it,
 * see scripts/build.ts) it runs alongside `astro build` and indexes each post page as soon
 * as Astro has written it, on the core Astro's page generation leaves idle; when a line
 * "done" arrives on stdin (Astro has exited), it adds the pages it has not seen and writes
 * the bundle. If stdin closes without "done", the build failed: it writes nothing.
 */
import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { inBatches, indexSite, type AddFile } from '../src/integrations/pagefind.ts';
import { POST_KINDS } from '../src/lib/vocabulary.ts';

/** How often the output folder is looked at for new post pages while Astro builds. */
const POLL_MS = 200;

const { values, positionals } = parseArgs({
  options: { follow: { type: 'boolean', default: false }, since: { type: 'string' } },
  allowPositionals: true,
});
const dir = resolve(positionals[0] ?? (process.env.OUT_DIR || 'dist'));
const startedAt = Date.now();
/** When the build began (--since, ms since 1970): pages older than this are left over from an earlier build. */
const buildStartedAt = values.since ? Number(values.since) : startedAt;
/** Pages added while Astro was still building (the rest are added after it). */
let addedWhileBuilding = 0;

/** Resolves when stdin says "done"; exits without writing anything when it closes first. */
function buildFinished(): Promise<void> {
  return new Promise((resolvePromise) => {
    let text = '';
    process.stdin.setEncoding('utf8');
    process.stdin.on('data', (chunk) => {
      text += chunk;
      if (/^done$/m.test(text)) resolvePromise();
    });
    process.stdin.on('end', () => {
      if (/^done$/m.test(text)) return;
      console.error('search index: the build did not finish, so no search index was written.');
      process.exit(1);
    });
  });
}

/**
 * Adds post pages (<kind>/<slug>/index.html) as Astro writes them, until the build is over.
 * A page counts once it is complete (it ends with </html>) and was written by this build
 * (not left over from an earlier one); anything missed here is added by the final sweep.
 */
async function followPostPages(addFile: AddFile, finished: Promise<void>): Promise<void> {
  let over = false;
  void finished.then(() => (over = true));
  const seen = new Set<string>();
  while (!over) {
    const ready: { file: string; html: string }[] = [];
    for (const kind of POST_KINDS) {
      const names = await readdir(join(dir, kind)).catch(() => [] as string[]);
      for (const name of names) {
        const file = `${kind}/${name}/index.html`;
        if (seen.has(file)) continue;
        const written = await stat(join(dir, file)).catch(() => undefined);
        if (!written?.isFile() || written.mtimeMs < buildStartedAt) continue;
        const html = await readFile(join(dir, file), 'utf8');
        if (!html.trimEnd().endsWith('</html>')) continue;
        seen.add(file);
        ready.push({ file, html });
      }
    }
    // In batches: a third less time at 1,000 posts than one page per answer.
    const added = await inBatches(ready, ({ file, html }) => addFile(file, html));
    addedWhileBuilding += added.filter(Boolean).length;
    await Promise.race([sleep(POLL_MS), finished]);
  }
}

if (!values.follow && !existsSync(dir)) {
  console.error(`search index: ${dir} does not exist; build the site first (npm run build).`);
  process.exit(1);
}
const finished = values.follow ? buildFinished() : undefined;
try {
  const whileBuilding = finished ? (addFile: AddFile) => followPostPages(addFile, finished) : undefined;
  const { pageCount } = await indexSite(dir, { info: (m) => console.log(m), error: (m) => console.error(m) }, undefined, { whileBuilding });
  const during = values.follow ? ` (${addedWhileBuilding} of them while Astro was building)` : '';
  console.log(`search index: indexed ${pageCount} pages${during} and wrote ${join(dir, 'pagefind')}/ in ${Math.round(Date.now() - startedAt)} ms.`);
  process.exit(0);
} catch (error) {
  console.error(`search index: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
