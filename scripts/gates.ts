/**
 * `npm run gates -- <dir>`: the output checks that CI's tests run, over any build folder,
 * so that the deploy workflow publishes nothing that fails them:
 * - valid HTML (html-validate with .htmlvalidate.json), every page;
 * - internal links and #fragments resolve, under the base path;
 * - no page, stylesheet or feed loads a resource from another origin;
 * - no inline script or style that the static _headers policy would block.
 * The same code runs in the tests (scripts/lib/output-gates.ts, scripts/lib/dist-files.ts).
 *
 * Where the build is served comes from SITE_URL and BASE_PATH, as for the build
 * (src/lib/site-address.ts). Prints one line per failure and exits with 1 when there is any.
 */
import { existsSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { resolveSiteAddress, SiteSettingError } from '../src/lib/site-address.ts';
import { findBrokenLinks, listPages } from './lib/dist-files.ts';
import { findForeignResources, findInlineCode, validateHtml } from './lib/output-gates.ts';

const { positionals } = parseArgs({ allowPositionals: true, options: {} });
if (positionals.length !== 1) {
  console.error('Usage: npm run gates -- <build folder>   (SITE_URL and BASE_PATH as for the build)');
  process.exit(2);
}
const dist = resolve(positionals[0]!);
if (!existsSync(dist) || !statSync(dist).isDirectory() || listPages(dist).length === 0) {
  console.error(`${positionals[0]}: not a build folder (no HTML page in it). Run npm run build first.`);
  process.exit(2);
}

let address: { origin: string; base: string };
try {
  address = resolveSiteAddress(process.env.SITE_URL, process.env.BASE_PATH);
} catch (error) {
  if (!(error instanceof SiteSettingError)) throw error;
  console.error(error.message);
  process.exit(2);
}
const { origin, base } = address;

const started = performance.now();
const failures = [
  ...(await validateHtml(dist)).map((e) => `valid HTML  ${e.file}:${e.at}  ${e.rule}: ${e.message}`),
  ...findBrokenLinks(dist, base, origin).map((b) => `internal links  ${b.page}  ${b.href}: ${b.reason}`),
  ...findForeignResources(dist, origin).map((f) => `no third parties  ${f.file}  loads ${f.url} from another origin`),
  ...findInlineCode(dist).map((file) => `content security policy  ${file}  has inline script or style, which the _headers policy blocks`),
];
const seconds = ((performance.now() - started) / 1000).toFixed(1);
for (const line of failures) console.log(line);
const pages = listPages(dist).length;
if (failures.length > 0) {
  console.log(
    `\n✗ ${failures.length} gate failure${failures.length === 1 ? '' : 's'} in ${positionals[0]} (${pages} pages, served at ${origin}${base}; ${seconds} s).`,
  );
  process.exit(1);
}
console.log(
  `✓ ${pages} pages in ${positionals[0]}: valid HTML, internal links resolve, nothing from another origin, no inline code (served at ${origin}${base}; ${seconds} s).`,
);
