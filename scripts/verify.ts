/**
 * `npm run verify -- <folder or site address> [--key <file|base64|fingerprint>]… [--to <n>[:<sha256>]]`
 *
 * Checks a published site against its signed manifest (src/lib/manifest-verify.ts) and
 * prints a one-line verdict first, then every problem and note. --key pins the signing key
 * (a PEM file, the base64 of the 32-byte key, or its 64-hex-digit fingerprint) instead of
 * trusting the key the site itself publishes; --to stops the chain walk at manifest n (and,
 * with :<sha256>, checks that it is the manifest you kept).
 * Exit codes: 0 all holds and the manifest is signed; 1 something does not hold; 2 all
 * holds but the manifest is unsigned.
 */
import { existsSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { parsePublicKey } from '../src/lib/manifest-keys.ts';
import { EXIT_CODES, verifySite } from '../src/lib/manifest-verify.ts';
import { sourceFor } from '../src/lib/site-source.ts';

const USAGE = 'Usage: npm run verify -- <folder or https:// address> [--key <public key file, base64 or fingerprint>] [--to <n>[:<sha256>]]';

/** Exits with 1 after a usage problem. */
function usage(problem: string): never {
  console.log(`FAIL: ${problem}`);
  console.error(USAGE);
  process.exit(EXIT_CODES.fail);
}

let parsed;
try {
  parsed = parseArgs({ options: { key: { type: 'string', multiple: true }, to: { type: 'string' } }, allowPositionals: true });
} catch (error) {
  usage(error instanceof Error ? error.message : String(error));
}
const { values, positionals } = parsed;
if (positionals.length !== 1) usage(positionals.length ? 'give one folder or address' : 'give the folder or address of the site to verify');

const pinnedKeys: Buffer[] = [];
const pinnedFingerprints: string[] = [];
for (const key of values.key ?? []) {
  try {
    // A fingerprint may be pasted in groups, as /security/ shows it.
    if (/^[0-9a-fA-F]{64}$/.test(key.replace(/\s+/g, ''))) pinnedFingerprints.push(key.replace(/\s+/g, '').toLowerCase());
    else if (existsSync(key)) pinnedKeys.push(parsePublicKey(readFileSync(key, 'utf8'), key));
    else pinnedKeys.push(parsePublicKey(key, '--key'));
  } catch (error) {
    usage(error instanceof Error ? error.message : String(error));
  }
}
let to: { sequence: number; sha256?: string } | undefined;
if (values.to !== undefined) {
  const match = /^(\d+)(?::([0-9a-fA-F]{64}))?$/.exec(values.to);
  if (!match || Number(match[1]) < 1) usage(`--to ${values.to}: give a manifest number, optionally followed by ":" and its SHA-256`);
  to = { sequence: Number(match[1]), sha256: match[2]?.toLowerCase() };
}

try {
  const report = await verifySite(sourceFor(positionals[0]!), { pinnedKeys, pinnedFingerprints, to });
  console.log(report.summary);
  for (const problem of report.problems) console.log(`  ${problem}`);
  for (const note of report.notes) console.log(`  note: ${note}`);
  if (report.verdict === 'pass' && pinnedKeys.length + pinnedFingerprints.length === 0) {
    console.log(
      '  note: the key was read from the site itself; pin it with --key <fingerprint> (from a source other than this host) for proof that does not rest on the host.',
    );
  }
  process.exit(EXIT_CODES[report.verdict]);
} catch (error) {
  console.log(`FAIL: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(EXIT_CODES.fail);
}
