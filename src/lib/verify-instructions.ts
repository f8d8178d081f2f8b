/**
 * The commands the /verify/ page gives readers to check the site without this repository:
 * shell lines (curl, openssl, jq, sha256sum) and a Node script with no dependency. Kept here
 * so that a test can run exactly what the page shows.
 */
import { MANIFEST_FILE, PUBLIC_KEY_FILE, SIGNATURE_FILE } from './manifest.ts';

/** Shell lines: fetch the manifest, its signature and the key; check the key's fingerprint and the signature. */
export function signatureCommands(site: string): string {
  return [
    `curl -sSfO ${site}${MANIFEST_FILE} -sSfO ${site}${SIGNATURE_FILE} -sSfO ${site}${PUBLIC_KEY_FILE}`,
    '# the key fingerprint: compare it with one you got elsewhere',
    `openssl pkey -pubin -in ${PUBLIC_KEY_FILE.split('/').at(-1)} -outform DER | tail -c 32 | sha256sum`,
    '# the signature: the last field of manifest.sig, without its first 4 bytes (the key ID)',
    `tail -n 1 ${SIGNATURE_FILE} | cut -d' ' -f3 | base64 -d | tail -c 64 > signature.bin`,
    `openssl pkeyutl -verify -pubin -inkey ${PUBLIC_KEY_FILE.split('/').at(-1)} -rawin -in ${MANIFEST_FILE} -sigfile signature.bin`,
  ].join('\n');
}

/** Shell lines: download every file the manifest lists, then check each one against it (curl, jq, sha256sum). */
export function fileCommands(site: string): string {
  return [
    // One curl for every file: jq writes a curl config with a url and an output line per file.
    `jq -r '.files[].path | "url = \\"${site}\\(.)\\"\\noutput = \\"copy/\\(.)\\""' ${MANIFEST_FILE} | curl -sS --create-dirs --config -`,
    `(cd copy && jq -r '.files[] | "\\(.sha256)  \\(.path)"' ../${MANIFEST_FILE} | sha256sum --check --quiet)`,
  ].join('\n');
}

/** Shell lines: check the link from the latest manifest to the one before it. */
export function chainCommands(site: string): string {
  return [
    `previous=$(jq -r .previous.sequence ${MANIFEST_FILE})`,
    `curl -sSfO ${site}manifests/$previous.json`,
    `jq -r .previous.sha256 ${MANIFEST_FILE}   # what the latest manifest records`,
    'sha256sum $previous.json                # must be the same hash',
  ].join('\n');
}

/** A Node 22+ script (no dependency) that checks the key, the signature and every file: node verify.mjs <site address> <key fingerprint>. */
export const NODE_SCRIPT = `// node verify.mjs <site address> <key fingerprint>
import { createHash, createPublicKey, verify } from 'node:crypto';
const [site, fingerprint] = process.argv.slice(2);
const get = async (path) => {
  const response = await fetch(new URL(path, site));
  if (!response.ok) throw new Error(\`\${path}: HTTP \${response.status}\`);
  return Buffer.from(await response.arrayBuffer());
};
const sha256 = (bytes) => createHash('sha256').update(bytes).digest('hex');
const manifest = await get('${MANIFEST_FILE}');
const key = createPublicKey(await get('${PUBLIC_KEY_FILE}'));
if (sha256(key.export({ format: 'der', type: 'spki' }).subarray(-32)) !== fingerprint) throw new Error('not the key you expected');
const line = (await get('${SIGNATURE_FILE}')).toString().trim().split(' ').at(-1);
if (!verify(null, manifest, key, Buffer.from(line, 'base64').subarray(4))) throw new Error('the signature is not valid');
let bad = 0;
for (const file of JSON.parse(manifest).files) {
  const bytes = await get(file.path).catch(() => undefined);
  if (!bytes || sha256(bytes) !== file.sha256) { console.log('differs or missing:', file.path); bad++; }
}
console.log(bad ? \`\${bad} files differ from the signed manifest\` : 'Every file matches the signed manifest.');
process.exit(bad ? 1 : 0);
`;
