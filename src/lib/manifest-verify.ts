/**
 * Verifies a published site against its manifest: every listed file's SHA-256, files that
 * are missing or not listed, the signature (against the published key or a pinned one),
 * and the chain of manifests back to the first one (or to a given one), naming the first
 * broken link. Works on any SiteSource (a folder or a site over HTTP).
 */
import { walkChain } from './manifest-chain.ts';
import { DEMO_KEY_FINGERPRINT, fingerprint, parsePublicKey } from './manifest-keys.ts';
import { checkSignature, short, signerKey, tryParse } from './manifest-signature.ts';
import { MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE, manifestPath, sha256Hex, signaturePath, type Manifest } from './manifest.ts';
import type { SiteSource } from './site-source.ts';

/** What to check. */
export interface VerifyOptions {
  /** Keys the signer must be (raw 32-byte public keys), given by the reader, not by the site. */
  pinnedKeys?: Buffer[];
  /** Fingerprints (hex SHA-256 of the raw public key) the signer's key must have, given by the reader. */
  pinnedFingerprints?: string[];
  /** Stop the chain walk at this manifest instead of the first; with sha256, it must also be that exact manifest. */
  to?: { sequence: number; sha256?: string };
  /** Check the files of the latest manifest (default true; the build turns it off when it reads the previous chain). */
  files?: boolean;
  /** Receives every manifest and signature file read from the chain (path inside the site, bytes). */
  collect?: (path: string, bytes: Buffer) => void;
  /** Files read at a time over HTTP. */
  concurrency?: number;
}

/** The outcome. */
export interface VerifyReport {
  /** pass: all holds and the manifest is signed; unsigned: all holds but nothing is signed; fail: something does not hold. */
  verdict: 'pass' | 'unsigned' | 'fail';
  /** One line: the verdict and its reason. */
  summary: string;
  /** Each problem, one line each (empty unless the verdict is fail). */
  problems: string[];
  /** Facts and warnings that do not fail verification (demo key, unsigned past manifests, …). */
  notes: string[];
  /** The latest manifest, when it could be read. */
  manifest?: Manifest;
  /** The latest manifest's bytes, when they could be read. */
  manifestBytes?: Buffer;
}

/** The exit code of the verify command for a verdict: 0 pass, 1 fail, 2 unsigned. */
export const EXIT_CODES = { pass: 0, fail: 1, unsigned: 2 } as const;

/** Runs `task` over `items`, at most `limit` at a time. */
async function eachLimited<T>(items: T[], limit: number, task: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) await task(items[next++]!);
    }),
  );
}

/** Checks every file listed in `manifest` against `source`; returns one problem per file. */
async function checkFiles(source: SiteSource, manifest: Manifest, concurrency: number): Promise<string[]> {
  const problems = new Map<string, string>();
  await eachLimited(manifest.files, concurrency, async (file) => {
    const bytes = await source.read(file.path);
    if (!bytes) problems.set(file.path, `missing: ${file.path} is listed in the manifest but not in the site`);
    else {
      const actual = sha256Hex(bytes);
      if (actual !== file.sha256) problems.set(file.path, `changed: ${file.path} has SHA-256 ${actual}, the manifest says ${file.sha256}`);
    }
  });
  const listed = new Set(manifest.files.map((f) => f.path));
  const extra = source.list ? (await source.list()).filter((path) => !listed.has(path)) : [];
  for (const path of extra) problems.set(path, `not listed: ${path} is in the site but not in the manifest`);
  return [...problems.keys()].sort().map((path) => problems.get(path)!);
}

