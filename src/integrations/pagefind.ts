/**
 * Indexes the built site with Pagefind's Node API and writes the search bundle to
 * <outDir>/pagefind/: at the end of `astro build`, or in a process of its own beside it
 * (`npm run build`, see SEARCH_INDEX_AFTER_BUILD). Any error Pagefind reports fails the
 * build with Pagefind's own message. Under `astro dev`, serves the last production build's
 * bundle, if there is one, so search can be tried while authoring (the search page says
 * when there is none).
 */
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { createReadStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as pagefindApi from 'pagefind';
import { siteLinks } from '../lib/routes.ts';
import { separateBlocks, urlOfHtmlFile } from '../lib/search-html.ts';

/** The part of Pagefind's Node API the indexer uses (the real module, or a stand-in in tests). */
export type PagefindApi = Pick<typeof pagefindApi, 'createIndex' | 'close'>;

/** What one indexing run produced. */
export interface IndexResult {
  /** Pages handed to Pagefind: the built pages with data-pagefind-body. */
  pageCount: number;
  /** Folder the bundle was written to. */
  outputPath: string;
}

/** Folder of the search bundle inside a build. */
export const BUNDLE_DIR = 'pagefind';

/**
 * Pagefind's ready-made interfaces, written with every bundle. The search page uses
 * Pagefind's JS API (pagefind.js, its worker and WebAssembly) with its own markup, so
 * these ~590 KB are removed rather than published unused.
 */
export const UNUSED_BUNDLE_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-highlight.js',
] as const;

/**
 * Set to "1" by `npm run build` (scripts/build.ts): `astro build` then leaves the index to
 * scripts/search-index.ts, which runs beside it and writes the bundle once Astro's process
 * has exited and freed its memory. A plain `astro build` indexes at its end, so its output
 * is never without search.
 */
export const SEARCH_INDEX_AFTER_BUILD = 'SEARCH_INDEX_AFTER_BUILD';

/** Files read and handed to Pagefind at a time. */
const ADD_BATCH = 32;

/**
 * Hands `items` to `add` ADD_BATCH at a time and resolves with every result in order: Pagefind
 * takes pages sent together back to back, instead of waiting for each answer before the next.
 */
export async function inBatches<T, R>(items: readonly T[], add: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += ADD_BATCH) results.push(...(await Promise.all(items.slice(i, i + ADD_BATCH).map(add))));
  return results;
}

/** Every .html file under a folder, as "/"-separated relative paths, sorted. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith(`${BUNDLE_DIR}/`) && statSync(join(dir, f)).isFile())
    .sort();
}

/**
 * Adds one built HTML file (a "/"-separated path under the site folder) to the index being
 * built; resolves to true when it was a searchable page not added before.
 */
export type AddFile = (file: string, html?: string) => Promise<boolean>;

/** Options of an indexing run. */
export interface IndexOptions {
  /**
   * Called with the open index before the final sweep, to add pages while the rest of the
   * site is still being built (scripts/search-index.ts --follow); the sweep then adds
   * every page it did not add. Resolves when the build is over.
   */
  whileBuilding?: (addFile: AddFile) => Promise<void>;
}

/** True for a built page that is meant to be searched: post pages mark their text with data-pagefind-body. */
function isSearchablePage(html: string): boolean {
  return html.includes('data-pagefind-body');
}

/**
 * Indexes the searchable pages under `siteDir` (those with data-pagefind-body; Pagefind
 * would read the others and leave them out) and writes the bundle to `siteDir/pagefind/`.
 * Each page is handed over as its site URL and its HTML with cells kept apart
 * (see lib/search-html.ts), so result URLs follow the site's trailing-slash form.
 * Rejects with Pagefind's messages when it reports errors, and with a clear message when
 * its indexer process stops without answering (it prints its own reason to stderr).
 */
