/**
 * The manifest of a published site: every file in the output folder with its size and
 * SHA-256, the commit the site was built from, the build time, the signer, and the
 * SHA-256 of the previous manifest, so that manifests form a chain.
 *
 * Its one serialisation (canonical form, checked when read): UTF-8 JSON, the top-level
 * fields in the order of `Manifest` one per line, then "files" with one compact object per
 * line, sorted by the UTF-8 bytes of their path, and a final newline. A manifest's SHA-256
 * is the SHA-256 of those exact bytes; that hash is what the next manifest records as
 * "previous", and those bytes are what the signature covers.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

/** The format tag of this version of the manifest. */
export const MANIFEST_FORMAT = 'trust-site-manifest/1';
/** The latest manifest, at the root of the site. */
export const MANIFEST_FILE = 'manifest.json';
/** The latest manifest's signature lines (C2SP signed note: manifest.json is the note's text). */
export const SIGNATURE_FILE = 'manifest.sig';
/** Folder of every manifest so far: <n>.json and <n>.sig, and the public key. */
export const MANIFESTS_DIR = 'manifests';
/** The public key of the signing key, PEM, at a stable address. */
export const PUBLIC_KEY_FILE = `${MANIFESTS_DIR}/signing-key.pem`;

/** The path of manifest number n inside a site. */
export const manifestPath = (sequence: number) => `${MANIFESTS_DIR}/${sequence}.json`;
/** The path of the signature of manifest number n inside a site. */
export const signaturePath = (sequence: number) => `${MANIFESTS_DIR}/${sequence}.sig`;

/** True for the files the manifest step writes itself; they are not listed in the manifest. */
export function isManifestOutput(path: string): boolean {
  return path === MANIFEST_FILE || path === SIGNATURE_FILE || path.startsWith(`${MANIFESTS_DIR}/`);
}

/** One published file. */
export interface ManifestFile {
  /** Path inside the site folder, "/"-separated, no leading slash: "plan/index.html". */
  path: string;
  /** Size in bytes. */
  size: number;
  /** SHA-256 of the file's bytes, lowercase hex. */
  sha256: string;
}

/** The previous manifest, as the next one records it. */
export interface ManifestLink {
  /** Its sequence number. */
  sequence: number;
  /** SHA-256 of its bytes, lowercase hex. */
  sha256: string;
}

/** The key that signs a manifest, as the manifest names it. */
export interface ManifestSigner {
  /** Key name in the signature line. */
  name: string;
  /** The raw 32-byte Ed25519 public key, base64. */
  publicKey: string;
  /** SHA-256 of the raw public key, hex. */
  fingerprint: string;
}

/** A manifest. The field order here is the order of the canonical form. */
export interface Manifest {
  /** Always MANIFEST_FORMAT. */
  format: typeof MANIFEST_FORMAT;
  /** 1 for the first manifest, then +1 per deploy. */
  sequence: number;
  /** The site's address, with its base path. */
  site: string;
  /** The git commit the site was built from, or null when unknown. */
  commit: string | null;
  /** When the site was built (ISO 8601, UTC). */
  builtAt: string;
  /** The previous manifest, or null for the first one. */
  previous: ManifestLink | null;
  /** The key that signs this manifest, or null for an unsigned build. */
  signer: ManifestSigner | null;
  /** When the signer differs from the previous manifest's: the signed note by which the old key handed over to the new one (see key-rotation.ts). */
  rotation: string | null;
  /** Every published file but the manifest outputs, sorted by path. */
  files: ManifestFile[];
}

/** Top-level fields in canonical order. */
const FIELDS = ['format', 'sequence', 'site', 'commit', 'builtAt', 'previous', 'signer', 'rotation', 'files'] as const;

/** Compares paths by their UTF-8 bytes (the canonical order of files). */
export function comparePaths(a: string, b: string): number {
  return Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8'));
}

/** The canonical bytes of a manifest (see the module comment). */
export function serializeManifest(manifest: Manifest): string {
  const files = [...manifest.files].sort((a, b) => comparePaths(a.path, b.path));
  const head = FIELDS.filter((f) => f !== 'files').map((f) => `  ${JSON.stringify(f)}: ${JSON.stringify(manifest[f])},`);
  const list = files.map((f, i) => `    ${JSON.stringify({ path: f.path, size: f.size, sha256: f.sha256 })}${i < files.length - 1 ? ',' : ''}`);
  return ['{', ...head, files.length ? '  "files": [' : '  "files": []', ...(files.length ? [...list, '  ]'] : []), '}', ''].join('\n');
}

