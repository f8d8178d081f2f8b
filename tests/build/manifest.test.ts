/**
 * The signed, chained manifest on the demo build: what a plain `astro build` writes
 * (unsigned), and `npm run verify` on copies of it signed with a throwaway key, then
 * tampered with in every way the issue names, from a folder and over HTTP.
 */
import { execFile } from 'node:child_process';
import { createHash, generateKeyPairSync, type KeyObject } from 'node:crypto';
import { appendFileSync, cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { NODE_SCRIPT, chainCommands, fileCommands, signatureCommands } from '../../src/lib/verify-instructions';
import { root, runsDir, TEST_NOW } from '../helpers/build';
import { listFiles, readPage } from '../../scripts/lib/dist-files';
import { serveStatic } from '../../scripts/lib/static-server';

/** Output and exit code of a script run on the pinned Node. */
interface ScriptRun {
  code: number;
  output: string;
  /** The first line printed: the verdict. */
  verdict: string;
}

/** Runs `node <script> ...args` from the project root. */
function run(script: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  return new Promise((resolvePromise) => {
    execFile(process.execPath, [script, ...args], { cwd: root, env: { ...process.env, SITE_NOW: TEST_NOW, ...env } }, (error, stdout, stderr) => {
      const output = `${stdout}${stderr}`;
      resolvePromise({ code: error ? Number(error.code ?? 1) : 0, output, verdict: output.split('\n')[0]! });
    });
  });
}

const verify = (...args: string[]) => run(join(root, 'scripts', 'verify.ts'), args);
const sign = (dir: string, env: Record<string, string>) => run(join(root, 'scripts', 'manifest.ts'), [dir], env);

/** A throwaway Ed25519 key: its PEM, its raw public key's SHA-256 and the key itself. */
function throwawayKey(): { pem: string; print: string; privateKey: KeyObject } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const raw = publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  return { pem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString(), print: createHash('sha256').update(raw).digest('hex'), privateKey };
}

/** A fresh copy of a folder under the test runs. */
function copy(from: string, name: string): string {
  const to = join(runsDir, `manifest-${name}`);
  rmSync(to, { recursive: true, force: true });
  cpSync(from, to, { recursive: true });
  return to;
}

const key = throwawayKey();
let demo: string;
let signed: string;
/** Files of the demo build, without the manifest outputs. */
let siteFiles: string[];

beforeAll(async () => {
  demo = inject('demoDist');
  siteFiles = listFiles(demo).filter((f) => f !== 'manifest.json' && f !== 'manifest.sig' && !f.startsWith('manifests/'));
  signed = copy(demo, 'signed');
  // The manifest step again, on a copy of the demo build, signed, as the first of a new chain.
  const step = await sign(signed, { MANIFEST_SIGNING_KEY: key.pem });
  expect(step.code, step.output).toBe(0);
});

describe('the manifest a build writes', () => {
  it('lists every file of the plain astro build, the search index included, unsigned', () => {
    const manifest = JSON.parse(readFileSync(join(demo, 'manifest.json'), 'utf8'));
    expect(manifest.sequence).toBe(1);
    expect(manifest.signer).toBeNull();
    expect(manifest.previous).toBeNull();
    expect(manifest.builtAt).toBe('2026-11-28T12:00:00.000Z');
    expect(manifest.files.map((f: { path: string }) => f.path).sort()).toEqual([...siteFiles].sort());
    expect(siteFiles).toContain('pagefind/pagefind.js');
    expect(siteFiles).toContain('verify/index.html');
    const page = manifest.files.find((f: { path: string }) => f.path === 'plan/index.html');
    expect(page.sha256).toBe(
      createHash('sha256')
        .update(readFileSync(join(demo, 'plan', 'index.html')))
        .digest('hex'),
    );
    expect(existsSync(join(demo, 'manifest.sig'))).toBe(false);
    expect(readFileSync(join(demo, 'manifests', '1.json'))).toEqual(readFileSync(join(demo, 'manifest.json')));
  });

  it('verifies an unsigned build’s hashes and says it is unsigned (exit 2)', async () => {
    const result = await verify(demo);
    expect(result.verdict).toBe(
      `UNSIGNED: the ${siteFiles.length} files of ${demo} match manifest 1 and the chain holds back to manifest 1, but the manifest is unsigned, so nothing proves who published it.`,
    );
    expect(result.code).toBe(2);
  });

  it('says on /security/ and /verify/ that an unsigned build is unsigned, and links to /verify/', () => {
    const unsigned = 'This copy of the site was built without a signing key';
    expect(readPage(demo, 'security/index.html').querySelector('#verify')!.nextElementSibling!.nextElementSibling!.text).toContain(unsigned);
    expect(readPage(demo, 'security/index.html').querySelector('a[href="/verify/"]')).not.toBeNull();
    expect(readPage(demo, 'verify/index.html').text).toContain(unsigned);
  });
});

