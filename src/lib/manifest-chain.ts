/**
 * Walks the chain of manifests from the latest back to manifest 1 (or to a given one):
 * each manifest must be where its number says, hash to what the next one records, be built
 * no later than it, and be signed by the same key as the next one or by a key that the next
 * one's rotation note hands over from. Stops at the first broken link and names it.
 */
import { readRotation } from './key-rotation.ts';
import { fingerprint } from './manifest-keys.ts';
import { checkSignature, short, signerKey, tryParse } from './manifest-signature.ts';
import { manifestPath, sha256Hex, signaturePath, type Manifest } from './manifest.ts';
import type { SiteSource } from './site-source.ts';

/** How to walk. */
export interface WalkOptions {
  /** The manifest to stop at (1 for the whole chain). */
  stopAt: number;
  /** When given, the SHA-256 the manifest at stopAt must have. */
  sha256?: string;
  /** The key trusted for the latest manifest (its signer), or undefined when nothing is signed. */
  key?: Buffer;
  /** True for a key the reader pinned. */
  isPinned: (key: Buffer) => boolean;
  /** Receives every manifest and signature file read. */
  collect: (path: string, bytes: Buffer) => void;
}

/** What the walk found. */
export interface WalkResult {
  /** The first broken link, if any (at most one problem). */
  problems: string[];
  /** Manifests on the way that are unsigned. */
  unsignedPast: number;
  /** True when a key handover on the way came from a pinned key. */
  pinReached: boolean;
}

/** Walks the chain back from `manifest` (whose bytes are `latestBytes`); see the module comment. */
export async function walkChain(source: SiteSource, manifest: Manifest, latestBytes: Buffer, options: WalkOptions): Promise<WalkResult> {
  let newer = manifest;
  let newerBytes = latestBytes;
  let key = options.key;
  let unsignedPast = 0;
  let pinReached = false;
  const problems: string[] = [];
  const { stopAt, collect, isPinned } = options;
  const n = manifest.sequence;
  for (let i = n - 1; i >= stopAt && problems.length === 0; i--) {
    const link = newer.previous;
    if (!link) {
      problems.push(`chain: manifest ${i + 1} links to no previous manifest, but it is not the first`);
      break;
    }
    if (link.sequence !== i) {
      problems.push(`chain: manifest ${i + 1} links to manifest ${link.sequence}, not to ${i} (a manifest is skipped)`);
      break;
    }
    const bytes = await source.read(manifestPath(i));
    if (!bytes) {
      problems.push(`chain: ${manifestPath(i)} is missing; the chain breaks between manifest ${i + 1} and the ones before it`);
      break;
    }
    const older = tryParse(bytes, manifestPath(i));
    if (typeof older === 'string') {
      problems.push(older.replace(/^manifest:/, 'chain:'));
      break;
    }
    if (older.sequence !== i) {
      problems.push(`chain: ${manifestPath(i)} holds manifest ${older.sequence}: the manifests are out of order`);
      break;
    }
    const hash = sha256Hex(bytes);
    if (hash !== link.sha256) {
      problems.push(`chain: broken at manifest ${i}: ${manifestPath(i)} has SHA-256 ${hash}, but manifest ${i + 1} records ${link.sha256}`);
      break;
    }
    if (Date.parse(older.builtAt) > Date.parse(newer.builtAt)) {
      problems.push(`chain: manifest ${i} was built at ${older.builtAt}, after manifest ${i + 1} (${newer.builtAt})`);
      break;
    }
    collect(manifestPath(i), bytes);
    const olderSig = await source.read(signaturePath(i));
    if (olderSig) collect(signaturePath(i), olderSig);
    if (!older.signer) unsignedPast++;
    else if (key) {
      const olderKey = signerKey(older)!.publicKey;
      if (!olderKey.equals(key)) {
        // A change of key must be handed over in the newer manifest by a rotation note.
        let handedOver = false;
        if (newer.rotation) {
          try {
            const rotation = readRotation(newer.rotation, `the rotation in ${manifestPath(i + 1)}`);
            handedOver = rotation.from.publicKey.equals(olderKey) && rotation.to.publicKey.equals(key);
          } catch (error) {
            problems.push(`chain: ${error instanceof Error ? error.message : String(error)}`);
            break;
          }
        }
        if (!handedOver) {
          problems.push(
            `chain: manifest ${i} is signed by the key ${short(fingerprint(olderKey))}, and no rotation signed by it hands over to the key ${short(fingerprint(key))} of manifest ${i + 1}`,
          );
          break;
        }
        key = olderKey;
        if (isPinned(olderKey)) pinReached = true;
      }
      const problem = checkSignature(older, bytes, olderSig, key, { json: manifestPath(i), sig: signaturePath(i) });
      if (problem) {
        problems.push(problem.replace(/^signature:/, 'chain:'));
        break;
      }
    }
    newer = older;
    newerBytes = bytes;
  }
  if (problems.length === 0) {
    if (stopAt === 1 && newer.previous) problems.push(`chain: manifest 1 links to a manifest ${newer.previous.sequence} before it`);
    if (options.sha256 && newer.sequence === stopAt && sha256Hex(newerBytes) !== options.sha256) {
      problems.push(`chain: manifest ${stopAt} has SHA-256 ${sha256Hex(newerBytes)}, not the ${options.sha256} you gave`);
    }
  }
  return { problems, unsignedPast, pinReached };
}
