/** A second Astro run in the project folder stops, naming the running one, and leaves .astro/ alone. */
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { root, runAstro, type AstroRun } from '../helpers/build';

const lock = join(root, '.astro', 'build.lock');

describe('while another build holds the lock', () => {
  let run: AstroRun;
  beforeAll(async () => {
    // This test process stands for the build that is running.
    writeFileSync(lock, `${process.pid}\n`);
    run = await runAstro('sync', { name: 'build-lock-held' });
  }, 180_000);
  afterAll(() => rmSync(lock, { force: true }));

  it('astro sync stops with the running process, what would go wrong and what to do', () => {
    expect(run.code).not.toBe(0);
    expect(run.output).toContain(`Another Astro build or sync (process ${process.pid}) is running in this folder.`);
    expect(run.output).toContain(`Wait for it to finish, or stop it (kill ${process.pid}), then run this again.`);
  });

  it("keeps the other run's lock", () => {
    expect(readFileSync(lock, 'utf8')).toBe(`${process.pid}\n`);
  });
});

describe('once the run that held the lock has ended', () => {
  it('a run takes the lock over, and gives it back when it ends', async () => {
    writeFileSync(lock, '2147483646\n');
    const run = await runAstro('sync', { name: 'build-lock-stale' });
    expect(run.code, run.output).toBe(0);
    expect(existsSync(lock)).toBe(false);
  }, 180_000);
});
