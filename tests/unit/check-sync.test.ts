/**
 * The check's sync confirmation leaves out the files the check reported, and the translations
 * of a post it left out: without their original, the sync would report each of them as a
 * translation of nothing, a problem the content does not have.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { filesToLeaveOut } from '../../scripts/lib/check-sync';

let dir = '';
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A content folder with these files (relative paths), each empty. */
function content(files: string[]): string {
  dir = mkdtempSync(join(tmpdir(), 'check-sync-'));
  for (const file of files) {
    mkdirSync(join(dir, file, '..'), { recursive: true });
    writeFileSync(join(dir, file), '');
  }
  return dir;
}

describe('filesToLeaveOut', () => {
  it('adds the translations beside a reported post, and no other file', () => {
    const folder = content([
      'statements/apology.mdx',
      'statements/apology.es.mdx',
      'statements/apology.de.md',
      'statements/apology-2.es.mdx',
      'statements/apology.es.yaml',
      'progress/apology.es.mdx',
      'progress/week-1.mdx',
    ]);
    expect(filesToLeaveOut(folder, ['statements/apology.mdx', 'progress/week-1.mdx']).sort()).toEqual([
      'progress/week-1.mdx',
      'statements/apology.de.md',
      'statements/apology.es.mdx',
      'statements/apology.mdx',
    ]);
  });

  it('leaves out a reported translation alone, and data files and missing folders as they are', () => {
    const folder = content(['statements/apology.mdx', 'statements/apology.es.mdx', 'statements/apology.de.mdx', 'commitments.yaml']);
    expect(filesToLeaveOut(folder, ['statements/apology.es.mdx', 'commitments.yaml', 'progres/week-3.mdx'])).toEqual([
      'statements/apology.es.mdx',
      'commitments.yaml',
      'progres/week-3.mdx',
    ]);
  });
});
