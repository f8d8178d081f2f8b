/**
 * Key rotation: a signed note by which the old manifest key hands over to a new one. It
 * is signed by both keys (the old one vouches for the new, the new one shows it is held by
 * the same publisher), committed in keys/rotations/, and embedded in the first manifest
 * signed by the new key, so that a verifier walking the chain back can trust manifests
 * signed by the old key. Its text:
 *
 *   trust-site key rotation
 *   from <old key name> <base64 of the old raw public key>
 *   to <new key name> <base64 of the new raw public key>
 *   date <ISO 8601>
 */
import type { SigningKey } from './manifest-keys.ts';
import { isSignedBy, signatureLine, splitNote, type NoteKey } from './signed-note.ts';

/** The first line of a rotation note. */
const HEADER = 'trust-site key rotation';

/** What a rotation note says, once both signatures are checked. */
export interface Rotation {
  /** The key handing over. */
  from: NoteKey;
  /** The key taking over. */
  to: NoteKey;
  /** When the rotation was signed (ISO 8601). */
  date: string;
}

/** Writes a rotation note signed by both keys. */
export function createRotation(from: SigningKey, to: SigningKey, date: Date): string {
  const text = [
    HEADER,
    `from ${from.name} ${from.publicKey.toString('base64')}`,
    `to ${to.name} ${to.publicKey.toString('base64')}`,
    `date ${date.toISOString()}`,
    '',
  ].join('\n');
  return `${text}\n${signatureLine(text, from.name, from.privateKey)}${signatureLine(text, to.name, to.privateKey)}`;
}

/** Reads a rotation note and checks that both keys signed it; throws, naming `where`, when not. */
export function readRotation(note: string, where: string): Rotation {
  let parsed: ReturnType<typeof splitNote>;
  try {
    parsed = splitNote(note);
  } catch (error) {
    throw new Error(`${where}: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
  }
  const match = /^trust-site key rotation\nfrom (\S+) (\S+)\nto (\S+) (\S+)\ndate (\S+)\n$/.exec(parsed.text);
  if (!match) throw new Error(`${where}: not a key rotation note (expected the lines "${HEADER}", "from …", "to …", "date …")`);
  const from = { name: match[1]!, publicKey: Buffer.from(match[2]!, 'base64') };
  const to = { name: match[3]!, publicKey: Buffer.from(match[4]!, 'base64') };
  if (from.publicKey.length !== 32 || to.publicKey.length !== 32) throw new Error(`${where}: a key is not 32 bytes of base64`);
  if (!isSignedBy(parsed.text, parsed.signatures, from)) throw new Error(`${where}: not signed by the old key ${from.name}`);
  if (!isSignedBy(parsed.text, parsed.signatures, to)) throw new Error(`${where}: not signed by the new key ${to.name}`);
  return { from, to, date: match[5]! };
}
