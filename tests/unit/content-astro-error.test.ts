/**
 * A content file that cannot be used stops the build as Astro's own error type, so that Astro
 * prints it as `[ContentFileError] …` with the hint and the file's location, and
 * `npm run check` still finds the problems on it.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { LoaderContext } from 'astro/loaders';
import { AstroError } from 'astro/errors';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentAstroError, withAstroErrors } from '../../src/content-astro-error';
import { dataFile } from '../../src/content-loaders';
import { ContentFileError } from '../../src/lib/content-error';

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** The error a loader's load() rejects with (the loaders below fail before using the context). */
async function loadError(load: (context: LoaderContext) => Promise<unknown>): Promise<unknown> {
  try {
    await load({} as LoaderContext);
  } catch (error) {
    return error;
  }
  throw new Error('the loader did not fail');
}

describe('a content loader that finds a broken file', () => {
  it('throws an AstroError with the problems, the hint and the location', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'content-astro-error-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'commitments.yaml'), '- id: e2ee\n  title: "End-to-end encryption\n');
    const error = await loadError(dataFile('commitments.yaml', dir).load);
    expect(error).toBeInstanceOf(ContentAstroError);
    expect(error).toBeInstanceOf(AstroError);
    // What Astro's printer checks to show the error as its own, with its name in brackets.
    expect(AstroError.is(error)).toBe(true);
    const astroError = error as ContentAstroError;
    expect(astroError.name).toBe('ContentFileError');
    expect(astroError.hint).toBe('Fix the file named above; `npm run check` lists every problem. See "Common errors and their fixes" in PUBLISHING.md.');
    expect(astroError.problems).toHaveLength(1);
    expect(astroError.problems[0]).toMatchObject({ line: 2, field: '(yaml)' });
    expect(astroError.message).toMatch(/commitments\.yaml:2 {2}\(yaml\) {2}the file is not valid YAML/);
    expect(astroError.loc).toEqual({ file: expect.stringMatching(/commitments\.yaml$/), line: 2, column: 10 });
  });
});

describe('withAstroErrors', () => {
  it('converts a ContentFileError and nothing else', async () => {
    const problem = { file: 'content/people.yaml', line: 3, column: 5, field: 'ceo.name', what: 'is empty', fix: 'write the name' };
    const converted = await loadError(
      withAstroErrors({
        name: 'a',
        load: async () => {
          throw new ContentFileError([problem]);
        },
      }).load,
    );
    expect(converted).toBeInstanceOf(ContentAstroError);
    expect((converted as ContentAstroError).problems).toEqual([problem]);
    expect((converted as ContentAstroError).message).toBe('content/people.yaml:3  ceo.name  is empty  write the name');
    expect((converted as ContentAstroError).loc).toEqual({ file: 'content/people.yaml', line: 3, column: 5 });
    const other = new TypeError('not a content problem');
    expect(
      await loadError(
        withAstroErrors({
          name: 'b',
          load: async () => {
            throw other;
          },
        }).load,
      ),
    ).toBe(other);
  });

  it('returns what the loader returns', async () => {
    let calls = 0;
    await withAstroErrors({
      name: 'c',
      load: async () => {
        calls += 1;
      },
    }).load({} as LoaderContext);
    expect(calls).toBe(1);
  });
});
