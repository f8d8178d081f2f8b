/**
 * The manifest step's writing (src/lib/manifest-write.ts) on small sites in a temporary
 * folder: what it writes and removes, the past manifests it copies, its log lines, and which
 * committed rotation note it picks.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRotation } from '../../src/lib/key-rotation';
import { signingKey, type SigningKey } from '../../src/lib/manifest-keys';
import { writeManifest } from '../../src/lib/manifest-write';
import { privateKeyFromSeed } from '../../src/lib/signed-note';
import { folderSource } from '../../src/lib/site-source';

const work = mkdtempSync(join(tmpdir(), 'manifest-write-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const [keyA, keyB, keyC] = [5, 6, 7].map((seed) => signingKey(privateKeyFromSeed(Buffer.alloc(32, seed)), 'test')) as [SigningKey, SigningKey, SigningKey];
const sha = (bytes: string | Buffer) => createHash('sha256').update(bytes).digest('hex');

let count = 0;
/** A new folder with the given files. */
function folder(files: Record<string, string> = { 'index.html': '<p>one</p>' }): string {
  const dir = join(work, `dir-${++count}`);
  mkdirSync(dir);
  for (const [path, text] of Object.entries(files)) writeFileSync(join(dir, path), text);
  return dir;
}

const common = (dir: string) => ({ dir, site: 'https://trust.example/', commit: 'c0ffee', builtAt: new Date('2026-11-28T12:00:00-08:00') });

