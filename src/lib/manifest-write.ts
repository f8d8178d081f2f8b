/**
 * The manifest step of a build: reads the chain of past manifests (from the live site or
 * a folder), checks it, and writes into the output folder the new manifest, its signature,
 * the public key and every past manifest. Runs after everything else is in the folder.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readRotation } from './key-rotation.ts';
import { publicKeyPem, type SigningKey } from './manifest-keys.ts';
import {
  MANIFEST_FILE,
  MANIFEST_FORMAT,
  MANIFESTS_DIR,
  PUBLIC_KEY_FILE,
  SIGNATURE_FILE,
  hashSiteFiles,
  manifestPath,
  serializeManifest,
  sha256Hex,
  signaturePath,
  type HashedFile,
  type Manifest,
} from './manifest.ts';
import { verifySite } from './manifest-verify.ts';
import { signatureLine } from './signed-note.ts';
import type { SiteSource } from './site-source.ts';

/** What the manifest step needs. */
export interface WriteManifestOptions {
  /** The built site. */
  dir: string;
  /** The site's address with its base path. */
  site: string;
  /** The git commit built, or null. */
  commit: string | null;
  /** The build time. */
  builtAt: Date;
  /** The signing key, or undefined for an unsigned manifest. */
  key?: SigningKey;
  /** Where the past manifests are (the live site, or a folder); undefined starts a new chain. */
  previous?: SiteSource;
  /** Folder of committed rotation notes (keys/rotations). */
  rotationsDir?: string;
  /** Publish unsigned even though the previous manifest was signed. */
  allowUnsigned?: boolean;
  /** Files hashed earlier in the build (reused while unchanged). */
  ahead?: ReadonlyMap<string, HashedFile>;
}

/** What the step wrote. */
export interface WriteManifestResult {
  /** The new manifest. */
  manifest: Manifest;
  /** Its SHA-256. */
  sha256: string;
  /** Past manifests copied from the chain. */
  pastCount: number;
  /** Messages for the build log. */
  log: string[];
}

/** The committed rotation note from `from` to `to`, or undefined. */
function findRotation(dir: string | undefined, from: Buffer, to: Buffer): string | undefined {
  if (!dir || !existsSync(dir)) return undefined;
  for (const name of readdirSync(dir)
    .filter((f) => f.endsWith('.note'))
    .sort()) {
    const note = readFileSync(join(dir, name), 'utf8');
    const rotation = readRotation(note, join(dir, name));
    if (rotation.from.publicKey.equals(from) && rotation.to.publicKey.equals(to)) return note;
  }
  return undefined;
}

/** Writes the manifest step's files into the site folder; throws with the reason when the chain or key does not allow it. */
export async function writeManifest(options: WriteManifestOptions): Promise<WriteManifestResult> {
  const log: string[] = [];
  const past = new Map<string, Buffer>();
  let previous: Manifest | undefined;
  let previousBytes: Buffer | undefined;
  if (options.previous) {
    const found = await options.previous.read(MANIFEST_FILE);
    if (!found) log.push(`No ${MANIFEST_FILE} at ${options.previous.label}: this is the first manifest of a new chain.`);
    else {
      const report = await verifySite(options.previous, { files: false, collect: (path, bytes) => past.set(path, bytes) });
      if (report.verdict === 'fail') {
        throw new Error(
          `The chain of past manifests at ${options.previous.label} does not hold, so it is not extended:\n${report.problems.map((p) => `  ${p}`).join('\n')}`,
        );
      }
      previous = report.manifest!;
      previousBytes = report.manifestBytes!;
      log.push(`Read ${past.size} past manifest files from ${options.previous.label}; the chain holds back to manifest 1.`);
    }
  }

  const key = options.key;
  if (!key && previous?.signer && !options.allowUnsigned) {
    throw new Error(
      `Manifest ${previous.sequence} was signed, but this build has no signing key. Set MANIFEST_SIGNING_KEY (the CI secret), ` +
        'or set MANIFEST_ALLOW_UNSIGNED=1 to publish an unsigned manifest on purpose.',
    );
  }
  let rotation: string | null = null;
  if (key && previous?.signer && previous.signer.fingerprint !== key.fingerprint) {
    const from = Buffer.from(previous.signer.publicKey, 'base64');
    rotation = findRotation(options.rotationsDir, from, key.publicKey) ?? null;
    if (!rotation) {
      throw new Error(
        `Manifest ${previous.sequence} was signed by the key ${previous.signer.fingerprint}, this build signs with ${key.fingerprint}, ` +
          `and ${options.rotationsDir ?? 'keys/rotations'} has no rotation note from the old key to the new one. ` +
          'Write one with `npm run manifest-key -- rotate` (PUBLISHING.md, "Change the signing key") and commit it.',
      );
    }
    log.push(`The signing key changed: the rotation note from ${previous.signer.fingerprint.slice(0, 16)}… is in this manifest.`);
  }

  // Nothing of an earlier run of this step stays: it is rewritten from the chain just read.
  for (const path of [MANIFEST_FILE, SIGNATURE_FILE, MANIFESTS_DIR]) rmSync(join(options.dir, path), { recursive: true, force: true });
  const manifest: Manifest = {
    format: MANIFEST_FORMAT,
    sequence: previous ? previous.sequence + 1 : 1,
    site: options.site,
    commit: options.commit,
    builtAt: options.builtAt.toISOString(),
    previous: previous ? { sequence: previous.sequence, sha256: sha256Hex(previousBytes!) } : null,
    signer: key ? { name: key.name, publicKey: key.publicKey.toString('base64'), fingerprint: key.fingerprint } : null,
    rotation,
    files: hashSiteFiles(options.dir, options.ahead),
  };
  const text = serializeManifest(manifest);
  const write = (path: string, bytes: Buffer | string) => {
    const file = join(options.dir, ...path.split('/'));
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
  };
  for (const [path, bytes] of past) write(path, bytes);
  write(manifestPath(manifest.sequence), text);
  write(MANIFEST_FILE, text);
  if (key) {
    const sig = signatureLine(text, key.name, key.privateKey);
    write(signaturePath(manifest.sequence), sig);
    write(SIGNATURE_FILE, sig);
    write(PUBLIC_KEY_FILE, publicKeyPem(key.publicKey));
  }
  return { manifest, sha256: sha256Hex(text), pastCount: past.size, log };
}
