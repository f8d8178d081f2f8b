/** One build or sync at a time in a folder: the lock file, a live holder, a dead holder, giving it back. */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
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

describe('build-lock limits (found by `npm run mutate`)', () => {
  it('counts a process of another user as running (kill answers EPERM), and no other refusal', () => {
    const refuse = (code: string) =>
      vi.spyOn(process, 'kill').mockImplementation(() => {
        throw Object.assign(new Error(`kill ${code}`), { code });
      });
    try {
      refuse('EPERM');
      expect(processIsRunning(4242)).toBe(true);
      refuse('ESRCH');
      expect(processIsRunning(4242)).toBe(false);
    } finally {
      vi.restoreAllMocks();
    }
  });

  it('never names 0 or a negative number as the holder (kill(0) and kill(-1) reach whole groups of processes)', () => {
    const asked: number[] = [];
    const isRunning = (pid: number) => {
      asked.push(pid);
      return true;
    };
    mkdirSync(join(dir, '.astro'));
    for (const written of ['0\n', '-1\n', '1.5\n', '\n']) {
      writeFileSync(file, written);
      expect(acquireLock(file, 5151, isRunning)).toEqual({ ok: true });
      expect(readFileSync(file, 'utf8')).toBe('5151\n');
      releaseLock(file, 5151);
    }
    expect(asked).toEqual([]);
  });

  it('takes over a lock that vanishes between its look and its move', () => {
    mkdirSync(join(dir, '.astro'));
    writeFileSync(file, '4242\n');
    const isRunning = (pid: number) => {
      if (pid === 4242) rmSync(file);
      return false;
    };
    expect(acquireLock(file, 5151, isRunning)).toEqual({ ok: true });
    expect(readFileSync(file, 'utf8')).toBe('5151\n');
    expect(readdirSync(join(dir, '.astro'))).toEqual(['build.lock']);
  });

  it('stops on an error other than a vanished lock while moving it aside', () => {
    mkdirSync(join(dir, '.astro', 'build.lock.5151.stale', 'inside'), { recursive: true });
    writeFileSync(file, '4242\n');
    // The place to move it to is taken by a folder: rename fails with EISDIR, which is not "it vanished".
    expect(() => acquireLock(file, 5151, () => false)).toThrow(expect.objectContaining({ code: 'EISDIR', syscall: 'rename' }));
    expect(readFileSync(file, 'utf8')).toBe('4242\n');
  });

  it('gives up after three attempts when dead runs keep replacing the lock, naming the last one', () => {
    // Every look at a holder finds it dead, and meanwhile another run (about to die) has written the lock again.
    mkdirSync(join(dir, '.astro'));
    writeFileSync(file, '100\n');
    const asked: number[] = [];
    let next = 101;
    const isRunning = (pid: number) => {
      asked.push(pid);
      if (asked.length > 6) throw new Error('a fourth attempt');
      writeFileSync(file, `${next++}\n`);
      return false;
    };
    expect(acquireLock(file, 5151, isRunning)).toEqual({ ok: false, holder: 106 });
    expect(asked).toEqual([100, 101, 102, 103, 104, 105]);
    expect(readFileSync(file, 'utf8')).toBe('106\n');
  });

  it('stops with the error of a file system that cannot link (some network and FUSE mounts answer EPERM), leaving no file behind', async () => {
    // build-lock.ts imported afresh over a node:fs whose linkSync fails, then the real one restored.
    vi.doMock('node:fs', async (importOriginal) => {
      const fs = await importOriginal<typeof import('node:fs')>();
      const linkSync = () => {
        throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM', syscall: 'link' });
      };
      return { ...fs, default: { ...fs, linkSync }, linkSync };
    });
    vi.resetModules();
    try {
      const withoutLinks = await import('../../src/lib/build-lock');
      expect(() => withoutLinks.acquireLock(file, 4242, () => false)).toThrow(expect.objectContaining({ code: 'EPERM', syscall: 'link' }));
      expect(readdirSync(join(dir, '.astro'))).toEqual([]);
    } finally {
      vi.doUnmock('node:fs');
      vi.resetModules();
    }
  });
});

describe('build-lock: what is asked about the moved lock (mutation testing)', () => {
  it('does not ask again about the dead holder once its lock is moved aside', () => {
    mkdirSync(join(dir, '.astro'));
    writeFileSync(file, '4242\n');
    const asked: unknown[] = [];
    // A pid can be reused: a second question about 4242 would get a different answer.
    const isRunning = (pid: number) => {
      asked.push(pid);
      return asked.length > 1;
    };
    expect(acquireLock(file, 5151, isRunning)).toEqual({ ok: true });
    expect(asked).toEqual([4242]);
    expect(readFileSync(file, 'utf8')).toBe('5151\n');
  });

  it('takes over a lock replaced, between its look and its move, by one without a process id', () => {
    mkdirSync(join(dir, '.astro'));
    writeFileSync(file, '4242\n');
    const asked: unknown[] = [];
    const isRunning = (pid: number) => {
      asked.push(pid);
      if (pid === 4242) writeFileSync(file, 'garbage\n');
      return pid !== 4242;
    };
    expect(acquireLock(file, 5151, isRunning)).toEqual({ ok: true });
    expect(asked).toEqual([4242]);
    expect(readFileSync(file, 'utf8')).toBe('5151\n');
    expect(readdirSync(join(dir, '.astro'))).toEqual(['build.lock']);
  });
});