/** Verifies the site at `source` (see the module comment). */
export async function verifySite(source: SiteSource, options: VerifyOptions = {}): Promise<VerifyReport> {
  const problems: string[] = [];
  const notes: string[] = [];
  const collect = options.collect ?? (() => {});
  const fail = (summary: string, extra: Partial<VerifyReport> = {}): VerifyReport => ({
    verdict: 'fail',
    summary: `FAIL: ${summary}`,
    problems,
    notes,
    ...extra,
  });

  const latestBytes = await source.read(MANIFEST_FILE);
  if (!latestBytes) return fail(`${source.label} has no ${MANIFEST_FILE}: there is nothing to verify against.`);
  const parsed = tryParse(latestBytes, MANIFEST_FILE);
  if (typeof parsed === 'string') {
    problems.push(parsed);
    return fail(parsed);
  }
  const manifest = parsed;
  const n = manifest.sequence;
  const report = (extra: Omit<VerifyReport, 'manifest' | 'manifestBytes'>): VerifyReport => ({ manifest, manifestBytes: latestBytes, ...extra });

  // The latest manifest is also published as manifests/<n>.json, byte for byte.
  const numbered = await source.read(manifestPath(n));
  if (!numbered) problems.push(`chain: ${manifestPath(n)} is missing (${MANIFEST_FILE} is manifest ${n})`);
  else if (!numbered.equals(latestBytes)) problems.push(`chain: ${MANIFEST_FILE} and ${manifestPath(n)} differ`);
  collect(manifestPath(n), latestBytes);

  // Files.
  if (options.files !== false) problems.push(...(await checkFiles(source, manifest, options.concurrency ?? 16)));
  if (options.files !== false && !source.list) notes.push('Files that the manifest does not list cannot be found over HTTP; only a folder shows them.');

  // Which key to trust: a pinned key, else the key the site publishes.
  const publishedPem = await source.read(PUBLIC_KEY_FILE);
  let published: Buffer | undefined;
  if (publishedPem) {
    try {
      published = parsePublicKey(publishedPem.toString('utf8'), PUBLIC_KEY_FILE);
    } catch (error) {
      problems.push(`key: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  // With pins, the signer must be a pinned key, or reached from one by the key handovers in
  // the chain (checked during the walk below); without, it must be the key the site publishes.
  const pinnedKeys = options.pinnedKeys ?? [];
  const pinnedPrints = (options.pinnedFingerprints ?? []).map((p) => p.toLowerCase());
  const hasPins = pinnedKeys.length + pinnedPrints.length > 0;
  const isPinned = (k: Buffer) => pinnedKeys.some((p) => p.equals(k)) || pinnedPrints.includes(fingerprint(k));
  const signer = signerKey(manifest)?.publicKey;
  let pinReached = !!signer && isPinned(signer);
  const trusted = hasPins ? (signer ?? pinnedKeys[0]) : published;
  if (hasPins && published && signer && !published.equals(signer)) {
    problems.push(`key: the site publishes the key ${short(fingerprint(published))}, but ${MANIFEST_FILE} is signed by ${short(fingerprint(signer))}`);
  }

  // The latest signature.
  const sig = await source.read(SIGNATURE_FILE);
  if (manifest.signer) {
    if (!trusted) problems.push(`key: ${MANIFEST_FILE} is signed, but the site publishes no key at ${PUBLIC_KEY_FILE} and none was pinned`);
    else {
      const problem = checkSignature(manifest, latestBytes, sig, trusted, { json: MANIFEST_FILE, sig: SIGNATURE_FILE });
      if (problem) problems.push(problem);
    }
    const numberedSig = await source.read(signaturePath(n));
    if (sig && numberedSig && !numberedSig.equals(sig)) problems.push(`signature: ${SIGNATURE_FILE} and ${signaturePath(n)} differ`);
    if (sig) collect(signaturePath(n), sig);
    if (manifest.signer.fingerprint === DEMO_KEY_FINGERPRINT)
      notes.push('Signed with the DEMO key, whose private key is public: this signature proves nothing about who published the site.');
  } else {
    if (sig) problems.push(`signature: ${MANIFEST_FILE} says it is unsigned, but there is a ${SIGNATURE_FILE}`);
    if (hasPins) problems.push(`signature: a key was pinned, but ${MANIFEST_FILE} is unsigned`);
  }

  // The chain, from the latest manifest back.
  const stopAt = options.to?.sequence ?? 1;
  if (stopAt > n) problems.push(`chain: you asked to walk back to manifest ${stopAt}, but the latest is ${n}`);
  const chainProblems = problems.filter((p) => p.startsWith('chain:'));
  const chain =
    chainProblems.length > 0
      ? undefined
      : await walkChain(source, manifest, latestBytes, { stopAt, sha256: options.to?.sha256, key: signer ?? trusted, isPinned, collect });
  problems.push(...(chain?.problems ?? []));
  if (chain?.pinReached) pinReached = true;
  if (chain && chain.unsignedPast > 0) notes.push(`${chain.unsignedPast} earlier ${chain.unsignedPast === 1 ? 'manifest is' : 'manifests are'} unsigned.`);
  if (hasPins && signer && !pinReached) {
    const pins = [...pinnedKeys.map((k) => fingerprint(k)), ...pinnedPrints].map(short).join(' or ');
    problems.push(
      `key: ${MANIFEST_FILE} is signed by the key ${short(fingerprint(signer))}, which is not the pinned key ${pins}, and no key handover in the chain leads to it from the pinned key`,
    );
  }

  const back = stopAt === 1 ? 'back to manifest 1' : `back to manifest ${stopAt}`;
  const files = `${manifest.files.length.toLocaleString('en-US')} files`;
  if (problems.length > 0) {
    return report(
      fail(`${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${source.label} against manifest ${n}; the first: ${problems[0]}`),
    );
  }
  const filesPart = options.files === false ? `manifest ${n}` : `the ${files} of ${source.label} match manifest ${n}`;
  if (!manifest.signer) {
    return report({
      verdict: 'unsigned',
      summary: `UNSIGNED: ${filesPart} and the chain holds ${back}, but the manifest is unsigned, so nothing proves who published it.`,
      problems,
      notes,
    });
  }
  const demo = manifest.signer.fingerprint === DEMO_KEY_FINGERPRINT ? 'the DEMO key ' : 'key ';
  return report({
    verdict: 'pass',
    summary: `PASS: ${filesPart}, signed by ${demo}${short(manifest.signer.fingerprint)}${hasPins ? (isPinned(signer!) ? ' (pinned)' : ' (handed over from the pinned key)') : ''}; the chain holds ${back}.`,
    problems,
    notes,
  });
}
