/**
 * The revision history of content files (commits per file, newest first), from the ONE
 * `git log` pass of git-versions.ts. When git is missing, the folder is not in a
 * repository, or the clone is shallow, the history is empty: the site then says nothing
 * rather than something incomplete.
 */
import { readContentLog } from './git-versions';

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

/** What readGitHistory() found, and why it may be empty. */
export interface HistoryResult {
  /** File → commits, empty when unavailable. */
  files: FileHistory;
  /** Why the history is empty: "no-git", "not-a-repository", "shallow", or undefined when it was read. */
  unavailable?: 'no-git' | 'not-a-repository' | 'shallow';
}

/**
 * Reads the history of every file under `dir` (absolute, or relative to `cwd`): the commits
 * of readContentLog()'s one `git log` pass, without the file versions. Never throws: without
 * git, outside a repository or in a shallow clone, files is empty.
 */
export async function readGitHistory(dir: string, cwd: string = process.cwd(), git = 'git'): Promise<HistoryResult> {
  const log = await readContentLog(dir, cwd, git);
  const files: FileHistory = new Map([...log.files].map(([file, versions]) => [file, versions.map(({ hash, date, subject }) => ({ hash, date, subject }))]));
  return log.unavailable ? { files, unavailable: log.unavailable } : { files };
}

/** Web address of a commit on a GitHub-style host: <repositoryUrl>/commit/<hash>. */
export function commitUrl(repositoryUrl: string, hash: string): string {
  return `${repositoryUrl.replace(/\/+$/, '')}/commit/${hash}`;
}
