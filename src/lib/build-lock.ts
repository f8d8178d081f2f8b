/**
 * One Astro build or sync at a time in a project folder. Every run rewrites the folder's
 * .astro/ (the list of content modules, the types), whatever its output and cache folders,
 * so a second run started meanwhile swaps the first one's content under it: once, a demo
 * build run beside the test suite wrote a site with every collection empty, and exit code 0.
 * The lock is a file holding the process id of the run that took it; a lock whose process
 * has ended (a crash, a kill) is taken over.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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

/** Takes the lock for `pid`, unless another running process holds it. */
export function acquireLock(file: string, pid = process.pid, isRunning = processIsRunning): LockResult {
  mkdirSync(dirname(file), { recursive: true });
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, `${pid}\n`, { flag: 'wx' });
      return { ok: true };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = holderOf(file);
    if (holder === pid) return { ok: true };
    if (holder !== undefined && isRunning(holder)) return { ok: false, holder };
    // Left by a process that has ended (or unreadable): take it over.
    rmSync(file, { force: true });
  }
  return { ok: false, holder: holderOf(file) ?? 0 };
}

/** Gives the lock back, if `pid` holds it. */
export function releaseLock(file: string, pid = process.pid): void {
  if (holderOf(file) === pid) rmSync(file, { force: true });
}
