/** Files written beside the pages: where they go during a build, and a build that waits for all of them and fails on any. */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { buildOutput } from '../../src/integrations/build-output';
import { addBuildOutput, buildOutputFile, finishBuildOutput, isBuilding, startBuildOutput } from '../../src/lib/build-output';

afterEach(async () => {
  await finishBuildOutput();
});

/** A job that settles after `ms` milliseconds. */
function later<T>(ms: number, settle: () => T): Promise<T> {
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      try {
        resolve(settle());
      } catch (error) {
        reject(error as Error);
      }
    }, ms),
  );
}

describe('build output', () => {
  it('has no output folder outside a build (the dev server)', () => {
    expect([isBuilding(), buildOutputFile('/email/progress/week-3.txt')]).toEqual([false, undefined]);
  });

  it("places a site path in the build's output folder", () => {
    startBuildOutput('/srv/out');
    expect([isBuilding(), buildOutputFile('/email/progress/week-3.txt'), buildOutputFile('/cards/home.png')]).toEqual([
      true,
      join('/srv/out', 'email', 'progress', 'week-3.txt'),
      join('/srv/out', 'cards', 'home.png'),
    ]);
  });

  it('waits for every job, also one added while it waits, and returns the failures in the order they were added', async () => {
    startBuildOutput('/srv/out');
    const finished: string[] = [];
    addBuildOutput(later(30, () => finished.push('slow')));
    addBuildOutput(
      later(5, () => {
        throw new Error('first failure');
      }),
    );
    addBuildOutput(
      later(10, () => {
        finished.push('fast');
        addBuildOutput(
          later(20, () => {
            throw new Error('added late');
          }),
        );
      }),
    );
    const errors = await finishBuildOutput();
    expect(errors.map((e) => e.message)).toEqual(['first failure', 'added late']);
    expect(finished).toEqual(['fast', 'slow']);
    // The build is over: nothing is collected any more.
    expect(isBuilding()).toBe(false);
  });
});

describe('the build-output integration', () => {
  const hooks = buildOutput().hooks as Record<string, (options: unknown) => unknown>;
  const logged: string[] = [];
  const logger = { error: (message: string) => logged.push(message) };

  it('collects from the start of a build in its output folder, and ends quietly when every file is written', async () => {
    hooks['astro:config:done']!({ config: { outDir: pathToFileURL('/srv/site/dist/') } });
    hooks['astro:build:start']!({});
    expect(buildOutputFile('/cards/plan.png')).toBe(join('/srv/site/dist', 'cards', 'plan.png'));
    addBuildOutput(later(5, () => 'written'));
    await expect(hooks['astro:build:done']!({ logger })).resolves.toBeUndefined();
    expect(logged).toEqual([]);
  });

  it('fails the build with the count and the first error, after logging each error', async () => {
    hooks['astro:build:start']!({});
    addBuildOutput(Promise.reject(new Error('content/progress/week-3.mdx: could not render this post for its email')));
    addBuildOutput(Promise.resolve());
    addBuildOutput(Promise.reject(new Error('The share card /cards/home.png could not be drawn')));
    await expect(hooks['astro:build:done']!({ logger })).rejects.toThrow(
      '2 file(s) beside the pages could not be written: content/progress/week-3.mdx: could not render this post for its email',
    );
    expect(logged).toEqual(['content/progress/week-3.mdx: could not render this post for its email', 'The share card /cards/home.png could not be drawn']);
  });
});

describe('build-output limits (mutation testing)', () => {
  it('ends a build with nothing to wait for at once: no file handed over after that is collected', async () => {
    startBuildOutput('/srv/out');
    const finishing = finishBuildOutput();
    expect(isBuilding()).toBe(false);
    addBuildOutput(Promise.reject(new Error('too late')));
    expect(await finishing).toEqual([]);
  });

  it('places a site path with doubled, leading and trailing slashes in the same file', () => {
    startBuildOutput('/srv/out');
    expect(buildOutputFile('//email//progress/week-3.txt/')).toBe('/srv/out/email/progress/week-3.txt');
  });
});

describe('finishBuildOutput without a build', () => {
  it('has no errors to report', async () => {
    expect(isBuilding()).toBe(false);
    expect(await finishBuildOutput()).toEqual([]);
  });
});
