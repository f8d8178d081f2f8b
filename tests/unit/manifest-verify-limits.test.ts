/**
 * verifySite, the chain walk and the signature checks (src/lib/manifest-verify.ts,
 * manifest-chain.ts, manifest-signature.ts) on small sites in a temporary folder: every
 * verdict, every problem and note word for word, one broken thing at a time. Keys come from
 * fixed seeds; hashes are computed here with node:crypto, not with the code under test.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createRotation } from '../../src/lib/key-rotation';
import { parseManifest, serializeManifest, type Manifest } from '../../src/lib/manifest';
import { publicKeyPem, signingKey, signingKeyFromEnv, type SigningKey } from '../../src/lib/manifest-keys';
import { verifySite } from '../../src/lib/manifest-verify';
import { writeManifest } from '../../src/lib/manifest-write';
import { privateKeyFromSeed, signatureLine } from '../../src/lib/signed-note';
import { folderSource, type SiteSource } from '../../src/lib/site-source';
import { root } from '../helpers/build';

const work = mkdtempSync(join(tmpdir(), 'manifest-verify-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const keyA = signingKey(privateKeyFromSeed(Buffer.alloc(32, 1)), 'test');
const keyB = signingKey(privateKeyFromSeed(Buffer.alloc(32, 2)), 'test');
const keyC = signingKey(privateKeyFromSeed(Buffer.alloc(32, 9)), 'test');
/** The short form of a fingerprint in messages. */
const short = (key: SigningKey) => `${key.fingerprint.slice(0, 16)}…`;
const sha = (text: string | Buffer) => createHash('sha256').update(text).digest('hex');

let sites = 0;
/** A new site folder with the given files. */
function site(files: Record<string, string> = { 'index.html': '<p>one</p>' }): string {
  const dir = join(work, `site-${++sites}`);
  mkdirSync(dir);
  for (const [path, text] of Object.entries(files)) put(dir, path, text);
  return dir;
}

/** Writes a file of a site, making its folder. */
function put(dir: string, path: string, text: string | Buffer): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

/** Runs the manifest step `count` times on `dir`, each extending the chain, at 12:00, 13:00, … UTC. */
async function publish(dir: string, count: number, key?: SigningKey): Promise<void> {
  for (let i = 0; i < count; i++) {
    await writeManifest({
      dir,
      site: 'https://trust.example/',
      commit: null,
      builtAt: new Date(Date.UTC(2026, 10, 28, 12 + i)),
      key,
      previous: i > 0 ? folderSource(dir) : undefined,
    });
  }
}

/** An unsigned manifest written by hand (index.html only), for chains the manifest step would not write. */
function manifest(sequence: number, previous: Manifest['previous'], builtAt = '2026-11-28T12:00:00.000Z'): string {
  return serializeManifest({
    format: 'trust-site-manifest/1',
    sequence,
    site: 'https://trust.example/',
    commit: null,
    builtAt,
    previous,
    signer: null,
    rotation: null,
    files: [{ path: 'index.html', size: 10, sha256: sha('<p>one</p>') }],
  });
}

/** A site holding hand-written manifests: manifests/<n>.json each, and the last as manifest.json. */
function handSite(texts: string[]): string {
  const dir = site();
  texts.forEach((text, i) => put(dir, `manifests/${i + 1}.json`, text));
  put(dir, 'manifest.json', texts.at(-1)!);
  return dir;
}

