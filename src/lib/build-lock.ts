/**
 * One Astro build or sync at a time in a project folder. Every run rewrites the folder's
 * .astro/ (the list of content modules, the types), whatever its output and cache folders,
 * so a second run started meanwhile swaps the first one's content under it: once, a demo
 * build run beside the test suite wrote a site with every collection empty, and exit code 0.
 * The lock is a file holding the process id of the run that took it, created whole (written
 * aside, then linked into place, which fails if the lock exists); a lock whose process has
 * ended (a crash, a kill) is taken over by moving it aside under a name of its own, so that
 * of two runs taking over the same lock only one succeeds.
 */
import { linkSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

/** The outcome of trying to take the lock. */
export type LockResult = { ok: true } | { ok: false; holder: number };

/** Whether a process with this id is running (signal 0 only checks; EPERM means it exists under another user). */
export function processIsRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The process id written in a lock file, or undefined when there is none or it is not a number. */
function holderOf(file: string): number | undefined {
  try {
    const pid = Number(readFileSync(file, 'utf8').trim());
    return Number.isInteger(pid) && pid > 0 ? pid : undefined;
  } catch {
    return undefined;
  }
}

/** Creates the lock file with `pid` in it, all at once; false when a lock file exists. */
function createLock(file: string, pid: number): boolean {
  const aside = `${file}.${pid}.tmp`;
  writeFileSync(aside, `${pid}\n`);
  try {
    linkSync(aside, file);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return false;
  } finally {
    rmSync(aside, { force: true });
  }
}

/** Takes the lock for `pid`, unless another running process holds it. */
export function acquireLock(file: string, pid = process.pid, isRunning = processIsRunning): LockResult {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 3; attempt++) {
    if (createLock(file, pid)) return { ok: true };
    const holder = holderOf(file);
    if (holder === pid) return { ok: true };
    if (holder !== undefined && isRunning(holder)) return { ok: false, holder };
    // Left by a process that has ended (or without a process id): move it aside and try again.
    // Only one run can move a given file; the others find the new lock on their next attempt.
    const stale = `${file}.${pid}.stale`;
    try {
      renameSync(file, stale);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
      continue;
    }
    const moved = holderOf(stale);
    if (moved !== holder && moved !== undefined && isRunning(moved)) {
      // Another run took the lock over between our look and our move: give it back.
      createLock(file, moved);
      rmSync(stale, { force: true });
      return { ok: false, holder: moved };
    }
    rmSync(stale, { force: true });
  }
  return { ok: false, holder: holderOf(file) ?? 0 };
}

/** Gives the lock back, if `pid` holds it. */
export function releaseLock(file: string, pid = process.pid): void {
  if (holderOf(file) === pid) rmSync(file, { force: true });
}
