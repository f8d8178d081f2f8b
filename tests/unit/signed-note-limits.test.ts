/**
 * The refusals of the signed-note reader and of key rotation notes, one limit at a time
 * (found by `npm run mutate`): each malformed input is refused with its literal message,
 * and the reference note of golang.org/x/mod/sumdb/note still reads.
 */
import { generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { readRotation } from '../../src/lib/key-rotation';
import {
  checkKeyName,
  isSignedBy,
  keyId,
  parseSignatureLines,
  parseVerifierKey,
  privateKeyFromSeed,
  publicKeyFromRaw,
  rawPublicKey,
  signatureLine,
  splitNote,
} from '../../src/lib/signed-note';

// The example key and note of golang.org/x/mod/sumdb/note.
const GO_VKEY = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const GO_TEXT = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const GO_SIG_B64 = 'x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=';
const GO_SIGNATURE = `\u2014 PeterNeumann ${GO_SIG_B64}\n`;
// A verifier key of transparency-dev/formats (note/note_cosigv1_test.go) whose base64 holds a '+'.
const PLUS_VKEY = 'TEST+7997405c+AQcC+FTVKf0jlTdHDY3rbevmnKxxPjigCXlVtGe6RIr6';
const NOT_A_VKEY = 'is not an Ed25519 verifier key of the form name+<8 hex digits>+<base64>';

describe('keys', () => {
  it('refuses raw keys and seeds that are not 32 bytes, and keys of another type', () => {
    expect(() => publicKeyFromRaw(Buffer.alloc(31))).toThrow('an Ed25519 public key is 32 bytes, not 31');
    expect(() => privateKeyFromSeed(Buffer.alloc(33))).toThrow('an Ed25519 private key is 32 bytes, not 33');
    expect(() => rawPublicKey(generateKeyPairSync('x25519').publicKey)).toThrow('the key is x25519, not Ed25519');
  });

  it('refuses empty key names and names with a space or a plus', () => {
    const rule = 'is not a valid key name: use letters, digits, "-", "." or "/", without spaces or "+"';
    expect(() => checkKeyName('')).toThrow(`"" ${rule}`);
    expect(() => checkKeyName('a b')).toThrow(`"a b" ${rule}`);
    expect(() => checkKeyName('a+b')).toThrow(`"a+b" ${rule}`);
    expect(() => checkKeyName('example.com/foo')).not.toThrow();
    expect(() => keyId({ name: 'a b', publicKey: Buffer.alloc(32) })).toThrow(`"a b" ${rule}`);
  });
});

describe('parseVerifierKey', () => {
  it('reads a key with spaces around it, and a key whose base64 holds a plus', () => {
    expect(parseVerifierKey(` ${GO_VKEY}\n`).name).toBe('PeterNeumann');
    const plus = parseVerifierKey(PLUS_VKEY);
    // The key ID 7997405c of the published vector holds only for the whole key, plus included.
    expect(plus.name).toBe('TEST');
    expect(plus.publicKey.toString('base64')).toBe('BwL4VNUp/SOVN0cNjett6+acrHE+OKAJeVW0Z7pEivo=');
  });

  it('refuses each malformed part with the key, trimmed, in the message', () => {
    const key = GO_VKEY.split('+')[2]!;
    expect(() => parseVerifierKey(` +c74f20a3+${key} `)).toThrow(`"+c74f20a3+${key}" ${NOT_A_VKEY}`);
    expect(() => parseVerifierKey(`PeterNeumann+c74f20a+${key}`)).toThrow(NOT_A_VKEY);
    expect(() => parseVerifierKey(`PeterNeumann+xc74f20a3+${key}`)).toThrow(NOT_A_VKEY);
    expect(() => parseVerifierKey(`PeterNeumann+c74f20a3x+${key}`)).toThrow(NOT_A_VKEY);
    // 32 bytes without the type byte, and a wrong type byte (0x02).
    const raw = Buffer.from(key, 'base64').subarray(1);
    expect(() => parseVerifierKey(`PeterNeumann+c74f20a3+${raw.toString('base64')}`)).toThrow(NOT_A_VKEY);
    expect(() => parseVerifierKey(`PeterNeumann+c74f20a3+${Buffer.concat([Buffer.from([2]), raw]).toString('base64')}`)).toThrow(NOT_A_VKEY);
    // 34 bytes: the type byte, the key and one byte too many.
    expect(() => parseVerifierKey(`PeterNeumann+c74f20a3+${Buffer.concat([Buffer.from([1]), raw, Buffer.from([0])]).toString('base64')}`)).toThrow(NOT_A_VKEY);
    expect(() => parseVerifierKey(` PeterNeumann+00000000+${key} `)).toThrow(
      `verifier key "PeterNeumann+00000000+${key}": the key ID 00000000 does not match its name and key`,
    );
  });
});

describe('notes and signature lines', () => {
  const goKey = parseVerifierKey(GO_VKEY);

  it('refuses a text with a control character other than newline', () => {
    const key = generateKeyPairSync('ed25519').privateKey;
    expect(() => signatureLine('a\tb\n', 'k', key)).toThrow('a signed note text may contain no control character except newline');
  });

  it('reads a last signature line without its final newline', () => {
    expect(parseSignatureLines(GO_SIGNATURE.trimEnd()).map((s) => [s.name, s.keyId])).toEqual([['PeterNeumann', 'c74f20a3']]);
  });

  it('refuses lines with something before or after the signature, or a short signature', () => {
    const message = (n: number) => `line ${n} is not an Ed25519 signature line ("— <key name> <base64>")`;
    expect(() => parseSignatureLines(`x${GO_SIGNATURE}`)).toThrow(message(1));
    expect(() => parseSignatureLines(`${GO_SIGNATURE.trimEnd()} x\n`)).toThrow(message(1));
    expect(() => parseSignatureLines(`${GO_SIGNATURE}\u2014 k AAAA\n`)).toThrow(message(2));
  });

  it('splits a note whose text is only a newline', () => {
    const { text, signatures } = splitNote(`\n\n${GO_SIGNATURE}`);
    expect(text).toBe('\n');
    expect(signatures.map((s) => s.name)).toEqual(['PeterNeumann']);
  });

  it('does not count a valid signature under another name or another key ID', () => {
    const [signature] = splitNote(`${GO_TEXT}\n${GO_SIGNATURE}`).signatures;
    expect(isSignedBy(GO_TEXT, [signature!], goKey)).toBe(true);
    expect(isSignedBy(GO_TEXT, [{ ...signature!, name: 'Someone' }], goKey)).toBe(false);
    expect(isSignedBy(GO_TEXT, [{ ...signature!, keyId: '00000000' }], goKey)).toBe(false);
  });
});

describe('readRotation', () => {
  const oldKey = generateKeyPairSync('ed25519').privateKey;
  const newKey = generateKeyPairSync('ed25519').privateKey;
  const b64 = (key: typeof oldKey) => rawPublicKey(key).toString('base64');
  const body = () => `trust-site key rotation\nfrom old ${b64(oldKey)}\nto new ${b64(newKey)}\ndate 2026-12-01T00:00:00.000Z\n`;
  const signedByBoth = (text: string) => `${text}\n${signatureLine(text, 'old', oldKey)}${signatureLine(text, 'new', newKey)}`;
  const notRotation = 'r.note: not a key rotation note (expected the lines "trust-site key rotation", "from …", "to …", "date …")';

  it('reads a rotation signed by both keys', () => {
    const rotation = readRotation(signedByBoth(body()), 'r.note');
    expect([rotation.from.name, rotation.to.name, rotation.date]).toEqual(['old', 'new', '2026-12-01T00:00:00.000Z']);
  });

  it('names the file when the note is not a signed note or not a rotation, even with extra lines', () => {
    expect(() => readRotation('trust-site key rotation\n', 'r.note')).toThrow('r.note: not a signed note: there is no blank line before the signatures');
    expect(() => readRotation(signedByBoth(`note\n${body()}`), 'r.note')).toThrow(notRotation);
    expect(() => readRotation(signedByBoth(`${body()}more\n`), 'r.note')).toThrow(notRotation);
  });

  it('refuses a key of the wrong length, old or new', () => {
    const short = Buffer.alloc(31).toString('base64');
    expect(() => readRotation(signedByBoth(body().replace(`from old ${b64(oldKey)}`, `from old ${short}`)), 'r.note')).toThrow(
      'r.note: a key is not 32 bytes of base64',
    );
    expect(() => readRotation(signedByBoth(body().replace(`to new ${b64(newKey)}`, `to new ${short}`)), 'r.note')).toThrow(
      'r.note: a key is not 32 bytes of base64',
    );
  });

  it('refuses a rotation signed by one key only', () => {
    const text = body();
    expect(() => readRotation(`${text}\n${signatureLine(text, 'new', newKey)}`, 'r.note')).toThrow('r.note: not signed by the old key old');
    expect(() => readRotation(`${text}\n${signatureLine(text, 'old', oldKey)}`, 'r.note')).toThrow('r.note: not signed by the new key new');
  });
});

describe('readRotation: the wrapped error', () => {
  it('keeps the signed-note error as the cause', () => {
    try {
      readRotation('hello', 'r.note');
      expect.unreachable();
    } catch (error) {
      expect((error as Error).message).toBe('r.note: not a signed note: there is no blank line before the signatures');
      expect(((error as Error).cause as Error).message).toBe('not a signed note: there is no blank line before the signatures');
    }
  });
});