describe('verdicts and summaries', () => {
  it('fails a site without a manifest, and says there is nothing to verify against', async () => {
    const dir = site();
    expect(await verifySite(folderSource(dir))).toEqual({
      verdict: 'fail',
      summary: `FAIL: ${dir} has no manifest.json: there is nothing to verify against.`,
      problems: [],
      notes: [],
    });
  });

  it('fails a manifest that cannot be read, with the reason as its one problem', async () => {
    const dir = site({ 'manifest.json': '{"format": 1}' });
    const problem = 'manifest: manifest.json: "format" is 1, expected "trust-site-manifest/1"';
    expect(await verifySite(folderSource(dir))).toEqual({ verdict: 'fail', summary: `FAIL: ${problem}`, problems: [problem], notes: [] });
  });

  it('passes an unsigned chain as unsigned, counting the unsigned manifests before the latest', async () => {
    const dir = site();
    await publish(dir, 3);
    const report = await verifySite(folderSource(dir));
    expect(report).toMatchObject({
      verdict: 'unsigned',
      summary: `UNSIGNED: the 1 files of ${dir} match manifest 3 and the chain holds back to manifest 1, but the manifest is unsigned, so nothing proves who published it.`,
      problems: [],
      notes: ['2 earlier manifests are unsigned.'],
    });
    expect(report.manifest?.sequence).toBe(3);
    expect(report.manifestBytes?.equals(readFileSync(join(dir, 'manifest.json')))).toBe(true);
    const toTwo = await verifySite(folderSource(dir), { to: { sequence: 2 }, files: false });
    expect(toTwo.summary).toBe(
      'UNSIGNED: manifest 3 and the chain holds back to manifest 2, but the manifest is unsigned, so nothing proves who published it.',
    );
    expect(toTwo.notes).toEqual(['1 earlier manifest is unsigned.']);
    const latestOnly = await verifySite(folderSource(dir), { to: { sequence: 3 } });
    expect(latestOnly.verdict).toBe('unsigned');
    expect(latestOnly.notes).toEqual([]);
  });

  it('passes a signed chain, naming the key by its short fingerprint', async () => {
    const dir = site({ 'index.html': '<p>one</p>', 'a/b.html': 'b' });
    await publish(dir, 2, keyA);
    const report = await verifySite(folderSource(dir));
    expect(report).toMatchObject({
      verdict: 'pass',
      summary: `PASS: the 2 files of ${dir} match manifest 2, signed by key ${short(keyA)}; the chain holds back to manifest 1.`,
      problems: [],
      notes: [],
    });
  });

  it('passes the demo key with a warning that it proves nothing', async () => {
    const demo = signingKeyFromEnv({ MANIFEST_SIGNING_KEY_FILE: 'keys/DEMO-ONLY-manifest-signing-key.pem' }, root)!;
    const dir = site();
    await publish(dir, 1, demo);
    const report = await verifySite(folderSource(dir));
    expect(report.summary).toBe(`PASS: the 1 files of ${dir} match manifest 1, signed by the DEMO key df8ac682b7c7d9e2…; the chain holds back to manifest 1.`);
    expect(report.notes).toEqual(['Signed with the DEMO key, whose private key is public: this signature proves nothing about who published the site.']);
  });

  it('counts the problems in the summary and names the first', async () => {
    const dir = site({ 'a.html': 'a', 'b.html': 'b' });
    await publish(dir, 1);
    put(dir, 'b.html', 'B');
    const one = await verifySite(folderSource(dir));
    expect(one.summary).toBe(`FAIL: 1 problem in ${dir} against manifest 1; the first: changed: b.html has SHA-256 ${sha('B')}, the manifest says ${sha('b')}`);
    expect(one.manifest?.sequence).toBe(1);
    rmSync(join(dir, 'a.html'));
    const two = await verifySite(folderSource(dir));
    expect(two.summary).toBe(`FAIL: 2 problems in ${dir} against manifest 1; the first: missing: a.html is listed in the manifest but not in the site`);
  });
});

describe('files', () => {
  it('names every missing, changed and unlisted file, sorted by path', async () => {
    const dir = site({ 'b.html': 'b', 'c.html': 'c', 'e.html': 'e' });
    await publish(dir, 1);
    rmSync(join(dir, 'e.html'));
    put(dir, 'c.html', 'c & <changed>\r\n');
    put(dir, 'a.html', 'new');
    put(dir, 'd/index.html', 'new');
    const report = await verifySite(folderSource(dir));
    expect(report.verdict).toBe('fail');
    expect(report.problems).toEqual([
      'not listed: a.html is in the site but not in the manifest',
      `changed: c.html has SHA-256 ${sha('c & <changed>\r\n')}, the manifest says ${sha('c')}`,
      'not listed: d/index.html is in the site but not in the manifest',
      'missing: e.html is listed in the manifest but not in the site',
    ]);
    // The build reads a past chain without its files.
    expect((await verifySite(folderSource(dir), { files: false })).verdict).toBe('unsigned');
  });

  it('checks every file whatever the number read at a time', async () => {
    const files = Object.fromEntries(Array.from({ length: 5 }, (_, i) => [`p${i}.html`, `${i}`]));
    const dir = site(files);
    await publish(dir, 1);
    for (const i of [0, 2, 4]) put(dir, `p${i}.html`, 'x');
    for (const concurrency of [1, 2, 16]) {
      expect((await verifySite(folderSource(dir), { concurrency })).problems.map((p) => p.split(' ')[1])).toEqual(['p0.html', 'p2.html', 'p4.html']);
    }
  });

  it('over a source that cannot list its files (HTTP), says that unlisted files cannot be found', async () => {
    const dir = site();
    await publish(dir, 1);
    put(dir, 'extra.html', 'not listed');
    const folder = folderSource(dir);
    const http: SiteSource = { label: 'https://trust.example/', read: folder.read };
    const report = await verifySite(http);
    expect(report.summary).toBe(
      'UNSIGNED: the 1 files of https://trust.example/ match manifest 1 and the chain holds back to manifest 1, but the manifest is unsigned, so nothing proves who published it.',
    );
    expect(report.notes).toEqual(['Files that the manifest does not list cannot be found over HTTP; only a folder shows them.']);
    expect((await verifySite(http, { files: false })).notes).toEqual([]);
  });
});

