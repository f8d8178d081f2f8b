/**
 * The manifest core without a build: the signed-note format against Go's published test
 * vector, the canonical form, keys, rotation notes, and the chain on small sites in a
 * temporary folder.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRotation, readRotation } from '../../src/lib/key-rotation';
import { hashFilesAhead, hashSiteFiles, parseManifest, serializeManifest, type Manifest } from '../../src/lib/manifest';
import {
  DEMO_KEY_FILE,
  DEMO_KEY_FINGERPRINT,
  parsePrivateKey,
  parsePublicKey,
  signingKey,
  signingKeyFromEnv,
  fingerprint,
  type SigningKey,
} from '../../src/lib/manifest-keys';
import { verifySite } from '../../src/lib/manifest-verify';
import { writeManifest } from '../../src/lib/manifest-write';
import { isSignedBy, keyId, parseVerifierKey, privateKeyFromSeed, signatureLine, splitNote, verifierKey } from '../../src/lib/signed-note';
import { folderSource } from '../../src/lib/site-source';
import { root } from '../helpers/build';

// The example key and note of golang.org/x/mod/sumdb/note (the reference implementation).
const GO_SKEY_SEED = 'AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz';
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIGNATURE = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';

const work = mkdtempSync(join(tmpdir(), 'manifest-unit-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** A fresh throwaway key. */
function newKey(): SigningKey {
  return signingKey(generateKeyPairSync('ed25519').privateKey, 'test');
}

