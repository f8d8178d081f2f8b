/** Temporary folders and a git runner for tests that build real repositories. */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Fresh folders under the system temp dir (resolved, since macOS and some CIs symlink /tmp), removed by `cleanup`. */
export function tempDirs(): { make: (prefix: string) => string; cleanup: () => void } {
  const dirs: string[] = [];
  return {
    make: (prefix) => {
      const dir = realpathSync(mkdtempSync(join(tmpdir(), prefix)));
      dirs.push(dir);
      return dir;
    },
    cleanup: () => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })),
  };
}

/** A git runner with a fixed identity, isolated from the user's config, committing at `defaultDate` unless told otherwise. */
export function gitRunner(defaultDate: string): (cwd: string, args: string[], date?: string) => string {
  return (cwd, args, date = defaultDate) =>
    execFileSync('git', args, {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        GIT_CONFIG_GLOBAL: '/dev/null',
        GIT_CONFIG_NOSYSTEM: '1',
        GIT_AUTHOR_NAME: 'Test',
        GIT_AUTHOR_EMAIL: 'test@example.com',
        GIT_COMMITTER_NAME: 'Test',
        GIT_COMMITTER_EMAIL: 'test@example.com',
        GIT_AUTHOR_DATE: date,
        GIT_COMMITTER_DATE: date,
      },
    });
}

/** A commit function over `git`: writes files (null deletes one), commits everything with `message` at `date`, returns the hash. */
export function committer(git: ReturnType<typeof gitRunner>): (repo: string, files: Record<string, string | null>, message: string, date: string) => string {
  return (repo, files, message, date) => {
    for (const [path, text] of Object.entries(files)) {
      if (text === null) unlinkSync(join(repo, path));
      else {
        mkdirSync(join(repo, path, '..'), { recursive: true });
        writeFileSync(join(repo, path), text);
      }
    }
    git(repo, ['add', '-A'], date);
    git(repo, ['commit', '-q', '-m', message], date);
    return git(repo, ['rev-parse', 'HEAD']).trim();
  };
}