describe('the latest manifest and its numbered copy', () => {
  it('fails when manifests/<n>.json is missing or differs, without walking the chain', async () => {
    const dir = site();
    await publish(dir, 2);
    rmSync(join(dir, 'manifests', '2.json'));
    expect((await verifySite(folderSource(dir))).problems).toEqual(['chain: manifests/2.json is missing (manifest.json is manifest 2)']);
    put(dir, 'manifests/2.json', readFileSync(join(dir, 'manifests', '1.json')));
    rmSync(join(dir, 'manifests', '1.json'));
    expect((await verifySite(folderSource(dir))).problems).toEqual(['chain: manifest.json and manifests/2.json differ']);
  });

  it('refuses to walk back to a manifest after the latest', async () => {
    const dir = site();
    await publish(dir, 1);
    expect((await verifySite(folderSource(dir), { to: { sequence: 2 } })).problems).toEqual([
      'chain: you asked to walk back to manifest 2, but the latest is 1',
    ]);
  });

  it('hands every manifest and signature read to collect, latest first', async () => {
    const dir = site();
    await publish(dir, 2, keyA);
    const seen: string[] = [];
    await verifySite(folderSource(dir), {
      collect: (path, bytes) => {
        expect(bytes.equals(readFileSync(join(dir, path)))).toBe(true);
        seen.push(path);
      },
    });
    expect(seen).toEqual(['manifests/2.json', 'manifests/2.sig', 'manifests/1.json', 'manifests/1.sig']);
  });

  it('hands over no signature that is not there', async () => {
    const collected = async (dir: string) => {
      const seen: string[] = [];
      await verifySite(folderSource(dir), {
        collect: (path, bytes) => {
          expect(bytes.equals(readFileSync(join(dir, path)))).toBe(true);
          seen.push(path);
        },
      });
      return seen;
    };
    const unsigned = site();
    await publish(unsigned, 2);
    expect(await collected(unsigned)).toEqual(['manifests/2.json', 'manifests/1.json']);
    const signed = site();
    await publish(signed, 1, keyA);
    rmSync(join(signed, 'manifest.sig'));
    expect(await collected(signed)).toEqual(['manifests/1.json']);
  });
});

