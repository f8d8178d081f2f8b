/**
 * Every version of every content file, from ONE `git log --raw` over the content folder
 * (commit, date, subject, a `Minor: yes` trailer, and the blob id of the file as that
 * commit left it) and, on demand, the text of those blobs from ONE `git cat-file --batch`.
 * The record views (changes, diffs) and the promise ledger both read this one pass.
 */
import { execFile, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One commit's version of one file. */
export interface FileVersion {
  /** Full commit hash. */
  hash: string;
  /** Committer date. */
  date: Date;
  /** First line of the commit message. */
  subject: string;
  /** True when the commit message carries the trailer `Minor: yes` (shown, never hidden). */
  minor: boolean;
  /** Blob id of the file after the commit, or null when the commit deleted it. */
  blob: string | null;
}

/** Absolute file path (current name) → its versions, newest first. */
export type FileVersions = Map<string, FileVersion[]>;

/** What readContentLog() found. */
export interface ContentLog {
  /** Repository root (absolute), or '' when unavailable. */
  root: string;
  /** File → versions; empty when unavailable. */
  files: FileVersions;
  /** Why there is no history: "no-git", "not-a-repository", "shallow"; undefined when it was read. */
  unavailable?: 'no-git' | 'not-a-repository' | 'shallow';
}

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The pretty format: record mark, hash, committer date, subject, values of `Minor:` trailers. */
export const VERSIONS_FORMAT = '%x1e%H%x1f%cI%x1f%s%x1f%(trailers:key=Minor,valueonly,separator=%x2C)';

/** Arguments of the one `git log` call: every commit touching `paths`, with each changed file's new blob id (renames followed). */
export function versionsLogArgs(paths: readonly string[]): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--no-color', `--format=${VERSIONS_FORMAT}`, '--raw', '--no-abbrev', '-M', '-z', '--', ...paths];
}

/** True for a trailer value that means yes. */
function isYes(value: string): boolean {
  return value.split(',').some((v) => /^\s*(yes|true|y)\s*$/i.test(v));
}

/**
 * Parses the output of `git log` run with versionsLogArgs(). Paths in the output are
 * relative to the repository root `root`; keys of the result are absolute, under the
 * file's current name (a rename keeps the versions made under the old name).
 */
export function parseVersionsLog(output: string, root: string): FileVersions {
  const files: FileVersions = new Map();
  const currentName = new Map<string, string>();
  const nameNow = (path: string) => currentName.get(path) ?? path;
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [hash, iso, subject = '', trailers = ''] = header.split(FIELD);
    const date = new Date(iso ?? '');
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(date.getTime())) continue;
    const tokens = (headerEnd === -1 ? '' : record.slice(headerEnd + 1)).split('\0').map((t) => t.replace(/^\n+/, ''));
    for (let i = 0; i < tokens.length; i++) {
      const meta = /^:\d+ \d+ ([0-9a-f]+) ([0-9a-f]+) ([ACDMRTUX])\d*$/.exec(tokens[i] ?? '');
      if (!meta) continue;
      const [, , newBlob, status] = meta;
      let path: string | undefined;
      if (status === 'R' || status === 'C') {
        const from = tokens[i + 1];
        const to = tokens[i + 2];
        i += 2;
        if (!from || !to) continue;
        path = nameNow(to);
        if (status === 'R') currentName.set(from, path);
      } else {
        path = tokens[i + 1] ? nameNow(tokens[i + 1]!) : undefined;
        i += 1;
      }
      if (!path) continue;
      const key = resolve(root, path);
      const list = files.get(key) ?? [];
      list.push({ hash, date, subject: subject.trim(), minor: isYes(trailers), blob: status === 'D' || /^0+$/.test(newBlob!) ? null : newBlob! });
      files.set(key, list);
    }
  }
  return files;
}

/**
 * Reads every version of every file under `dir` with one `rev-parse` and one `log`. Never
 * throws: without git, outside a repository or in a shallow clone, files is empty and
 * `unavailable` says why.
 */
export async function readContentLog(dir: string, cwd: string = process.cwd(), git = 'git'): Promise<ContentLog> {
  const target = isAbsolute(dir) ? dir : join(cwd, dir);
  const none = (unavailable: ContentLog['unavailable']): ContentLog => ({ root: '', files: new Map(), unavailable });
  if (!existsSync(target)) return none('not-a-repository');
  let root: string;
  try {
    const { stdout } = await run(git, ['rev-parse', '--is-shallow-repository', '--show-toplevel'], { cwd: target, encoding: 'utf8' });
    const [shallow, top] = stdout.trim().split('\n');
    if (shallow === 'true') return none('shallow');
    if (!top) return none('not-a-repository');
    root = top;
  } catch (error) {
    return none((error as { code?: unknown }).code === 'ENOENT' ? 'no-git' : 'not-a-repository');
  }
  try {
    const { stdout } = await run(git, versionsLogArgs([target]), { cwd: root, encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
    return { root, files: parseVersionsLog(stdout, root) };
  } catch {
    // A repository without commits yet: no history.
    return none('not-a-repository');
  }
}

/** The texts of the given blobs (UTF-8), from one `git cat-file --batch` in `root`. */
export function readBlobs(root: string, ids: readonly string[], git = 'git'): Promise<Map<string, string>> {
  const unique = [...new Set(ids)];
  const texts = new Map<string, string>();
  if (unique.length === 0) return Promise.resolve(texts);
  return new Promise((resolvePromise, reject) => {
    const child = spawn(git, ['cat-file', '--batch'], { cwd: root, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`git cat-file --batch exited with ${code}`));
      const out = Buffer.concat(chunks);
      let at = 0;
      while (at < out.length) {
        const lineEnd = out.indexOf(0x0a, at);
        if (lineEnd < 0) break;
        const [id, type, size] = out.subarray(at, lineEnd).toString('utf8').split(' ');
        at = lineEnd + 1;
        if (type === 'missing' || !size) continue;
        const length = Number(size);
        texts.set(id!, out.subarray(at, at + length).toString('utf8'));
        at += length + 1;
      }
      resolvePromise(texts);
    });
    child.stdin.end(`${unique.join('\n')}\n`);
  });
}
