/**
 * The manifest step with its settings read from the environment, shared by the Astro
 * integration (a plain `astro build`) and scripts/lib/manifest-command.ts (`npm run build`, `npm run manifest`):
 *
 * - MANIFEST_SIGNING_KEY or MANIFEST_SIGNING_KEY_FILE: the signing key (see manifest-keys.ts);
 *   neither: an unsigned manifest.
 * - MANIFEST_PREVIOUS: where the chain of past manifests is, the live site's address (what
 *   the deploy workflow sets) or a folder holding an earlier build; unset: a new chain.
 * - MANIFEST_ALLOW_UNSIGNED=1: publish unsigned although the previous manifest was signed.
 * - GITHUB_SHA, else `git rev-parse HEAD`: the commit recorded; SITE_NOW pins the build time.
 */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { signingKeyFromEnv } from './manifest-keys.ts';
import type { HashedFile } from './manifest.ts';
import { writeManifest, type WriteManifestResult } from './manifest-write.ts';
import { buildNow } from './now.ts';
import { sourceFor } from './site-source.ts';

/** The commit being built: GITHUB_SHA, else git's HEAD in `root`, else null. */
export function buildCommit(env: Record<string, string | undefined>, root: string): string | null {
  if (env.GITHUB_SHA) return env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

/** Runs the manifest step on the built site in `dir`, for the site at `site` (address with base path); `ahead`: files already hashed. */
export async function runManifestStep(
  dir: string,
  site: string,
  env: Record<string, string | undefined> = process.env,
  root = process.cwd(),
  ahead?: ReadonlyMap<string, HashedFile>,
): Promise<WriteManifestResult> {
  const key = signingKeyFromEnv(env, root);
  const previous = env.MANIFEST_PREVIOUS?.trim() ? sourceFor(env.MANIFEST_PREVIOUS.trim()) : undefined;
  const result = await writeManifest({
    dir,
    site,
    commit: buildCommit(env, root),
    builtAt: buildNow(env),
    key,
    previous,
    rotationsDir: join(root, 'keys', 'rotations'),
    allowUnsigned: env.MANIFEST_ALLOW_UNSIGNED === '1',
    ahead,
  });
  const { manifest } = result;
  const signed = key
    ? `signed with ${key.demo ? 'the DEMO key (DEMO ONLY: its private key is public) ' : 'the key '}${key.fingerprint}`
    : 'UNSIGNED (no MANIFEST_SIGNING_KEY)';
  result.log.push(`manifest: wrote manifest ${manifest.sequence} of ${manifest.files.length} files, ${signed}.`);
  return result;
}