describe('keys and signatures', () => {
  it('fails when the published key cannot be read, and then no key is trusted', async () => {
    const dir = site();
    await publish(dir, 1, keyA);
    put(dir, 'manifests/signing-key.pem', 'not a key');
    const problems = (await verifySite(folderSource(dir))).problems;
    expect(problems).toEqual([
      'key: manifests/signing-key.pem is not an Ed25519 public key (not base64): give a PEM file or the base64 of the 32-byte key.',
      'key: manifest.json is signed, but the site publishes no key at manifests/signing-key.pem and none was pinned',
    ]);
    rmSync(join(dir, 'manifests', 'signing-key.pem'));
    expect((await verifySite(folderSource(dir))).problems).toEqual([
      'key: manifest.json is signed, but the site publishes no key at manifests/signing-key.pem and none was pinned',
    ]);
    // A pinned key takes the place of the published one.
    expect((await verifySite(folderSource(dir), { pinnedKeys: [keyA.publicKey] })).verdict).toBe('pass');
  });

  it('fails a signature by another key than the one the site publishes', async () => {
    const dir = site();
    // Two manifests: the chain is still walked from the signer's key, not the published one.
    await publish(dir, 2, keyA);
    put(dir, 'manifests/signing-key.pem', publicKeyPem(keyB.publicKey));
    expect((await verifySite(folderSource(dir))).problems).toEqual([
      `signature: manifest.json names the signing key ${short(keyA)}, not the trusted key ${short(keyB)}`,
    ]);
    // With a pin, the published key must still be the signer's.
    expect((await verifySite(folderSource(dir), { pinnedKeys: [keyA.publicKey] })).problems).toEqual([
      `key: the site publishes the key ${short(keyB)}, but manifest.json is signed by ${short(keyA)}`,
    ]);
  });

  it('takes a pinned fingerprint in any case, and fails a signer that no pin leads to', async () => {
    const dir = site();
    await publish(dir, 1, keyA);
    const pinned = await verifySite(folderSource(dir), { pinnedFingerprints: [keyA.fingerprint.toUpperCase()] });
    expect(pinned.summary).toBe(`PASS: the 1 files of ${dir} match manifest 1, signed by key ${short(keyA)} (pinned); the chain holds back to manifest 1.`);
    const other = await verifySite(folderSource(dir), { pinnedKeys: [keyB.publicKey], pinnedFingerprints: [sha('other')] });
    expect(other.problems).toEqual([
      `key: manifest.json is signed by the key ${short(keyA)}, which is not the pinned key ${short(keyB)} or ${sha('other').slice(0, 16)}…, and no key handover in the chain leads to it from the pinned key`,
    ]);
  });

  it('fails a missing, malformed, wrong or mismatched signature file', async () => {
    const dir = site();
    await publish(dir, 1, keyA);
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8');
    const sig = readFileSync(join(dir, 'manifest.sig'), 'utf8');
    const problems = async () => (await verifySite(folderSource(dir))).problems;

    rmSync(join(dir, 'manifest.sig'));
    expect(await problems()).toEqual(['signature: manifest.sig is missing, but manifest.json says it is signed']);
    put(dir, 'manifest.sig', 'not a signature\n');
    expect(await problems()).toEqual([
      'signature: manifest.sig: line 1 is not an Ed25519 signature line ("— <key name> <base64>")',
      'signature: manifest.sig and manifests/1.sig differ',
    ]);
    put(dir, 'manifest.sig', signatureLine(`${text}\n`, keyA.name, keyA.privateKey));
    expect(await problems()).toEqual([
      `signature: manifest.sig is not a valid signature of manifest.json by the key ${short(keyA)}`,
      'signature: manifest.sig and manifests/1.sig differ',
    ]);
    put(dir, 'manifest.sig', sig);
    rmSync(join(dir, 'manifests', '1.sig'));
    expect(await problems()).toEqual([]);
  });

  it("fails a manifest whose signer fingerprint is not its key's", async () => {
    const dir = site();
    await publish(dir, 1, keyA);
    const text = readFileSync(join(dir, 'manifest.json'), 'utf8').replace(keyA.fingerprint, keyB.fingerprint);
    for (const path of ['manifest.json', 'manifests/1.json']) put(dir, path, text);
    for (const path of ['manifest.sig', 'manifests/1.sig']) put(dir, path, signatureLine(text, keyA.name, keyA.privateKey));
    expect((await verifySite(folderSource(dir))).problems).toEqual(["signature: manifest.json gives a signer fingerprint that is not its key's"]);
  });

  it('fails an unsigned manifest that comes with a signature, or when a key was pinned', async () => {
    const dir = site();
    await publish(dir, 1);
    put(dir, 'manifest.sig', 'anything\n');
    expect((await verifySite(folderSource(dir), { pinnedKeys: [keyA.publicKey] })).problems).toEqual([
      'signature: manifest.json says it is unsigned, but there is a manifest.sig',
      'signature: a key was pinned, but manifest.json is unsigned',
    ]);
  });
});

