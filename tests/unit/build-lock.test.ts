/** One build or sync at a time in a folder: the lock file, a live holder, a dead holder, giving it back. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireLock, processIsRunning, releaseLock } from '../../src/lib/build-lock';

let dir: string;
let file: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  file = join(dir, '.astro', 'build.lock');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('acquireLock', () => {
  it('writes the process id into a new lock file, creating its folder', () => {
    expect(acquireLock(file, 4242, () => true)).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('4242\n');
  });

  it('refuses while another running process holds the lock, naming it', () => {
    acquireLock(file, 4242, () => true);
    expect(acquireLock(file, 5151, (pid) => pid === 4242)).toEqual({ ok: false, holder: 4242 });
    expect(readFileSync(file, 'utf8')).toBe('4242\n');
  });

  it('takes over a lock whose process has ended, or that holds no process id', () => {
    acquireLock(file, 4242, () => true);
    expect(acquireLock(file, 5151, () => false)).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('5151\n');
    writeFileSync(file, 'not a pid\n');
    expect(acquireLock(file, 6161, () => true)).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('6161\n');
  });

  it('lets the holder take it again (a build that syncs first)', () => {
    acquireLock(file, 4242, () => true);
    expect(acquireLock(file, 4242, () => true)).toEqual({ ok: true });
  });
});

describe('releaseLock', () => {
  it("removes the holder's lock and leaves another process's lock alone", () => {
    acquireLock(file, 4242, () => true);
    releaseLock(file, 5151);
    expect(existsSync(file)).toBe(true);
    releaseLock(file, 4242);
    expect(existsSync(file)).toBe(false);
    expect(() => releaseLock(file, 4242)).not.toThrow();
  });
});

describe('processIsRunning', () => {
  it('knows this process and not an id no process has', () => {
    expect(processIsRunning(process.pid)).toBe(true);
    expect(processIsRunning(2 ** 22 + 12345)).toBe(false);
  });
});

describe('a lock taken over at the same moment by another run', () => {
  it('is given back to that run, which keeps it', () => {
    // The dead holder 4242 is seen by this run; before it moves the file, run 7373 has taken it over.
    mkdirSync(join(dir, '.astro'));
    writeFileSync(file, '4242\n');
    let looked = false;
    const isRunning = (pid: number) => {
      if (pid === 4242 && !looked) {
        looked = true;
        writeFileSync(file, '7373\n');
        return false;
      }
      return pid === 7373;
    };
    expect(acquireLock(file, 5151, isRunning)).toEqual({ ok: false, holder: 7373 });
    expect(readFileSync(file, 'utf8')).toBe('7373\n');
  });

  it('leaves no file of its own beside the lock', () => {
    acquireLock(file, 4242, () => true);
    acquireLock(file, 5151, () => true);
    expect(readdirSync(join(dir, '.astro'))).toEqual(['build.lock']);
  });
});
