/**
 * The manifest signing key, by hand (PUBLISHING.md, "Signing the site"):
 *
 *   npm run manifest-key -- create <private key file>
 *     makes an Ed25519 key pair: the private key goes to <private key file> (keep it out of
 *     the repository; its content is the MANIFEST_SIGNING_KEY secret), the public key to
 *     keys/manifest-signing-key.pub.pem (commit it); prints the fingerprint.
 *   npm run manifest-key -- rotate <old private key file> <new private key file>
 *     writes keys/rotations/<date>-<new fingerprint>.note, the handover signed by both keys.
 *   npm run manifest-key -- fingerprint <key file>
 *     prints the fingerprint of a public or private key.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { createRotation } from '../src/lib/key-rotation.ts';
import { fingerprint, parsePrivateKey, parsePublicKey, publicKeyPem, signingKey } from '../src/lib/manifest-keys.ts';
import { rawPublicKey } from '../src/lib/signed-note.ts';

const root = join(import.meta.dirname, '..');
const [command, ...args] = process.argv.slice(2);

/** Prints the problem and the usage, and exits with 1. */
function fail(problem: string): never {
  console.error(
    `manifest-key: ${problem}\nUsage: npm run manifest-key -- create <private key file> | rotate <old private key file> <new private key file> | fingerprint <key file>`,
  );
  process.exit(1);
}

/** Reads a private key file. */
function readPrivate(file: string | undefined) {
  if (!file || !existsSync(file)) fail(`${file ?? 'a private key file'} does not exist`);
  return signingKey(parsePrivateKey(readFileSync(file, 'utf8'), file), file);
}

try {
  if (command === 'create') {
    const file = args[0];
    if (!file) fail('give the file to write the private key to, outside the repository');
    if (existsSync(file)) fail(`${file} exists; choose another name (a key is never overwritten)`);
    if (!relative(root, resolve(file)).startsWith('..'))
      fail(`${file} is inside the repository; write the private key elsewhere, so that it is never committed`);
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    writeFileSync(file, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600 });
    const pub = join(root, 'keys', 'manifest-signing-key.pub.pem');
    writeFileSync(pub, publicKeyPem(rawPublicKey(publicKey)));
    console.log(`Private key: ${file} (store its whole content as the secret MANIFEST_SIGNING_KEY, then delete or lock away this file)`);
    console.log(`Public key:  ${relative(root, pub)} (commit it)`);
    console.log(`Fingerprint: ${fingerprint(rawPublicKey(publicKey))}`);
  } else if (command === 'rotate') {
    const from = readPrivate(args[0]);
    const to = readPrivate(args[1]);
    if (from.fingerprint === to.fingerprint) fail('the old and the new key are the same key');
    const now = new Date();
    const dir = join(root, 'keys', 'rotations');
    mkdirSync(dir, { recursive: true });
    const file = join(dir, `${now.toISOString().slice(0, 10)}-${to.fingerprint.slice(0, 16)}.note`);
    writeFileSync(file, createRotation(from, to, now));
    console.log(`Wrote ${relative(root, file)}: ${from.fingerprint} hands over to ${to.fingerprint}. Commit it with the new public key.`);
  } else if (command === 'fingerprint') {
    const file = args[0];
    if (!file || !existsSync(file)) fail(`${file ?? 'a key file'} does not exist`);
    const text = readFileSync(file, 'utf8');
    const raw = text.includes('PRIVATE KEY') ? rawPublicKey(createPublicKey(parsePrivateKey(text, file))) : parsePublicKey(text, file);
    console.log(fingerprint(raw));
  } else fail(command ? `unknown command "${command}"` : 'give a command');
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