/** A small site folder with the given files. */
function site(name: string, files: Record<string, string>): string {
  const dir = join(work, name);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('signed notes (C2SP)', () => {
  const goKey = privateKeyFromSeed(Buffer.from(GO_SKEY_SEED, 'base64').subarray(1));

  it('signs exactly as the reference implementation does', () => {
    expect(signatureLine(GO_TEXT, 'PeterNeumann', goKey)).toBe(GO_SIGNATURE);
    const key = parseVerifierKey(GO_VKEY);
    expect(keyId(key)).toBe('c74f20a3');
    expect(verifierKey(key)).toBe(GO_VKEY);
  });

  it('verifies the reference note and rejects a changed text or another name', () => {
    const { text, signatures } = splitNote(`${GO_TEXT}\n${GO_SIGNATURE}`);
    const key = parseVerifierKey(GO_VKEY);
    expect(isSignedBy(text, signatures, key)).toBe(true);
    expect(isSignedBy(text.replace('answer', 'Answer'), signatures, key)).toBe(false);
    expect(isSignedBy(text, signatures, { ...key, name: 'Someone' })).toBe(false);
  });

  it('refuses malformed keys and texts with the reason', () => {
    expect(() => parseVerifierKey('PeterNeumann+00000000+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toThrow('the key ID 00000000 does not match');
    expect(() => signatureLine('no final newline', 'x', goKey)).toThrow('must end with a newline');
    expect(() => splitNote('— x abc\n')).toThrow('no blank line before the signatures');
  });
});

describe('canonical manifest', () => {
  const manifest: Manifest = {
    format: 'trust-site-manifest/1',
    sequence: 2,
    site: 'https://trust.example/',
    commit: 'abc123',
    builtAt: '2026-11-28T12:00:00.000Z',
    previous: { sequence: 1, sha256: 'a'.repeat(64) },
    signer: null,
    rotation: null,
    files: [
      { path: 'b/index.html', size: 3, sha256: 'c'.repeat(64) },
      { path: 'B.txt', size: 1, sha256: 'b'.repeat(64) },
    ],
  };
  const canonical = `{
  "format": "trust-site-manifest/1",
  "sequence": 2,
  "site": "https://trust.example/",
  "commit": "abc123",
  "builtAt": "2026-11-28T12:00:00.000Z",
  "previous": {"sequence":1,"sha256":"${'a'.repeat(64)}"},
  "signer": null,
  "rotation": null,
  "files": [
    {"path":"B.txt","size":1,"sha256":"${'b'.repeat(64)}"},
    {"path":"b/index.html","size":3,"sha256":"${'c'.repeat(64)}"}
  ]
}
`;

  it('serialises one way: fields in order, one file per line, sorted by path', () => {
    expect(serializeManifest(manifest)).toBe(canonical);
    expect(parseManifest(canonical, 'm.json').files.map((f) => f.path)).toEqual(['B.txt', 'b/index.html']);
  });

  it('refuses a manifest that is not canonical or has a bad field, naming the file and field', () => {
    expect(() => parseManifest(JSON.stringify(JSON.parse(canonical), null, 2), 'm.json')).toThrow('m.json: "(file)" is not in canonical form');
    expect(() => parseManifest(canonical.replace('"sequence": 2', '"sequence": 0'), 'm.json')).toThrow('m.json: "sequence" must be a whole number from 1 on');
    expect(() => parseManifest(canonical.replace(`"sha256":"${'b'.repeat(64)}"`, '"sha256":"xyz"'), 'm.json')).toThrow('m.json: "files.0" must be');
    expect(() => parseManifest('{', 'm.json')).toThrow('m.json: not JSON');
    expect(() => parseManifest(canonical.replace('"path":"B.txt"', '"path":"../B.txt"'), 'm.json')).toThrow(
      'm.json: "files.0.path" "../B.txt" is not a relative path inside the site',
    );
    expect(() => parseManifest(canonical.replace('"path":"b/index.html"', '"path":"B.txt"'), 'm.json')).toThrow(
      'm.json: "files.1.path" "B.txt" is listed twice',
    );
  });
});

describe("files hashed ahead (the build hashes Astro's output while the search index is written)", () => {
  // SHA-256 of "one" and of "two", as `printf one | sha256sum` gives them.
  const ONE = '7692c3ad3540bb803c020b3aee66cd8887123234ea0c6e7143c0add73ff431ed';
  const TWO = '3fc4ccfe745870e2c0d99f71f30ff0656c8dedd41cc1d7d3d376b0dbe685e2f3';

  it('hashes only the paths asked for, and reuses them while unchanged', () => {
    const dir = join(work, 'ahead-reuse');
    mkdirSync(join(dir, 'pagefind'), { recursive: true });
    writeFileSync(join(dir, 'a.html'), 'one');
    writeFileSync(join(dir, 'pagefind', 'index.json'), 'two');
    const ahead = hashFilesAhead(dir, (path) => !path.startsWith('pagefind/'));
    expect([...ahead.keys()]).toEqual(['a.html']);
    expect(ahead.get('a.html')).toMatchObject({ path: 'a.html', size: 3, sha256: ONE });
    // A stand-in hash proves the entry is reused, not read again, while size and time hold.
    const planted = new Map([['a.html', { ...ahead.get('a.html')!, sha256: 'f'.repeat(64) }]]);
    expect(hashSiteFiles(dir, planted)).toEqual([
      { path: 'a.html', size: 3, sha256: 'f'.repeat(64) },
      { path: 'pagefind/index.json', size: 3, sha256: TWO },
    ]);
  });

  it('reads a file again when it changed after it was hashed ahead', () => {
    const dir = join(work, 'ahead-changed');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.html'), 'one');
    const ahead = hashFilesAhead(dir, () => true);
    // Same size, new content and time: the time gives it away.
    writeFileSync(join(dir, 'a.html'), 'two');
    utimesSync(join(dir, 'a.html'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(hashSiteFiles(dir, ahead)).toEqual([{ path: 'a.html', size: 3, sha256: TWO }]);
    // Same time, other size.
    const again = hashFilesAhead(dir, () => true);
    writeFileSync(join(dir, 'a.html'), 'three');
    utimesSync(join(dir, 'a.html'), new Date('2030-01-01T00:00:00Z'), new Date('2030-01-01T00:00:00Z'));
    expect(hashSiteFiles(dir, again)).toEqual([{ path: 'a.html', size: 5, sha256: '8b5b9db0c13db24256c829aa364aa90c6d2eba318b9232a4ab9313b954d3555f' }]);
  });
});

describe('keys', () => {
  it('knows the committed demo key by its fingerprint', () => {
    const pub = parsePublicKey(readFileSync(join(root, 'keys', 'DEMO-ONLY-manifest-signing-key.pub.pem'), 'utf8'), 'demo');
    expect(fingerprint(pub)).toBe(DEMO_KEY_FINGERPRINT);
    const demo = signingKeyFromEnv({ MANIFEST_SIGNING_KEY_FILE: DEMO_KEY_FILE }, root)!;
    expect(demo.demo).toBe(true);
    expect(demo.name).toBe('DEMO-ONLY-trust-center-manifest');
  });

  it('reads a key as PEM or as base64 of its 32 raw bytes, and no key means unsigned', () => {
    const { privateKey } = generateKeyPairSync('ed25519');
    const pem = privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    const raw = privateKey.export({ format: 'der', type: 'pkcs8' }).subarray(-32).toString('base64');
    const a = signingKeyFromEnv({ MANIFEST_SIGNING_KEY: pem })!;
    const b = signingKeyFromEnv({ MANIFEST_SIGNING_KEY: raw })!;
    expect(a.fingerprint).toBe(b.fingerprint);
    expect(a.name).toBe('trust-center-manifest');
    expect(signingKeyFromEnv({})).toBeUndefined();
  });

  it('names the variable and the fix when the key is not an Ed25519 key', () => {
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => signingKeyFromEnv({ MANIFEST_SIGNING_KEY: 'not a key' })).toThrow('MANIFEST_SIGNING_KEY is not an Ed25519 private key');
    expect(() => parsePrivateKey(rsa, 'MANIFEST_SIGNING_KEY')).toThrow('MANIFEST_SIGNING_KEY is a rsa key; the manifest is signed with Ed25519 only.');
    expect(() => signingKeyFromEnv({ MANIFEST_SIGNING_KEY_FILE: 'no/such.pem' }, work)).toThrow('MANIFEST_SIGNING_KEY_FILE=no/such.pem: cannot read');
  });
});

describe('key rotation', () => {
  it('is a note signed by both keys', () => {
    const [a, b] = [newKey(), newKey()];
    const note = createRotation(a, b, new Date('2026-12-01T00:00:00Z'));
    const rotation = readRotation(note, 'r.note');
    expect(rotation.from.publicKey.equals(a.publicKey)).toBe(true);
    expect(rotation.to.publicKey.equals(b.publicKey)).toBe(true);
    expect(rotation.date).toBe('2026-12-01T00:00:00.000Z');
    // Only the new key's signature: the old key did not hand over.
    const lines = note.split('\n');
    const onlyNew = `${lines.slice(0, 5).join('\n')}\n${lines[6]}\n`;
    expect(() => readRotation(onlyNew, 'r.note')).toThrow('r.note: not signed by the old key');
    expect(() => readRotation(note.replace('date 2026', 'date 2027'), 'r.note')).toThrow('r.note: not signed by the old key');
  });

  it('lets the chain go on under a new key only with a committed rotation note', async () => {
    const [a, b] = [newKey(), newKey()];
    const dir = site('rotation', { 'index.html': '<p>one</p>' });
    const rotations = join(work, 'rotations');
    const common = { dir, site: 'https://trust.example/', commit: null, builtAt: new Date('2026-11-28T12:00:00Z'), rotationsDir: rotations };
    await writeManifest({ ...common, key: a });
    await expect(writeManifest({ ...common, key: b, previous: folderSource(dir) })).rejects.toThrow(
      `Manifest 1 was signed by the key ${a.fingerprint}, this build signs with ${b.fingerprint}, and ${rotations} has no rotation note`,
    );
    mkdirSync(rotations);
    writeFileSync(join(rotations, 'a-to-b.note'), createRotation(a, b, new Date('2026-11-28T12:00:00Z')));
    const second = await writeManifest({ ...common, key: b, previous: folderSource(dir) });
    expect(second.manifest.sequence).toBe(2);
    expect(second.manifest.rotation).toBe(readFileSync(join(rotations, 'a-to-b.note'), 'utf8'));
    const report = await verifySite(folderSource(dir), { pinnedKeys: [b.publicKey] });
    expect(report.problems).toEqual([]);
    expect(report.summary).toBe(
      `PASS: the 1 files of ${dir} match manifest 2, signed by key ${b.fingerprint.slice(0, 16)}… (pinned); the chain holds back to manifest 1.`,
    );
    // A reader who pinned the old key follows the handover to the new one.
    const followed = await verifySite(folderSource(dir), { pinnedFingerprints: [a.fingerprint] });
    expect(followed.summary).toBe(
      `PASS: the 1 files of ${dir} match manifest 2, signed by key ${b.fingerprint.slice(0, 16)}… (handed over from the pinned key); the chain holds back to manifest 1.`,
    );
    // Stopping before the handover, the pinned key is never reached.
    const stopped = await verifySite(folderSource(dir), { pinnedFingerprints: [a.fingerprint], to: { sequence: 2 } });
    expect(stopped.problems).toEqual([
      `key: manifest.json is signed by the key ${b.fingerprint.slice(0, 16)}…, which is not the pinned key ${a.fingerprint.slice(0, 16)}…, and no key handover in the chain leads to it from the pinned key`,
    ]);
  });

  it('fails the chain when a manifest signed by another key has no handover', async () => {
    const [a, b] = [newKey(), newKey()];
    const dir = site('no-handover', { 'index.html': '<p>one</p>' });
    const common = { dir, site: 'https://trust.example/', commit: null, builtAt: new Date('2026-11-28T12:00:00Z') };
    await writeManifest({ ...common, key: a });
    // A forger who holds only key b rewrites the latest manifest without the handover.
    const forged = join(work, 'forged-rotations');
    mkdirSync(forged);
    writeFileSync(join(forged, 'x.note'), createRotation(a, b, new Date('2026-11-28T12:00:00Z')));
    await writeManifest({ ...common, key: b, previous: folderSource(dir), rotationsDir: forged });
    const path = join(dir, 'manifest.json');
    const text = readFileSync(path, 'utf8').replace(/"rotation": ".*",/, '"rotation": null,');
    writeFileSync(path, text);
    writeFileSync(join(dir, 'manifests', '2.json'), text);
    const sig = signatureLine(text, b.name, b.privateKey);
    writeFileSync(join(dir, 'manifest.sig'), sig);
    writeFileSync(join(dir, 'manifests', '2.sig'), sig);
    const report = await verifySite(folderSource(dir));
    expect(report.verdict).toBe('fail');
    expect(report.problems).toEqual([
      `chain: manifest 1 is signed by the key ${a.fingerprint.slice(0, 16)}…, and no rotation signed by it hands over to the key ${b.fingerprint.slice(0, 16)}… of manifest 2`,
    ]);
  });

  it('refuses to publish unsigned after a signed manifest, unless told to', async () => {
    const dir = site('unsigned-after-signed', { 'index.html': '<p>one</p>' });
    const common = { dir, site: 'https://trust.example/', commit: null, builtAt: new Date('2026-11-28T12:00:00Z') };
    await writeManifest({ ...common, key: newKey() });
    await expect(writeManifest({ ...common, previous: folderSource(dir) })).rejects.toThrow('Manifest 1 was signed, but this build has no signing key.');
    const result = await writeManifest({ ...common, previous: folderSource(dir), allowUnsigned: true });
    expect(result.manifest.signer).toBeNull();
    expect(result.manifest.sequence).toBe(2);
  });
});
