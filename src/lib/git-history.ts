/**
 * The revision history of content files, from ONE `git log` over the content folder
 * (not one process per file). When git is missing, the folder is not in a repository, or
 * the clone is shallow, the history is empty: the site then says nothing rather than
 * something incomplete.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** One commit that touched a file. */
export interface Revision {
  /** Full commit hash. */
  hash: string;
  /** When the commit was made (committer date). */
  date: Date;
  /** First line of the commit message. */
  subject: string;
}

/** Absolute file path → the commits that touched it, newest first. */
export type FileHistory = Map<string, Revision[]>;

const RECORD = '\x1e';
const FIELD = '\x1f';

/** The `git log` pretty format the parser reads: record mark, hash, committer date, subject. */
export const GIT_LOG_FORMAT = '%x1e%H%x1f%cI%x1f%s';

/** Arguments of the one `git log` call: every commit touching `paths`, with the files each changed (renames followed). */
export function gitLogArgs(paths: readonly string[]): string[] {
  return ['-c', 'core.quotePath=false', 'log', '--no-color', `--format=${GIT_LOG_FORMAT}`, '--name-status', '-M', '-z', '--', ...paths];
}

/**
 * Parses the output of `git log` run with gitLogArgs(). File paths in the output are
 * relative to the repository root `root`; keys of the result are absolute. A file renamed
 * inside the logged folder keeps the commits made under its old name.
 */
export function parseGitLog(output: string, root: string): FileHistory {
  const history: FileHistory = new Map();
  // Newest first: a rename maps the old name to the file's current name for older commits.
  const currentName = new Map<string, string>();
  const nameNow = (path: string) => currentName.get(path) ?? path;
  for (const record of output.split(RECORD)) {
    if (!record.trim()) continue;
    const headerEnd = record.indexOf('\0');
    const header = headerEnd === -1 ? record : record.slice(0, headerEnd);
    const [hash, iso, ...subjectParts] = header.split(FIELD);
    const date = new Date(iso ?? '');
    if (!hash || !/^[0-9a-f]{7,64}$/.test(hash) || Number.isNaN(date.getTime())) continue;
    const revision: Revision = { hash, date, subject: subjectParts.join(FIELD).trim() };
    const tokens = (headerEnd === -1 ? '' : record.slice(headerEnd + 1)).split('\0').map((t) => t.replace(/^\n/, ''));
    const touched = new Set<string>();
    for (let i = 0; i < tokens.length; i++) {
      const status = tokens[i];
      if (!status || !/^[ACDMRTUX]/.test(status)) continue;
      if (status.startsWith('R') || status.startsWith('C')) {
        const from = tokens[i + 1];
        const to = tokens[i + 2];
        i += 2;
        if (!from || !to) continue;
        const target = nameNow(to);
        touched.add(target);
        if (status.startsWith('R')) currentName.set(from, target);
      } else {
        const path = tokens[i + 1];
        i += 1;
        if (path) touched.add(nameNow(path));
      }
    }
    for (const path of touched) {
      const key = resolve(root, path);
      const list = history.get(key) ?? [];
      list.push(revision);
      history.set(key, list);
    }
  }
  return history;
}

/** What readGitHistory() found, and why it may be empty. */
export interface HistoryResult {
  /** File → commits, empty when unavailable. */
  files: FileHistory;
  /** Why the history is empty: "no-git", "not-a-repository", "shallow", or undefined when it was read. */
  unavailable?: 'no-git' | 'not-a-repository' | 'shallow';
}

/**
 * Reads the history of every file under `dir` (absolute, or relative to `cwd`) with two
 * small git calls: one `rev-parse` (repository root, shallow or not) and one `log`.
 * Never throws: without git, outside a repository or in a shallow clone, files is empty.
 */
export async function readGitHistory(dir: string, cwd: string = process.cwd(), git = 'git'): Promise<HistoryResult> {
  const target = isAbsolute(dir) ? dir : join(cwd, dir);
  if (!existsSync(target)) return { files: new Map(), unavailable: 'not-a-repository' };
  let root: string;
  try {
    const { stdout } = await run(git, ['rev-parse', '--is-shallow-repository', '--show-toplevel'], { cwd: target, encoding: 'utf8' });
    const [shallow, top] = stdout.trim().split('\n');
    if (shallow === 'true') return { files: new Map(), unavailable: 'shallow' };
    if (!top) return { files: new Map(), unavailable: 'not-a-repository' };
    root = top;
  } catch (error) {
    const missingGit = (error as { code?: unknown }).code === 'ENOENT';
    return { files: new Map(), unavailable: missingGit ? 'no-git' : 'not-a-repository' };
  }
  try {
    const { stdout } = await run(git, gitLogArgs([target]), { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    return { files: parseGitLog(stdout, root) };
  } catch {
    // A repository without commits yet, or an unreadable one: no history.
    return { files: new Map(), unavailable: 'not-a-repository' };
  }
}

/** Web address of a commit on a GitHub-style host: <repositoryUrl>/commit/<hash>. */
export function commitUrl(repositoryUrl: string, hash: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/commit/${hash}`;
}
