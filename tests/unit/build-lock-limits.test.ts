/**
 * The build lock on a file system that refuses hard links (some network and FUSE mounts answer
 * link() with EPERM): the error reaches the caller instead of being read as "a lock exists".
 * In a file of its own because it replaces node:fs's linkSync for the whole file.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, expect, it, vi } from 'vitest';
import { acquireLock } from '../../src/lib/build-lock';

vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  const linkSync = () => {
    throw Object.assign(new Error('EPERM: operation not permitted, link'), { code: 'EPERM', syscall: 'link' });
  };
  return { ...fs, default: { ...fs, linkSync }, linkSync };
});

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

it('stops with the error of a file system that cannot link, leaving no file behind', () => {
  dir = mkdtempSync(join(tmpdir(), 'build-lock-'));
  const file = join(dir, '.astro', 'build.lock');
  expect(() => acquireLock(file, 4242, () => false)).toThrow(expect.objectContaining({ code: 'EPERM', syscall: 'link' }));
  expect(existsSync(file)).toBe(false);
  expect(existsSync(`${file}.4242.tmp`)).toBe(false);
});