describe('npm run verify on a signed copy', () => {
  it('passes, naming the key, with a note that the key came from the site', async () => {
    const result = await verify(signed);
    expect(result.verdict).toBe(
      `PASS: the ${siteFiles.length} files of ${signed} match manifest 1, signed by key ${key.print.slice(0, 16)}…; the chain holds back to manifest 1.`,
    );
    expect(result.output).toContain('note: the key was read from the site itself');
    expect(result.code).toBe(0);
  });

  it('passes with the key pinned by its fingerprint, and the signature checks out with openssl’s format', async () => {
    const result = await verify(signed, '--key', key.print);
    expect(result.verdict).toContain(`signed by key ${key.print.slice(0, 16)}… (pinned)`);
    expect(result.code).toBe(0);
    // manifest.sig is one signed-note line whose last 64 bytes are the plain Ed25519 signature.
    const line = readFileSync(join(signed, 'manifest.sig'), 'utf8');
    expect(line).toMatch(/^— trust-center-manifest [A-Za-z0-9+/]{91}=\n$/);
  });

  it('fails naming the page when one byte of it changes', async () => {
    const dir = copy(signed, 'one-byte');
    const file = join(dir, 'plan', 'index.html');
    const bytes = readFileSync(file);
    bytes[100] = bytes[100]! ^ 1;
    writeFileSync(file, bytes);
    const result = await verify(dir);
    expect(result.code).toBe(1);
    expect(result.verdict).toMatch(
      /^FAIL: 1 problem in .* against manifest 1; the first: changed: plan\/index\.html has SHA-256 [0-9a-f]{64}, the manifest says [0-9a-f]{64}$/,
    );
  });

  it('fails naming a removed file and an added file', async () => {
    const dir = copy(signed, 'removed-added');
    unlinkSync(join(dir, 'rss.xml'));
    writeFileSync(join(dir, 'extra.html'), '<p>not published by us</p>');
    const result = await verify(dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain('\n  not listed: extra.html is in the site but not in the manifest\n');
    expect(result.output).toContain('\n  missing: rss.xml is listed in the manifest but not in the site\n');
  });

  it('fails when the key is swapped, and when the published key is not the pinned one', async () => {
    const dir = copy(signed, 'swapped-key');
    const other = throwawayKey();
    // The host re-signs the same manifest with its own key and publishes that key.
    const step = await sign(dir, { MANIFEST_SIGNING_KEY: other.pem });
    expect(step.code, step.output).toBe(0);
    const pinned = await verify(dir, '--key', key.print);
    expect(pinned.code).toBe(1);
    expect(pinned.output).toContain(
      `\n  key: manifest.json is signed by the key ${other.print.slice(0, 16)}…, which is not the pinned key ${key.print.slice(0, 16)}…, and no key handover in the chain leads to it from the pinned key\n`,
    );
    // The signature file alone swapped: the signature does not match the published key.
    const dir2 = copy(signed, 'swapped-signature');
    cpSync(join(dir, 'manifest.sig'), join(dir2, 'manifest.sig'));
    const swapped = await verify(dir2);
    expect(swapped.code).toBe(1);
    expect(swapped.output).toContain('\n  signature: manifest.sig is not a valid signature of manifest.json by the key');
  });
});

describe('the chain of manifests', () => {
  let chain: string;
  beforeAll(async () => {
    chain = copy(signed, 'chain');
    // Two more deploys, each reading the past manifests from the previous deploy.
    for (const n of [2, 3]) {
      const step = await sign(chain, { MANIFEST_SIGNING_KEY: key.pem, MANIFEST_PREVIOUS: chain });
      expect(step.code, step.output).toBe(0);
      expect(step.output).toContain(`manifest: wrote manifest ${n} of ${siteFiles.length} files`);
    }
  });

  it('holds back to manifest 1, and to a given manifest by its hash', async () => {
    const result = await verify(chain, '--key', key.print);
    expect(result.verdict).toBe(
      `PASS: the ${siteFiles.length} files of ${chain} match manifest 3, signed by key ${key.print.slice(0, 16)}… (pinned); the chain holds back to manifest 1.`,
    );
    const hash = createHash('sha256')
      .update(readFileSync(join(chain, 'manifests', '2.json')))
      .digest('hex');
    expect((await verify(chain, '--to', `2:${hash}`)).code).toBe(0);
    const wrong = await verify(chain, '--to', `2:${'0'.repeat(64)}`);
    expect(wrong.output).toContain(`\n  chain: manifest 2 has SHA-256 ${hash}, not the ${'0'.repeat(64)} you gave\n`);
  });

  it('names the first broken link when a past manifest is changed', async () => {
    const dir = copy(chain, 'broken-chain');
    const path = join(dir, 'manifests', '2.json');
    const before = createHash('sha256').update(readFileSync(path)).digest('hex');
    writeFileSync(
      path,
      readFileSync(path, 'utf8').replace(/"size":(\d+)/, (_, n) => `"size":${Number(n) + 1}`),
    );
    const after = createHash('sha256').update(readFileSync(path)).digest('hex');
    const result = await verify(dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain(`\n  chain: broken at manifest 2: manifests/2.json has SHA-256 ${after}, but manifest 3 records ${before}\n`);
  });

  it('says the manifests are out of order when two are swapped', async () => {
    const dir = copy(chain, 'reordered');
    renameSync(join(dir, 'manifests', '1.json'), join(dir, 'manifests', 'tmp.json'));
    renameSync(join(dir, 'manifests', '2.json'), join(dir, 'manifests', '1.json'));
    renameSync(join(dir, 'manifests', 'tmp.json'), join(dir, 'manifests', '2.json'));
    const result = await verify(dir);
    expect(result.code).toBe(1);
    expect(result.output).toContain('\n  chain: manifests/2.json holds manifest 1: the manifests are out of order\n');
  });

  it('says which past manifest is missing', async () => {
    const dir = copy(chain, 'missing-past');
    unlinkSync(join(dir, 'manifests', '1.json'));
    const result = await verify(dir);
    expect(result.output).toContain('\n  chain: manifests/1.json is missing; the chain breaks between manifest 2 and the ones before it\n');
    expect(result.code).toBe(1);
  });

  it('refuses to extend a broken chain', async () => {
    const dir = copy(chain, 'extend-broken');
    appendFileSync(join(dir, 'manifests', '1.json'), ' ');
    const step = await sign(dir, { MANIFEST_SIGNING_KEY: key.pem, MANIFEST_PREVIOUS: dir });
    expect(step.code).toBe(1);
    expect(step.output).toContain('does not hold, so it is not extended');
    expect(step.output).toContain('manifests/1.json: "(file)" is not in canonical form');
  });
});

describe('over HTTP', () => {
  it('verifies a site served by a web server, and names a changed file', async () => {
    const dir = copy(signed, 'http');
    const server = await serveStatic(dir);
    try {
      const good = await verify(server.url, '--key', key.print);
      expect(good.verdict).toBe(
        `PASS: the ${siteFiles.length} files of ${server.url} match manifest 1, signed by key ${key.print.slice(0, 16)}… (pinned); the chain holds back to manifest 1.`,
      );
      expect(good.output).toContain('note: Files that the manifest does not list cannot be found over HTTP');
      writeFileSync(join(dir, 'about', 'index.html'), '<p>rewritten</p>');
      const bad = await verify(server.url);
      expect(bad.code).toBe(1);
      expect(bad.verdict).toContain('the first: changed: about/index.html has SHA-256');
    } finally {
      await server.close();
    }
  });

  it('the Node script on /verify/ checks the key, the signature and every file', async () => {
    const dir = copy(signed, 'node-script');
    const script = join(runsDir, 'manifest-verify.mjs');
    writeFileSync(script, NODE_SCRIPT);
    // <pre> content is parsed as elements here (node-html-parser keeps it as raw text by default).
    const page = parse(readFileSync(join(demo, 'verify', 'index.html'), 'utf8'), { blockTextElements: { script: true, style: true } });
    expect(page.querySelector('#node-script')!.text).toBe(NODE_SCRIPT);
    const server = await serveStatic(dir);
    try {
      const good = await run(script, [server.url, key.print]);
      expect(good.output).toBe('Every file matches the signed manifest.\n');
      expect(good.code).toBe(0);
      expect((await run(script, [server.url, throwawayKey().print])).output).toContain('not the key you expected');
      unlinkSync(join(dir, 'feed.json'));
      const bad = await run(script, [server.url, key.print]);
      expect(bad.output).toBe('differs or missing: feed.json\n1 files differ from the signed manifest\n');
      expect(bad.code).toBe(1);
    } finally {
      await server.close();
    }
  });
});

describe('the shell commands on /verify/ (curl, openssl, jq, sha256sum)', () => {
  /** Runs shell lines with bash -e in `cwd`. */
  const shell = (lines: string, cwd: string) =>
    new Promise<{ code: number; output: string }>((resolvePromise) => {
      execFile('bash', ['-e', '-c', lines], { cwd }, (error, stdout, stderr) =>
        resolvePromise({ code: error ? Number(error.code ?? 1) : 0, output: `${stdout}${stderr}` }),
      );
    });

  it('check the key, the signature, every file and the chain link, and catch a changed file', async () => {
    const dir = copy(signed, 'shell');
    const step = await sign(dir, { MANIFEST_SIGNING_KEY: key.pem, MANIFEST_PREVIOUS: dir });
    expect(step.code, step.output).toBe(0);
    const server = await serveStatic(dir);
    const work = join(runsDir, 'manifest-shell-work');
    rmSync(work, { recursive: true, force: true });
    mkdirSync(work);
    try {
      const signature = await shell(signatureCommands(server.url), work);
      expect(signature.output).toBe(`${key.print}  -\nSignature Verified Successfully\n`);
      const files = await shell(fileCommands(server.url), work);
      expect(files).toEqual({ code: 0, output: '' });
      const chain = await shell(chainCommands(server.url), work);
      const hash = createHash('sha256')
        .update(readFileSync(join(dir, 'manifests', '1.json')))
        .digest('hex');
      expect(chain.output).toBe(`${hash}\n${hash}  1.json\n`);
      writeFileSync(join(dir, 'data', 'commitments.json'), '[]');
      rmSync(join(work, 'copy'), { recursive: true });
      const changed = await shell(fileCommands(server.url), work);
      expect(changed.code).not.toBe(0);
      expect(changed.output).toContain('data/commitments.json: FAILED');
    } finally {
      await server.close();
    }
  });
});

describe('the demo key', () => {
  it('signs when selected, and the verifier says a demo signature proves nothing', async () => {
    const dir = copy(demo, 'demo-key');
    const step = await sign(dir, { MANIFEST_SIGNING_KEY_FILE: 'keys/DEMO-ONLY-manifest-signing-key.pem' });
    expect(step.output).toContain('signed with the DEMO key (DEMO ONLY: its private key is public)');
    const result = await verify(dir);
    expect(result.code).toBe(0);
    expect(result.verdict).toContain('signed by the DEMO key df8ac682b7c7d9e2…');
    expect(result.output).toContain('note: Signed with the DEMO key, whose private key is public: this signature proves nothing');
  });
});