export async function indexSite(
  siteDir: string,
  logger?: Pick<AstroIntegrationLogger, 'info' | 'error'>,
  api: PagefindApi = pagefindApi,
  options: IndexOptions = {},
): Promise<IndexResult> {
  const outputPath = join(siteDir, BUNDLE_DIR);
  const fail = (stage: string, errors: string[]): never => {
    for (const error of errors) logger?.error(`Pagefind: ${error}`);
    throw new Error(`Pagefind could not ${stage}:\n${errors.map((e) => `  - ${e}`).join('\n')}`);
  };
  // Pagefind's indexer runs as a child process; if it dies, its pending answers never
  // come and Node would exit with the build half done. Turn that into a failure.
  let onBeforeExit: (() => void) | undefined;
  const stopped = new Promise<never>((_, reject) => {
    onBeforeExit = () => reject(new Error('Pagefind stopped without answering; its own message, if any, is printed above.'));
    process.once('beforeExit', onBeforeExit);
  });
  const run = async (): Promise<IndexResult> => {
    rmSync(outputPath, { recursive: true, force: true });
    const created = await api.createIndex();
    if (created.errors.length > 0 || !created.index) fail('start', created.errors.length ? created.errors : ['no index was created']);
    const index = created.index!;
    const handled = new Set<string>();
    let pageCount = 0;
    const addFile: AddFile = async (file, html) => {
      if (handled.has(file)) return false;
      handled.add(file);
      const content = html ?? (await readFile(join(siteDir, file), 'utf8'));
      if (!isSearchablePage(content)) return false;
      const response = await index.addHTMLFile({ url: urlOfHtmlFile(file), content: separateBlocks(content) });
      if (response.errors.length > 0)
        fail(
          `index ${siteDir}`,
          response.errors.map((e) => `${file}: ${e}`),
        );
      pageCount++;
      return true;
    };
    if (options.whileBuilding) await options.whileBuilding(addFile);
    const files = htmlFiles(siteDir).filter((file) => !handled.has(file));
    await inBatches(files, (file) => addFile(file));
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) fail(`write the search bundle to ${outputPath}`, written.errors);
    for (const file of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, file), { force: true });
    return { pageCount, outputPath };
  };
  try {
    return await Promise.race([run(), stopped]);
  } catch (error) {
    // Pagefind's own words first (an error it reported, or "Pagefind backend closed"
    // when its process died), then what it means for this build.
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`${reason}\nThe search index was not written to ${outputPath}, so the build stops here.`, { cause: error });
  } finally {
    if (onBeforeExit) process.off('beforeExit', onBeforeExit);
    await api.close();
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** The Astro integration: index after `astro build`, serve the last index under `astro dev`. */
export function pagefind(): AstroIntegration {
  let outDir: URL | undefined;
  let base = '/';
  return {
    name: 'trust-site:pagefind',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = config.outDir;
        base = config.base;
      },
      'astro:server:setup': ({ server }) => {
        const bundle = outDir && join(fileURLToPath(outDir), BUNDLE_DIR);
        const prefixes = [siteLinks(base, '').href(`/${BUNDLE_DIR}/`), `/${BUNDLE_DIR}/`];
        server.middlewares.use((req, res, next) => {
          const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
          const prefix = prefixes.find((p) => path.startsWith(p));
          if (!bundle || !prefix) return next();
          const file = normalize(join(bundle, path.slice(prefix.length)));
          if (!file.startsWith(bundle + sep) || !existsSync(file) || !statSync(file).isFile()) {
            res.statusCode = 404;
            res.end('No search index: run npm run build first.');
            return;
          }
          res.setHeader('content-type', TYPES[extname(file)] ?? 'application/octet-stream');
          res.setHeader('cache-control', 'no-store');
          createReadStream(file).pipe(res);
        });
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (process.env[SEARCH_INDEX_AFTER_BUILD] === '1') {
          logger.info('The search index is written by scripts/search-index.ts once this process has exited.');
          return;
        }
        const started = performance.now();
        const { pageCount } = await indexSite(fileURLToPath(dir), logger);
        logger.info(`Indexed ${pageCount} pages and wrote the search index in ${Math.round(performance.now() - started)} ms.`);
      },
    },
  };
}