describe('the chain', () => {
  const one = manifest(1, null);
  const link = (text: string, sequence = 1) => ({ sequence, sha256: sha(text) });

  it('holds for hand-written unsigned manifests linked by their hashes', async () => {
    const two = manifest(2, link(one), '2026-11-28T13:00:00.000Z');
    expect((await verifySite(folderSource(handSite([one, two])))).verdict).toBe('unsigned');
    // Built at the same instant as the one before: still in order.
    const same = manifest(2, link(one));
    expect((await verifySite(folderSource(handSite([one, same])))).verdict).toBe('unsigned');
  });

  it('names the first broken link', async () => {
    const cases: [string[], string][] = [
      [[one, manifest(2, null)], 'chain: manifest 2 links to no previous manifest, but it is not the first'],
      [[one, one, manifest(3, link(one, 1))], 'chain: manifest 3 links to manifest 1, not to 2 (a manifest is skipped)'],
      [
        [one, manifest(2, link(one, 1), '2026-11-28T11:59:59.999Z')],
        'chain: manifest 1 was built at 2026-11-28T12:00:00.000Z, after manifest 2 (2026-11-28T11:59:59.999Z)',
      ],
      [
        [`${one} `, manifest(2, link(`${one} `))],
        'chain: manifests/1.json: "(file)" is not in canonical form (field order, one file per line, sorted by path, final newline)',
      ],
      [[manifest(2, null), manifest(2, link(manifest(2, null)))], 'chain: manifests/1.json holds manifest 2: the manifests are out of order'],
      [
        [one, manifest(2, link(manifest(1, null, '2026-11-28T10:00:00.000Z')))],
        `chain: broken at manifest 1: manifests/1.json has SHA-256 ${sha(one)}, but manifest 2 records ${sha(manifest(1, null, '2026-11-28T10:00:00.000Z'))}`,
      ],
    ];
    for (const [texts, problem] of cases) expect((await verifySite(folderSource(handSite(texts)))).problems).toEqual([problem]);
  });

  it('fails when an earlier manifest is missing', async () => {
    const dir = handSite([one, manifest(2, link(one))]);
    rmSync(join(dir, 'manifests', '1.json'));
    expect((await verifySite(folderSource(dir))).problems).toEqual([
      'chain: manifests/1.json is missing; the chain breaks between manifest 2 and the ones before it',
    ]);
  });

  it('fails a first manifest that links to one before it', async () => {
    const zero = manifest(1, { sequence: 1, sha256: sha('nothing') });
    expect((await verifySite(folderSource(handSite([zero])))).problems).toEqual([`chain: manifest 1 links to a manifest 1 before it`]);
    // Walking back to manifest 1 only: the link before it is not looked at.
    const dir = handSite([zero, manifest(2, link(zero))]);
    expect((await verifySite(folderSource(dir), { to: { sequence: 2 } })).verdict).toBe('unsigned');
  });

  it('checks the hash of the manifest it stops at when one is given', async () => {
    const two = manifest(2, link(one));
    const dir = handSite([one, two, manifest(3, link(two, 2))]);
    expect((await verifySite(folderSource(dir), { to: { sequence: 2, sha256: sha(two) } })).verdict).toBe('unsigned');
    expect((await verifySite(folderSource(dir), { to: { sequence: 2, sha256: sha(one) } })).problems).toEqual([
      `chain: manifest 2 has SHA-256 ${sha(two)}, not the ${sha(one)} you gave`,
    ]);
    expect((await verifySite(folderSource(dir), { to: { sequence: 3, sha256: sha(one) } })).problems).toEqual([
      `chain: manifest 3 has SHA-256 ${sha(manifest(3, link(two, 2)))}, not the ${sha(one)} you gave`,
    ]);
  });

  it('fails an earlier manifest whose signature does not hold', async () => {
    const dir = site();
    await publish(dir, 2, keyA);
    put(dir, 'manifests/1.sig', signatureLine('another text\n', keyA.name, keyA.privateKey));
    expect((await verifySite(folderSource(dir))).problems).toEqual([
      `chain: manifests/1.sig is not a valid signature of manifests/1.json by the key ${short(keyA)}`,
    ]);
    rmSync(join(dir, 'manifests', '1.sig'));
    expect((await verifySite(folderSource(dir))).problems).toEqual(['chain: manifests/1.sig is missing, but manifests/1.json says it is signed']);
  });

  it('checks no earlier signature when the latest manifest is unsigned and no key is trusted', async () => {
    const dir = site();
    await publish(dir, 1, keyA);
    await writeManifest({
      dir,
      site: 'https://trust.example/',
      commit: null,
      builtAt: new Date('2026-11-28T13:00:00Z'),
      previous: folderSource(dir),
      allowUnsigned: true,
    });
    expect(await verifySite(folderSource(dir))).toMatchObject({
      verdict: 'unsigned',
      summary: `UNSIGNED: the 1 files of ${dir} match manifest 2 and the chain holds back to manifest 1, but the manifest is unsigned, so nothing proves who published it.`,
      problems: [],
      notes: [],
    });
  });

  it('walks the chain even when the latest manifest has other problems', async () => {
    const dir = handSite([one, manifest(2, link(manifest(1, null, '2026-11-28T10:00:00.000Z')))]);
    put(dir, 'index.html', '<p>changed</p>');
    expect((await verifySite(folderSource(dir))).problems).toEqual([
      `changed: index.html has SHA-256 ${sha('<p>changed</p>')}, the manifest says ${sha('<p>one</p>')}`,
      `chain: broken at manifest 1: manifests/1.json has SHA-256 ${sha(one)}, but manifest 2 records ${sha(manifest(1, null, '2026-11-28T10:00:00.000Z'))}`,
    ]);
  });

  it('follows a key handover only when the note is from the older key to the newer one', async () => {
    const dir = site();
    await publish(dir, 1, keyA);
    const rotations = join(work, `handover-${sites}`);
    mkdirSync(rotations);
    writeFileSync(join(rotations, 'a-b.note'), createRotation(keyA, keyB, new Date('2026-11-28T12:30:00Z')));
    await writeManifest({
      dir,
      site: 'https://trust.example/',
      commit: null,
      builtAt: new Date('2026-11-28T13:00:00Z'),
      key: keyB,
      previous: folderSource(dir),
      rotationsDir: rotations,
    });
    expect((await verifySite(folderSource(dir))).verdict).toBe('pass');
    // A pin on a key that no handover leads from.
    expect((await verifySite(folderSource(dir), { pinnedKeys: [keyC.publicKey] })).problems).toEqual([
      `key: manifest.json is signed by the key ${short(keyB)}, which is not the pinned key ${short(keyC)}, and no key handover in the chain leads to it from the pinned key`,
    ]);
    // The latest manifest, re-signed by B, with a note from another key to B, or from A to another key.
    const latest = parseManifest(readFileSync(join(dir, 'manifest.json')), 'manifest.json');
    for (const [from, to] of [
      [keyC, keyB],
      [keyA, keyC],
    ] as const) {
      const text = serializeManifest({ ...latest, rotation: createRotation(from, to, new Date('2026-11-28T12:30:00Z')) });
      for (const path of ['manifest.json', 'manifests/2.json']) put(dir, path, text);
      for (const path of ['manifest.sig', 'manifests/2.sig']) put(dir, path, signatureLine(text, keyB.name, keyB.privateKey));
      expect((await verifySite(folderSource(dir))).problems).toEqual([
        `chain: manifest 1 is signed by the key ${short(keyA)}, and no rotation signed by it hands over to the key ${short(keyB)} of manifest 2`,
      ]);
    }
  });

  it('counts an unsigned manifest before a signed one, and fails an unreadable rotation note', async () => {
    const dir = site();
    await publish(dir, 1);
    await writeManifest({
      dir,
      site: 'https://trust.example/',
      commit: null,
      builtAt: new Date('2026-11-28T13:00:00Z'),
      key: keyA,
      previous: folderSource(dir),
    });
    const report = await verifySite(folderSource(dir));
    expect(report.verdict).toBe('pass');
    expect(report.notes).toEqual(['1 earlier manifest is unsigned.']);

    // A rotation from A to B that is not a rotation note.
    const rotated = site();
    await publish(rotated, 1, keyA);
    const rotations = join(rotated, '..', `rotations-${sites}`);
    mkdirSync(rotations);
    writeFileSync(join(rotations, 'a-b.note'), createRotation(keyA, keyB, new Date('2026-11-28T12:30:00Z')));
    await writeManifest({
      dir: rotated,
      site: 'https://trust.example/',
      commit: null,
      builtAt: new Date('2026-11-28T13:00:00Z'),
      key: keyB,
      previous: folderSource(rotated),
      rotationsDir: rotations,
    });
    expect((await verifySite(folderSource(rotated))).verdict).toBe('pass');
    const text = readFileSync(join(rotated, 'manifest.json'), 'utf8').replace(/"rotation": ".*",/, '"rotation": "not a note\\n",');
    for (const path of ['manifest.json', 'manifests/2.json']) put(rotated, path, text);
    for (const path of ['manifest.sig', 'manifests/2.sig']) put(rotated, path, signatureLine(text, keyB.name, keyB.privateKey));
    expect((await verifySite(folderSource(rotated))).problems).toEqual([
      'chain: the rotation in manifests/2.json: not a signed note: there is no blank line before the signatures',
    ]);
  });
});
