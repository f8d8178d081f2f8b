/**
 * The manifest step as the build runs it (src/lib/manifest-step.ts): its settings read from
 * the environment (signing key, previous chain, unsigned on purpose, commit, build time), on
 * small sites in a temporary folder.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRotation } from '../../src/lib/key-rotation';
import { signingKey } from '../../src/lib/manifest-keys';
import { buildCommit, runManifestStep } from '../../src/lib/manifest-step';
import { privateKeyFromSeed } from '../../src/lib/signed-note';
import { root } from '../helpers/build';

const work = mkdtempSync(join(tmpdir(), 'manifest-step-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const keyA = signingKey(privateKeyFromSeed(Buffer.alloc(32, 3)), 'test');
const keyB = signingKey(privateKeyFromSeed(Buffer.alloc(32, 4)), 'test');
const pem = (key: typeof keyA) => key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
const NOW = { SITE_NOW: '2026-11-28T12:00:00-08:00', GITHUB_SHA: 'c0ffee' };

let sites = 0;
/** A new site folder with one page. */
function site(): string {
  const dir = join(work, `site-${++sites}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'index.html'), '<p>one</p>');
  return dir;
}

describe('buildCommit', () => {
  it('takes GITHUB_SHA first, else HEAD of the repository, else null', () => {
    expect(buildCommit({ GITHUB_SHA: 'abc123' }, work)).toBe('abc123');
    const head = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8' }).trim();
    expect(buildCommit({}, root)).toBe(head);
    expect(buildCommit({ GITHUB_SHA: '' }, root)).toBe(head);
    expect(buildCommit({}, work)).toBeNull();
  });
});

describe('runManifestStep', () => {
  it('writes an unsigned first manifest with the commit and the pinned build time, and says so', async () => {
    const dir = site();
    const result = await runManifestStep(dir, 'https://trust.example/trust/', NOW, work);
    expect(result.manifest).toMatchObject({
      sequence: 1,
      site: 'https://trust.example/trust/',
      commit: 'c0ffee',
      builtAt: '2026-11-28T20:00:00.000Z',
      previous: null,
      signer: null,
      rotation: null,
    });
    expect(result.log).toEqual(['manifest: wrote manifest 1 of 1 files, UNSIGNED (no MANIFEST_SIGNING_KEY).']);
  });

  it('signs with the key given, and names the demo key as such', async () => {
    const signed = await runManifestStep(site(), 'https://trust.example/', { ...NOW, MANIFEST_SIGNING_KEY: pem(keyA) }, work);
    expect(signed.log.at(-1)).toBe(`manifest: wrote manifest 1 of 1 files, signed with the key ${keyA.fingerprint}.`);
    const demo = await runManifestStep(
      site(),
      'https://trust.example/',
      { ...NOW, MANIFEST_SIGNING_KEY_FILE: 'keys/DEMO-ONLY-manifest-signing-key.pem' },
      root,
    );
    expect(demo.log.at(-1)).toBe(
      'manifest: wrote manifest 1 of 1 files, signed with the DEMO key (DEMO ONLY: its private key is public) df8ac682b7c7d9e25c74dbe28a0f541b65b1317dd5e47f114ad671f847b6bee7.',
    );
  });

  it('extends the chain at MANIFEST_PREVIOUS (trimmed); a blank value starts a new one', async () => {
    const dir = site();
    await runManifestStep(dir, 'https://trust.example/', NOW, work);
    const second = await runManifestStep(dir, 'https://trust.example/', { ...NOW, MANIFEST_PREVIOUS: `  ${dir}\t` }, work);
    expect(second.manifest.sequence).toBe(2);
    expect(second.log).toEqual([
      `Read 1 past manifest files from ${dir}; the chain holds back to manifest 1.`,
      'manifest: wrote manifest 2 of 1 files, UNSIGNED (no MANIFEST_SIGNING_KEY).',
    ]);
    const fresh = await runManifestStep(dir, 'https://trust.example/', { ...NOW, MANIFEST_PREVIOUS: ' ' }, work);
    expect(fresh.manifest.sequence).toBe(1);
    expect(fresh.log).toEqual(['manifest: wrote manifest 1 of 1 files, UNSIGNED (no MANIFEST_SIGNING_KEY).']);
  });

  it('publishes unsigned after a signed manifest only with MANIFEST_ALLOW_UNSIGNED=1', async () => {
    const dir = site();
    await runManifestStep(dir, 'https://trust.example/', { ...NOW, MANIFEST_SIGNING_KEY: pem(keyA) }, work);
    const env = { ...NOW, MANIFEST_PREVIOUS: dir };
    await expect(runManifestStep(dir, 'https://trust.example/', { ...env, MANIFEST_ALLOW_UNSIGNED: 'yes' }, work)).rejects.toThrow(
      'Manifest 1 was signed, but this build has no signing key.',
    );
    const unsigned = await runManifestStep(dir, 'https://trust.example/', { ...env, MANIFEST_ALLOW_UNSIGNED: '1' }, work);
    expect(unsigned.manifest).toMatchObject({ sequence: 2, signer: null });
  });

  it('reads rotation notes from keys/rotations under the root folder', async () => {
    const project = join(work, 'project');
    mkdirSync(join(project, 'keys', 'rotations'), { recursive: true });
    const note = createRotation(keyA, keyB, new Date('2026-11-28T12:00:00Z'));
    writeFileSync(join(project, 'keys', 'rotations', 'a-b.note'), note);
    const dir = site();
    await runManifestStep(dir, 'https://trust.example/', { ...NOW, MANIFEST_SIGNING_KEY: pem(keyA) }, project);
    const rotated = await runManifestStep(dir, 'https://trust.example/', { ...NOW, MANIFEST_SIGNING_KEY: pem(keyB), MANIFEST_PREVIOUS: dir }, project);
    expect(rotated.manifest.rotation).toBe(note);
  });
});
