/**
 * Ed25519 signatures in the C2SP signed-note format (https://c2sp.org/signed-note), the
 * format of Go's checksum database and of transparency-log checkpoints:
 *
 *   <text, ending in a newline>
 *   <blank line>
 *   — <key name> <base64(4-byte key ID || 64-byte Ed25519 signature over the text)>
 *
 * The key ID is the first 4 bytes of SHA-256(key name || "\n" || 0x01 || 32-byte public key).
 * Only node:crypto is used.
 */
import { createHash, createPrivateKey, createPublicKey, sign, verify, type KeyObject } from 'node:crypto';

/** The signature type byte of Ed25519 in signed notes. */
const ED25519 = 0x01;
/** DER prefix of an Ed25519 public key (SubjectPublicKeyInfo) before its 32 raw bytes. */
const SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
/** DER prefix of an Ed25519 private key (PKCS #8) before its 32-byte seed. */
const PKCS8_PREFIX = Buffer.from('302e020100300506032b657004220420', 'hex');
/** The em dash and space that start every signature line. */
const DASH = '\u2014 ';

/** One key of a signed note: its name and its 32-byte Ed25519 public key. */
export interface NoteKey {
  /** The key's name: no spaces, no "+". */
  name: string;
  /** The raw 32-byte public key. */
  publicKey: Buffer;
}

/** One signature line of a note. */
export interface NoteSignature {
  /** The key name written on the line. */
  name: string;
  /** The 4-byte key ID, as 8 hex digits. */
  keyId: string;
  /** The 64-byte signature. */
  signature: Buffer;
}

/** A public key object from the 32 raw bytes of an Ed25519 public key. */
export function publicKeyFromRaw(raw: Buffer): KeyObject {
  if (raw.length !== 32) throw new Error(`an Ed25519 public key is 32 bytes, not ${raw.length}`);
  return createPublicKey({ key: Buffer.concat([SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

/** A private key object from the 32-byte seed of an Ed25519 private key. */
export function privateKeyFromSeed(seed: Buffer): KeyObject {
  if (seed.length !== 32) throw new Error(`an Ed25519 private key is 32 bytes, not ${seed.length}`);
  return createPrivateKey({ key: Buffer.concat([PKCS8_PREFIX, seed]), format: 'der', type: 'pkcs8' });
}

/** The 32 raw bytes of an Ed25519 public key (or of the public half of a private key). */
export function rawPublicKey(key: KeyObject): Buffer {
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  if (publicKey.asymmetricKeyType !== 'ed25519') throw new Error(`the key is ${publicKey.asymmetricKeyType}, not Ed25519`);
  return publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
}

/** Checks a key name against the format's rule (non-empty, no whitespace, no "+"). */
export function checkKeyName(name: string): void {
  if (!name || /[\s+]/u.test(name)) throw new Error(`"${name}" is not a valid key name: use letters, digits, "-", "." or "/", without spaces or "+"`);
}

/** The 4-byte key ID of a named Ed25519 key, as 8 hex digits. */
export function keyId(key: NoteKey): string {
  checkKeyName(key.name);
  return createHash('sha256')
    .update(Buffer.concat([Buffer.from(`${key.name}\n`, 'utf8'), Buffer.from([ED25519]), key.publicKey]))
    .digest()
    .subarray(0, 4)
    .toString('hex');
}

/** The verifier key string of the format: "<name>+<key ID>+<base64(0x01 || public key)>". */
export function verifierKey(key: NoteKey): string {
  return `${key.name}+${keyId(key)}+${Buffer.concat([Buffer.from([ED25519]), key.publicKey]).toString('base64')}`;
}

/** Reads a verifier key string ("name+id+base64"); throws with the reason when it is not one. */
export function parseVerifierKey(text: string): NoteKey {
  const [name = '', id = '', ...rest] = text.trim().split('+');
  const bytes = Buffer.from(rest.join('+'), 'base64');
  if (!name || !/^[0-9a-f]{8}$/.test(id) || bytes.length !== 33 || bytes[0] !== ED25519) {
    throw new Error(`"${text.trim()}" is not an Ed25519 verifier key of the form name+<8 hex digits>+<base64>`);
  }
  const key = { name, publicKey: bytes.subarray(1) };
  if (keyId(key) !== id) throw new Error(`verifier key "${text.trim()}": the key ID ${id} does not match its name and key`);
  return key;
}

/** Checks that a text can be a note's text: UTF-8 without control characters but newlines, ending in a newline. */
function checkText(text: string): void {
  if (!text.endsWith('\n')) throw new Error('a signed note text must end with a newline');
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u0009\u000b-\u001f\u007f]/.test(text)) throw new Error('a signed note text may contain no control character except newline');
}

/** Signs a note text with a private key; returns the signature line (ending in a newline). */
export function signatureLine(text: string, name: string, privateKey: KeyObject): string {
  checkText(text);
  const id = keyId({ name, publicKey: rawPublicKey(privateKey) });
  const signature = sign(null, Buffer.from(text, 'utf8'), privateKey);
  return `${DASH}${name} ${Buffer.concat([Buffer.from(id, 'hex'), signature]).toString('base64')}\n`;
}

/**
 * Reads signature lines (the part of a note after its blank line). Throws, naming the line,
 * when a line is not a signature line.
 */
export function parseSignatureLines(block: string): NoteSignature[] {
  const lines = block.split('\n');
  if (lines.at(-1) === '') lines.pop();
  return lines.map((line, index) => {
    const match = /^\u2014 (\S+) ([A-Za-z0-9+/=]+)$/.exec(line);
    const bytes = match ? Buffer.from(match[2]!, 'base64') : Buffer.alloc(0);
    if (!match || bytes.length !== 68) throw new Error(`line ${index + 1} is not an Ed25519 signature line ("— <key name> <base64>")`);
    return { name: match[1]!, keyId: bytes.subarray(0, 4).toString('hex'), signature: bytes.subarray(4) };
  });
}

/** Splits a whole signed note into its text and its signatures (the text ends before the last blank line). */
export function splitNote(note: string): { text: string; signatures: NoteSignature[] } {
  const at = note.lastIndexOf('\n\n');
  if (at < 0) throw new Error('not a signed note: there is no blank line before the signatures');
  return { text: note.slice(0, at + 1), signatures: parseSignatureLines(note.slice(at + 2)) };
}

/** True when one of the signatures is a valid signature of `text` by `key` (same name, key ID and key). */
export function isSignedBy(text: string, signatures: NoteSignature[], key: NoteKey): boolean {
  const id = keyId(key);
  const publicKey = publicKeyFromRaw(key.publicKey);
  return signatures.some((s) => s.name === key.name && s.keyId === id && verify(null, Buffer.from(text, 'utf8'), publicKey, s.signature));
}