describe('writeManifest', () => {
  it('writes the first manifest, its numbered copy, the signature and the public key', async () => {
    const dir = folder();
    const result = await writeManifest({ ...common(dir), key: keyA });
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
    expect(text).toBe(
      [
        '{',
        '  "format": "trust-site-manifest/1",',
        '  "sequence": 1,',
        '  "site": "https://trust.example/",',
        '  "commit": "c0ffee",',
        '  "builtAt": "2026-11-28T20:00:00.000Z",',
        '  "previous": null,',
        `  "signer": {"name":"trust-center-manifest","publicKey":"${keyA.publicKey.toString('base64')}","fingerprint":"${keyA.fingerprint}"},`,
        '  "rotation": null,',
        '  "files": [',
        `    {"path":"index.html","size":10,"sha256":"${sha('<p>one</p>')}"}`,
        '  ]',
        '}',
        '',
      ].join('\n'),
    );
    expect(result.sha256).toBe(sha(text));
    expect(result.pastCount).toBe(0);
    expect(result.log).toEqual([]);
    expect(readFileSync(join(dir, 'manifests', '1.json'), 'utf8')).toBe(text);
    expect(readFileSync(join(dir, 'manifest.sig'), 'utf8')).toMatch(/^— trust-center-manifest [A-Za-z0-9+/]{91}=\n$/);
    expect(readFileSync(join(dir, 'manifests', '1.sig'), 'utf8')).toBe(readFileSync(join(dir, 'manifest.sig'), 'utf8'));
    expect(readFileSync(join(dir, 'manifests', 'signing-key.pem'), 'utf8')).toMatch(/^-----BEGIN PUBLIC KEY-----\n/);
  });

  it('removes what an earlier run of the step left, and writes no signature when unsigned', async () => {
    const dir = folder();
    await writeManifest({ ...common(dir), key: keyA });
    writeFileSync(join(dir, 'manifests', '7.json'), 'stale');
    const result = await writeManifest(common(dir));
    expect(result.manifest.signer).toBeNull();
    expect(existsSync(join(dir, 'manifest.sig'))).toBe(false);
    expect(readdirSync(join(dir, 'manifests'))).toEqual(['1.json']);
  });

  it('copies the past manifests read from the previous site and links to the latest', async () => {
    const old = folder();
    await writeManifest({ ...common(old), key: keyA });
    const dir = folder({ 'index.html': '<p>two</p>' });
    const result = await writeManifest({ ...common(dir), key: keyA, previous: folderSource(old) });
    expect(result.pastCount).toBe(2);
    expect(result.log).toEqual([`Read 2 past manifest files from ${old}; the chain holds back to manifest 1.`]);
    expect(result.manifest.previous).toEqual({ sequence: 1, sha256: sha(readFileSync(join(old, 'manifest.json'))) });
    for (const path of ['1.json', '1.sig']) expect(readFileSync(join(dir, 'manifests', path))).toEqual(readFileSync(join(old, 'manifests', path)));
    expect(readdirSync(join(dir, 'manifests')).sort()).toEqual(['1.json', '1.sig', '2.json', '2.sig', 'signing-key.pem']);
  });

  it('starts a new chain when the previous site has no manifest, and says so', async () => {
    const empty = folder();
    const result = await writeManifest({ ...common(folder()), previous: folderSource(empty) });
    expect(result.manifest.sequence).toBe(1);
    expect(result.log).toEqual([`No manifest.json at ${empty}: this is the first manifest of a new chain.`]);
  });

  it('refuses to extend a chain that does not hold, listing its problems one a line', async () => {
    const old = folder();
    await writeManifest(common(old));
    rmSync(join(old, 'manifests', '1.json'));
    writeFileSync(join(old, 'manifest.sig'), 'stray');
    await expect(writeManifest({ ...common(folder()), previous: folderSource(old) })).rejects.toThrow(
      new Error(
        `The chain of past manifests at ${old} does not hold, so it is not extended:\n` +
          '  chain: manifests/1.json is missing (manifest.json is manifest 1)\n' +
          '  signature: manifest.json says it is unsigned, but there is a manifest.sig',
      ),
    );
  });

  it("reads only the previous site's chain, not its files, which a new build has replaced", async () => {
    const dir = folder();
    await writeManifest(common(dir));
    writeFileSync(join(dir, 'index.html'), '<p>two</p>');
    const result = await writeManifest({ ...common(dir), previous: folderSource(dir) });
    expect(result.manifest.sequence).toBe(2);
    expect(result.manifest.files).toEqual([{ path: 'index.html', size: 10, sha256: sha('<p>two</p>') }]);
  });

  it('refuses an unsigned build after a signed manifest, saying how to sign or to publish unsigned on purpose', async () => {
    const dir = folder();
    await writeManifest({ ...common(dir), key: keyA });
    await expect(writeManifest({ ...common(dir), previous: folderSource(dir) })).rejects.toThrow(
      new Error(
        'Manifest 1 was signed, but this build has no signing key. Set MANIFEST_SIGNING_KEY (the CI secret), or set MANIFEST_ALLOW_UNSIGNED=1 to publish an unsigned manifest on purpose.',
      ),
    );
  });

  it('picks the committed rotation note from the old key to the new one, skipping other files and notes', async () => {
    const dir = folder();
    await writeManifest({ ...common(dir), key: keyA });
    const rotations = join(work, 'rotations');
    mkdirSync(rotations);
    // Sorted before every note: only .note files are read.
    writeFileSync(join(rotations, '0-README.md'), 'Rotation notes, one per change of key.');
    // From another key to the new one, and from the old key to another one: neither hands over.
    writeFileSync(join(rotations, '1-c-to-b.note'), createRotation(keyC, keyB, new Date('2026-11-01T00:00:00Z')));
    writeFileSync(join(rotations, '2-a-to-c.note'), createRotation(keyA, keyC, new Date('2026-11-02T00:00:00Z')));
    const first = createRotation(keyA, keyB, new Date('2026-11-03T00:00:00Z'));
    writeFileSync(join(rotations, '4-a-to-b.note'), createRotation(keyA, keyB, new Date('2026-11-04T00:00:00Z')));
    writeFileSync(join(rotations, '3-a-to-b.note'), first);
    const result = await writeManifest({ ...common(dir), key: keyB, previous: folderSource(dir), rotationsDir: rotations });
    expect(result.manifest.rotation).toBe(first);
    expect(result.log.at(-1)).toBe(`The signing key changed: the rotation note from ${keyA.fingerprint.slice(0, 16)}… is in this manifest.`);
  });

  it('names keys/rotations when no rotations folder is given', async () => {
    const dir = folder();
    await writeManifest({ ...common(dir), key: keyA });
    await expect(writeManifest({ ...common(dir), key: keyB, previous: folderSource(dir) })).rejects.toThrow(
      `Manifest 1 was signed by the key ${keyA.fingerprint}, this build signs with ${keyB.fingerprint}, and keys/rotations has no rotation note from the old key to the new one. Write one with \`npm run manifest-key -- rotate\` (PUBLISHING.md, "Change the signing key") and commit it.`,
    );
  });
});
