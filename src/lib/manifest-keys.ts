/**
 * The manifest signing key: read from the environment, its public half, and its fingerprint.
 *
 * - MANIFEST_SIGNING_KEY: the private key, either a PEM block ("-----BEGIN PRIVATE KEY-----",
 *   PKCS #8, as `openssl genpkey -algorithm ed25519` writes) or the base64 of its 32 raw bytes.
 *   This is the CI secret.
 * - MANIFEST_SIGNING_KEY_FILE: a file holding the same (how `npm start` selects the demo key).
 * Neither set: the build is unsigned.
 */
import { createHash, createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { checkKeyName, privateKeyFromSeed, publicKeyFromRaw, rawPublicKey } from './signed-note.ts';

/** Key name of the site's manifest key in signatures. */
export const KEY_NAME = 'trust-center-manifest';
/** Key name used with the demo key, so that no signature by it can pass for a real one. */
export const DEMO_KEY_NAME = 'DEMO-ONLY-trust-center-manifest';
/** The committed demo key pair (DEMO ONLY: its private key is public). */
export const DEMO_KEY_FILE = 'keys/DEMO-ONLY-manifest-signing-key.pem';
/** Fingerprint of the demo key: a manifest signed by it proves nothing, and the verifier says so. */
export const DEMO_KEY_FINGERPRINT = 'df8ac682b7c7d9e25c74dbe28a0f541b65b1317dd5e47f114ad671f847b6bee7';

/** The key a build signs with. */
export interface SigningKey {
  /** Name written in signature lines. */
  name: string;
  /** The private key. */
  privateKey: KeyObject;
  /** The raw 32-byte public key. */
  publicKey: Buffer;
  /** SHA-256 of the raw public key, hex. */
  fingerprint: string;
  /** True for the committed demo key. */
  demo: boolean;
  /** Where the key came from, for messages. */
  source: string;
}

/** The fingerprint of an Ed25519 public key: hex SHA-256 of its 32 raw bytes. */
export function fingerprint(publicKey: Buffer): string {
  return createHash('sha256').update(publicKey).digest('hex');
}

/** The public key in PEM (SubjectPublicKeyInfo), as `openssl pkey -pubin` reads it. */
export function publicKeyPem(publicKey: Buffer): string {
  return publicKeyFromRaw(publicKey).export({ format: 'pem', type: 'spki' }).toString();
}

/**
 * Reads a private key given as PEM (text before the PEM block, such as a comment, is
 * allowed) or as the base64 of its 32 raw bytes. Throws, naming `source`, when it is neither
 * or not Ed25519.
 */
export function parsePrivateKey(text: string, source: string): KeyObject {
  const trimmed = text.trim();
  let key: KeyObject;
  try {
    if (trimmed.includes('-----BEGIN')) key = createPrivateKey(trimmed);
    else {
      const seed = Buffer.from(trimmed, 'base64');
      if (!/^[A-Za-z0-9+/]+=*$/.test(trimmed) || seed.length !== 32) throw new Error('base64 of 32 bytes expected');
      key = privateKeyFromSeed(seed);
    }
  } catch (error) {
    throw new Error(
      `${source} is not an Ed25519 private key (${error instanceof Error ? error.message : String(error)}). ` +
        'Give the PEM that `npm run manifest-key -- create` or `openssl genpkey -algorithm ed25519` writes, or the base64 of its 32 raw bytes.',
      { cause: error },
    );
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new Error(`${source} is a ${key.asymmetricKeyType} key; the manifest is signed with Ed25519 only.`);
  return key;
}

/** Reads a public key given as PEM or as the base64 of its 32 raw bytes; returns the raw bytes. */
export function parsePublicKey(text: string, source: string): Buffer {
  const trimmed = text.trim();
  try {
    if (trimmed.includes('-----BEGIN')) return rawPublicKey(createPublicKey(trimmed));
    const raw = Buffer.from(trimmed, 'base64');
    if (!/^[A-Za-z0-9+/]+=*$/.test(trimmed)) throw new Error('not base64');
    publicKeyFromRaw(raw);
    return raw;
  } catch (error) {
    throw new Error(
      `${source} is not an Ed25519 public key (${error instanceof Error ? error.message : String(error)}): give a PEM file or the base64 of the 32-byte key.`,
      { cause: error },
    );
  }
}

/** Makes a SigningKey from a private key object. */
export function signingKey(privateKey: KeyObject, source: string): SigningKey {
  const publicKey = rawPublicKey(privateKey);
  const print = fingerprint(publicKey);
  const demo = print === DEMO_KEY_FINGERPRINT;
  const name = demo ? DEMO_KEY_NAME : KEY_NAME;
  checkKeyName(name);
  return { name, privateKey, publicKey, fingerprint: print, demo, source };
}

/**
 * The signing key from MANIFEST_SIGNING_KEY or MANIFEST_SIGNING_KEY_FILE (a path relative to
 * `cwd`), or undefined when neither is set (an unsigned build). Throws on a key that cannot be read.
 */
export function signingKeyFromEnv(env: Record<string, string | undefined> = process.env, cwd = process.cwd()): SigningKey | undefined {
  if (env.MANIFEST_SIGNING_KEY?.trim()) return signingKey(parsePrivateKey(env.MANIFEST_SIGNING_KEY, 'MANIFEST_SIGNING_KEY'), 'MANIFEST_SIGNING_KEY');
  const file = env.MANIFEST_SIGNING_KEY_FILE?.trim();
  if (!file) return undefined;
  const path = resolve(cwd, file);
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`MANIFEST_SIGNING_KEY_FILE=${file}: cannot read ${path} (${error instanceof Error ? error.message : String(error)}).`, { cause: error });
  }
  return signingKey(parsePrivateKey(text, file), file);
}
