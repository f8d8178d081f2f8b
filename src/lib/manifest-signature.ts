/**
 * Checks shared by the verifier and the chain walk: reading a manifest without throwing,
 * the key it names, and its signature by a trusted key.
 */
import { fingerprint } from './manifest-keys.ts';
import { parseManifest, type Manifest } from './manifest.ts';
import { isSignedBy, parseSignatureLines, type NoteKey } from './signed-note.ts';

/** A short form of a key fingerprint for messages. */
export const short = (print: string) => `${print.slice(0, 16)}…`;

/** The key a manifest names as its signer. */
export function signerKey(manifest: Manifest): NoteKey | undefined {
  return manifest.signer ? { name: manifest.signer.name, publicKey: Buffer.from(manifest.signer.publicKey, 'base64') } : undefined;
}

/** Checks a manifest's signature by `trusted`; returns a problem or undefined. */
export function checkSignature(
  manifest: Manifest,
  bytes: Buffer,
  sig: Buffer | undefined,
  trusted: Buffer,
  where: { json: string; sig: string },
): string | undefined {
  const signer = signerKey(manifest)!;
  if (fingerprint(signer.publicKey) !== manifest.signer!.fingerprint) return `signature: ${where.json} gives a signer fingerprint that is not its key's`;
  if (!signer.publicKey.equals(trusted)) {
    return `signature: ${where.json} names the signing key ${short(fingerprint(signer.publicKey))}, not the trusted key ${short(fingerprint(trusted))}`;
  }
  if (!sig) return `signature: ${where.sig} is missing, but ${where.json} says it is signed`;
  let lines;
  try {
    lines = parseSignatureLines(sig.toString('utf8'));
  } catch (error) {
    return `signature: ${where.sig}: ${error instanceof Error ? error.message : String(error)}`;
  }
  if (!isSignedBy(bytes.toString('utf8'), lines, signer))
    return `signature: ${where.sig} is not a valid signature of ${where.json} by the key ${short(fingerprint(trusted))}`;
  return undefined;
}

/** Reads and parses one manifest; a problem string when it cannot be. */
export function tryParse(bytes: Buffer, where: string): Manifest | string {
  try {
    return parseManifest(bytes, where);
  } catch (error) {
    return `manifest: ${error instanceof Error ? error.message : String(error)}`;
  }
}
