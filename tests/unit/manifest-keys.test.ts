/**
 * The manifest signing key (src/lib/manifest-keys.ts) on the first test vector of RFC 8032
 * (§7.1, TEST 1): its fingerprint and PEM computed with sha256sum and base64 outside the
 * project; each way of giving a key, and each refusal with its literal message.
 */
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fingerprint, parsePrivateKey, parsePublicKey, publicKeyPem, signingKey, signingKeyFromEnv } from '../../src/lib/manifest-keys';

// RFC 8032 §7.1 TEST 1.
const SEED_B64 = 'nWGxne/9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A=';
const PUBLIC_HEX = 'd75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a';
const PUBLIC_B64 = '11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=';
// `printf d75a…511a | xxd -r -p | sha256sum`
const FINGERPRINT = '21fe31dfa154a261626bf854046fd2271b7bed4b6abe45aa58877ef47f9721b9';
// The PKCS #8 and SubjectPublicKeyInfo DER of the same key, in base64 (prefixes of RFC 8410).
const PRIVATE_PEM = '-----BEGIN PRIVATE KEY-----\nMC4CAQAwBQYDK2VwBCIEIJ1hsZ3v/VpguoRK9JLsLMREScVpezJpGXA7rAMcrn9g\n-----END PRIVATE KEY-----\n';
const PUBLIC_PEM = '-----BEGIN PUBLIC KEY-----\nMCowBQYDK2VwAyEA11qYAYKxCrfVS/7TyWQHOg7hcvPapiMlrwIaaPcHURo=\n-----END PUBLIC KEY-----\n';

const PRIVATE_HOWTO = 'Give the PEM that `npm run manifest-key -- create` or `openssl genpkey -algorithm ed25519` writes, or the base64 of its 32 raw bytes.';

const work = mkdtempSync(join(tmpdir(), 'manifest-keys-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('fingerprint and PEM', () => {
  it('match sha256sum and the RFC 8410 encoding of the test key', () => {
    const raw = Buffer.from(PUBLIC_HEX, 'hex');
    expect(fingerprint(raw)).toBe(FINGERPRINT);
    expect(publicKeyPem(raw)).toBe(PUBLIC_PEM);
  });
});

describe('parsePrivateKey', () => {
  it('reads the base64 seed, the PEM, and the PEM after a comment, with spaces around', () => {
    for (const text of [SEED_B64, SEED_B64.replace('=', ''), `  ${SEED_B64}\n`, PRIVATE_PEM, `# the test key\n${PRIVATE_PEM}\n\n`]) {
      const key = signingKey(parsePrivateKey(text, 'K'), 'K');
      expect(key.publicKey.toString('hex')).toBe(PUBLIC_HEX);
      expect(key.fingerprint).toBe(FINGERPRINT);
    }
  });

  it('refuses base64 of another length, base64 with other characters, and the URL-safe alphabet', () => {
    const short = Buffer.alloc(31, 7).toString('base64');
    expect(() => parsePrivateKey(short, 'K')).toThrow(`K is not an Ed25519 private key (base64 of 32 bytes expected). ${PRIVATE_HOWTO}`);
    expect(() => parsePrivateKey(Buffer.alloc(33, 7).toString('base64'), 'K')).toThrow('K is not an Ed25519 private key (base64 of 32 bytes expected).');
    expect(() => parsePrivateKey(`${SEED_B64}$`, 'K')).toThrow('K is not an Ed25519 private key (base64 of 32 bytes expected).');
    expect(() => parsePrivateKey(`$${SEED_B64}`, 'K')).toThrow('K is not an Ed25519 private key (base64 of 32 bytes expected).');
    expect(() => parsePrivateKey(SEED_B64.replace('/', '_'), 'K')).toThrow('K is not an Ed25519 private key (base64 of 32 bytes expected).');
  });

  it('refuses a broken PEM and a key of another type, naming the source', () => {
    expect(() => parsePrivateKey('-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----', 'keys/x.pem')).toThrow(
      /^keys\/x\.pem is not an Ed25519 private key \(.+\)\. Give the PEM/,
    );
    const x25519 = generateKeyPairSync('x25519').privateKey.export({ format: 'pem', type: 'pkcs8' }).toString();
    expect(() => parsePrivateKey(x25519, 'K')).toThrow(new Error('K is a x25519 key; the manifest is signed with Ed25519 only.'));
  });
});