/** SHA-256 of bytes, lowercase hex. */
export function sha256Hex(bytes: Buffer | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

const HEX64 = /^[0-9a-f]{64}$/;

/** True for a "/"-separated relative path with no empty, "." or ".." segment and no backslash. */
export function isSitePath(path: string): boolean {
  return path !== '' && !path.includes('\\') && path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..');
}

/** Throws "<where>: <field> <problem>" when `ok` is false. */
function expect(ok: boolean, where: string, field: string, problem: string): asserts ok {
  if (!ok) throw new Error(`${where}: "${field}" ${problem}`);
}

/**
 * Reads a manifest from its bytes and checks every field and the canonical form; throws
 * with `where` (the file's name), the field and the problem.
 */
export function parseManifest(bytes: Buffer | string, where: string): Manifest {
  const text = bytes.toString();
  let data: Record<string, unknown>;
  try {
    data = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw new Error(`${where}: not JSON (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  expect(typeof data === 'object' && data !== null && !Array.isArray(data), where, '(file)', 'is not a JSON object');
  expect(data.format === MANIFEST_FORMAT, where, 'format', `is ${JSON.stringify(data.format)}, expected "${MANIFEST_FORMAT}"`);
  expect(Number.isInteger(data.sequence) && (data.sequence as number) >= 1, where, 'sequence', 'must be a whole number from 1 on');
  expect(typeof data.site === 'string', where, 'site', 'must be text');
  expect(data.commit === null || typeof data.commit === 'string', where, 'commit', 'must be text or null');
  expect(typeof data.builtAt === 'string' && !Number.isNaN(Date.parse(data.builtAt)), where, 'builtAt', 'must be an ISO 8601 date-time');
  const previous = data.previous as ManifestLink | null;
  expect(
    previous === null ||
      (typeof previous === 'object' && Number.isInteger(previous.sequence) && (previous.sequence as number) >= 1 && HEX64.test(String(previous.sha256))),
    where,
    'previous',
    'must be null or { "sequence": n, "sha256": "<64 hex digits>" }',
  );
  const signer = data.signer as ManifestSigner | null;
  expect(
    signer === null ||
      (typeof signer === 'object' && typeof signer.name === 'string' && typeof signer.publicKey === 'string' && HEX64.test(String(signer.fingerprint))),
    where,
    'signer',
    'must be null or { "name", "publicKey", "fingerprint" }',
  );
  expect(data.rotation === null || typeof data.rotation === 'string', where, 'rotation', 'must be text or null');
  expect(Array.isArray(data.files), where, 'files', 'must be a list');
  const seen = new Set<string>();
  for (const [i, f] of (data.files as ManifestFile[]).entries()) {
    expect(
      typeof f === 'object' && f !== null && typeof f.path === 'string' && Number.isInteger(f.size) && HEX64.test(String(f.sha256)),
      where,
      `files.${i}`,
      'must be { "path", "size", "sha256" }',
    );
    // A path names a file inside the site: a verifier must never be sent outside it.
    expect(isSitePath(f.path), where, `files.${i}.path`, `"${f.path}" is not a relative path inside the site`);
    expect(!seen.has(f.path), where, `files.${i}.path`, `"${f.path}" is listed twice`);
    seen.add(f.path);
  }
  const manifest = data as unknown as Manifest;
  expect(serializeManifest(manifest) === text, where, '(file)', 'is not in canonical form (field order, one file per line, sorted by path, final newline)');
  return manifest;
}

/** Every file under a folder except the manifest outputs, as "/"-separated relative paths sorted canonically. */
export function listSiteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split(sep).join('/'))
    .filter((f) => !isManifestOutput(f) && statSync(join(dir, f)).isFile())
    .sort(comparePaths);
}

/** A file hashed ahead of the manifest step, with the modification time it had then. */
export interface HashedFile extends ManifestFile {
  /** Modification time when it was read (ms since 1970). */
  mtimeMs: number;
}

/** Hashes one file of a built site, noting its modification time. */
function hashFile(dir: string, path: string): HashedFile {
  const file = join(dir, path);
  const { mtimeMs } = statSync(file);
  const bytes = readFileSync(file);
  return { path, size: bytes.length, sha256: sha256Hex(bytes), mtimeMs };
}

/**
 * Hashes, ahead of the manifest step, the files of a built site whose paths `include`
 * accepts (the build hashes Astro's output while the search index is still being written).
 */
export function hashFilesAhead(dir: string, include: (path: string) => boolean): Map<string, HashedFile> {
  return new Map(
    listSiteFiles(dir)
      .filter(include)
      .map((path) => [path, hashFile(dir, path)]),
  );
}

/**
 * Lists and hashes every file of a built site (manifest outputs excepted). A file hashed
 * ahead is read again unless its size and modification time are still those it was hashed with.
 */
export function hashSiteFiles(dir: string, ahead?: ReadonlyMap<string, HashedFile>): ManifestFile[] {
  return listSiteFiles(dir).map((path) => {
    const known = ahead?.get(path);
    const now = known && statSync(join(dir, path));
    const { size, sha256 } = now && now.size === known.size && now.mtimeMs === known.mtimeMs ? known : hashFile(dir, path);
    return { path, size, sha256 };
  });
}
