/**
 * `npm run build` (scripts/build.ts): astro build with the search indexer beside it. The
 * index it writes holds the same pages as the one `astro build` writes at its end, and a
 * failed build writes no index at all.
 */
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { root, runAstro, runsDir, type AstroRun } from '../helpers/build';
import { readFragments } from '../helpers/pagefind-bundle';

let run: AstroRun;

beforeAll(async () => {
  // Signed with the demo key, as `npm start` does (--demo-key sets the same variable).
  run = await runAstro('production-build', {
    name: 'production-build',
    contentDir: 'tests/fixtures/site',
    env: { MANIFEST_SIGNING_KEY_FILE: 'keys/DEMO-ONLY-manifest-signing-key.pem' },
  });
}, 300_000);

/** Built pages marked for search (data-pagefind-body), as site paths. */
function searchablePages(dist: string): string[] {
  return readdirSync(dist, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('index.html') && !f.startsWith('pagefind'))
    .filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body'))
    .map((f) => `/${f.replace(/index\.html$/, '')}`)
    .sort();
}

describe('npm run build', () => {
  it('builds the site and writes the search index after Astro, not inside it', () => {
    expect(run.code, run.output).toBe(0);
    expect(run.output).toContain('The search index is written by scripts/search-index.ts once this process has exited.');
    expect(run.output).toMatch(/search index: indexed \d+ pages \(\d+ of them while Astro was building\)/);
    // The indexer's line comes after Astro's last one.
    expect(run.output.lastIndexOf('search index: indexed')).toBeGreaterThan(run.output.lastIndexOf('[build] Complete!'));
    expect(existsSync(join(run.outDir, 'pagefind', 'pagefind.js'))).toBe(true);
  });

  it('indexes every post page, the same pages as a plain astro build', () => {
    const indexed = readFragments(run.outDir)
      .map((f) => f.url)
      .sort();
    const count = Number(/search index: indexed (\d+) pages/.exec(run.output)?.[1]);
    expect(indexed.length).toBeGreaterThan(0);
    expect(indexed).toEqual(searchablePages(run.outDir));
    expect(count).toBe(indexed.length);
    expect(indexed).toEqual(
      readFragments(inject('fixtureDist'))
        .map((f) => f.url)
        .sort(),
    );
  });

  it('writes the signed manifest last, listing every file of the search index, and shows the key on /security/', () => {
    expect(run.output).toContain('The manifest is written by scripts/build.ts once the search index is written.');
    expect(run.output.lastIndexOf('manifest: wrote manifest 1 of')).toBeGreaterThan(run.output.lastIndexOf('search index: indexed'));
    const manifest = JSON.parse(readFileSync(join(run.outDir, 'manifest.json'), 'utf8'));
    const bundle = readdirSync(join(run.outDir, 'pagefind'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => relative(run.outDir, join(entry.parentPath, entry.name)).split(sep).join('/'))
      .sort();
    expect(bundle.length).toBeGreaterThan(3);
    expect(manifest.files.map((f: { path: string }) => f.path).filter((p: string) => p.startsWith('pagefind/'))).toEqual(bundle);
    expect(manifest.signer.fingerprint).toBe('df8ac682b7c7d9e25c74dbe28a0f541b65b1317dd5e47f114ad671f847b6bee7');
    expect(readFileSync(join(run.outDir, 'security', 'index.html'), 'utf8')).toContain(
      '<code id="key-fingerprint">df8ac682b7c7d9e2 5c74dbe28a0f541b 65b1317dd5e47f11 4ad671f847b6bee7</code>',
    );
  });

  it('writes no search index when the build fails, and fails with Astro’s exit code', async () => {
    const content = join(runsDir, 'production-build-broken-content');
    rmSync(content, { recursive: true, force: true });
    cpSync(join(root, 'tests', 'fixtures', 'site'), content, { recursive: true });
    const post = join(content, 'progress', 'week-1.mdx');
    writeFileSync(post, readFileSync(post, 'utf8').replace(/^title:.*$/m, ''));
    const broken = await runAstro('production-build', { name: 'production-build-broken', contentDir: content });
    expect(broken.code).not.toBe(0);
    expect(broken.output).toContain('week-1.mdx');
    expect(broken.output).toContain('the search index was not written');
    expect(existsSync(join(broken.outDir, 'pagefind'))).toBe(false);
  }, 300_000);
});