describe('parsePublicKey', () => {
  it('reads the PEM and the base64 of the raw key, with spaces around', () => {
    expect(parsePublicKey(`\n${PUBLIC_PEM}  `, 'P').toString('hex')).toBe(PUBLIC_HEX);
    expect(parsePublicKey(` ${PUBLIC_B64}\n`, 'P').toString('hex')).toBe(PUBLIC_HEX);
  });

  it('refuses what is not base64, a key of another length and a key of another type, with the reason', () => {
    const tail = ': give a PEM file or the base64 of the 32-byte key.';
    expect(() => parsePublicKey(`${PUBLIC_B64}$`, 'P')).toThrow(new Error(`P is not an Ed25519 public key (not base64)${tail}`));
    expect(() => parsePublicKey(`$${PUBLIC_B64}`, 'P')).toThrow(new Error(`P is not an Ed25519 public key (not base64)${tail}`));
    expect(() => parsePublicKey(Buffer.alloc(31, 1).toString('base64'), 'P')).toThrow(
      new Error(`P is not an Ed25519 public key (an Ed25519 public key is 32 bytes, not 31)${tail}`),
    );
    const x25519 = generateKeyPairSync('x25519').publicKey.export({ format: 'pem', type: 'spki' }).toString();
    expect(() => parsePublicKey(x25519, 'P')).toThrow(new Error(`P is not an Ed25519 public key (the key is x25519, not Ed25519)${tail}`));
  });
});

describe('signingKeyFromEnv', () => {
  it('takes MANIFEST_SIGNING_KEY first, under the site key name', () => {
    const key = signingKeyFromEnv({ MANIFEST_SIGNING_KEY: SEED_B64, MANIFEST_SIGNING_KEY_FILE: 'no/such.pem' }, work)!;
    expect({ ...key, privateKey: undefined }).toEqual({
      name: 'trust-center-manifest',
      privateKey: undefined,
      publicKey: Buffer.from(PUBLIC_HEX, 'hex'),
      fingerprint: FINGERPRINT,
      demo: false,
      source: 'MANIFEST_SIGNING_KEY',
    });
  });

  it('reads MANIFEST_SIGNING_KEY_FILE relative to the folder when the key variable is blank, and names the file', () => {
    writeFileSync(join(work, 'k.pem'), PRIVATE_PEM);
    const key = signingKeyFromEnv({ MANIFEST_SIGNING_KEY: '  ', MANIFEST_SIGNING_KEY_FILE: ' k.pem ' }, work)!;
    expect(key.source).toBe('k.pem');
    expect(key.fingerprint).toBe(FINGERPRINT);
    writeFileSync(join(work, 'bad.pem'), 'not a key');
    expect(() => signingKeyFromEnv({ MANIFEST_SIGNING_KEY_FILE: 'bad.pem' }, work)).toThrow(
      `bad.pem is not an Ed25519 private key (base64 of 32 bytes expected). ${PRIVATE_HOWTO}`,
    );
  });

  it('is unsigned when both variables are unset or blank', () => {
    expect(signingKeyFromEnv({}, work)).toBeUndefined();
    expect(signingKeyFromEnv({ MANIFEST_SIGNING_KEY: '', MANIFEST_SIGNING_KEY_FILE: ' \n' }, work)).toBeUndefined();
  });

  it('names the variable, the value and the full path of a file it cannot read', () => {
    expect(() => signingKeyFromEnv({ MANIFEST_SIGNING_KEY_FILE: 'no/such.pem' }, work)).toThrow(
      new RegExp(`^MANIFEST_SIGNING_KEY_FILE=no/such\\.pem: cannot read ${work.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/no/such\\.pem \\(ENOENT: .+\\)\\.$`),
    );
  });
});

/** The `cause` of the error `run` throws (the test fails when it does not throw). */
function causeOf(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return (error as Error).cause;
  }
  throw new Error('expected a throw');
}

describe('errors keep the error they wrap as their cause', () => {
  it('a private key that is not base64 of 32 bytes', () => {
    const cause = causeOf(() => parsePrivateKey('abc', 'K'));
    expect(cause).toBeInstanceOf(Error);
    expect((cause as Error).message).toBe('base64 of 32 bytes expected');
  });

  it('a public key of 2 bytes', () => {
    const cause = causeOf(() => parsePublicKey('abc', 'K'));
    expect(cause).toBeInstanceOf(Error);
    expect((cause as Error).message).toBe('an Ed25519 public key is 32 bytes, not 2');
  });

  it('a key file that cannot be read', () => {
    const cause = causeOf(() => signingKeyFromEnv({ MANIFEST_SIGNING_KEY_FILE: 'nope.pem' }, '/nonexistent-dir'));
    expect((cause as NodeJS.ErrnoException).code).toBe('ENOENT');
  });
});
