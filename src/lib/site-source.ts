/**
 * Where a published site is read from, for the verifier and for the manifest chain: a
 * folder on disk, or a site over HTTP(S).
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { listSiteFiles } from './manifest.ts';

/** A published site to read files from. */
export interface SiteSource {
  /** The folder or address, for messages. */
  label: string;
  /** The bytes of a file ("/"-separated path inside the site), or undefined when there is no such file. */
  read(path: string): Promise<Buffer | undefined>;
  /** Every file but the manifest outputs; only a folder can list its files (a web server cannot). */
  list?(): Promise<string[]>;
}

/** A site in a folder (a build's dist/). Throws when the folder does not exist. */
export function folderSource(dir: string): SiteSource {
  const root = resolve(dir);
  if (!existsSync(root) || !statSync(root).isDirectory())
    throw new Error(`${dir} is not a folder: give a built site's folder (such as dist) or its https:// address.`);
  return {
    label: dir,
    read: async (path) => {
      const file = join(root, ...path.split('/'));
      return existsSync(file) && statSync(file).isFile() ? readFileSync(file) : undefined;
    },
    list: async () => listSiteFiles(root),
  };
}

/**
 * A site over HTTP(S) at `address` (its base path included). A 404 or 410 answer means "no
 * such file"; any other failure throws with the address and the status.
 */
export function httpSource(address: string, fetchImpl: typeof fetch = fetch): SiteSource {
  const base = new URL(address.endsWith('/') ? address : `${address}/`);
  return {
    label: base.href,
    read: async (path) => {
      const url = new URL(path.split('/').map(encodeURIComponent).join('/'), base);
      let response: Response;
      try {
        response = await fetchImpl(url, { redirect: 'follow' });
      } catch (error) {
        throw new Error(`GET ${url.href} failed: ${error instanceof Error ? ((error.cause as Error | undefined)?.message ?? error.message) : String(error)}`, {
          cause: error,
        });
      }
      if (response.status === 404 || response.status === 410) {
        await response.body?.cancel();
        return undefined;
      }
      if (!response.ok) {
        await response.body?.cancel();
        throw new Error(`GET ${url.href} answered HTTP ${response.status}`);
      }
      return Buffer.from(await response.arrayBuffer());
    },
  };
}

/** A source for a command-line argument: an http(s):// address or a folder. */
export function sourceFor(where: string): SiteSource {
  return /^https?:\/\//i.test(where) ? httpSource(where) : folderSource(where);
}
