/** Attachment names and paths at their edges (found by `npm run mutate`). */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentFolder, extensionOf, listAttachments, parseAttachmentPath } from '../../src/lib/attachments';

describe('attachment names', () => {
  it('takes the folder from the final .md or .mdx only', () => {
    expect(attachmentFolder('content/audits/q3.md')).toBe('content/audits/q3');
    expect(attachmentFolder('content/audits/q3.md.notes.mdx')).toBe('content/audits/q3.md.notes');
  });

  it('gives no extension to a name without a dot or starting with its only dot', () => {
    expect(extensionOf('README')).toBe('');
    expect(extensionOf('.pdf')).toBe('');
    expect(extensionOf('Report.PDF')).toBe('.pdf');
  });

  it('reads only whole attachment paths', () => {
    expect(parseAttachmentPath('/audits/q3/report%20v2.pdf')).toEqual({ kind: 'audits', slug: 'q3', name: 'report v2.pdf' });
    expect(parseAttachmentPath('/trust/audits/q3/report.pdf')).toBeUndefined();
    expect(parseAttachmentPath('/audits/q3/report.pdf/more')).toBeUndefined();
  });
});

describe('listAttachments', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves out hidden files such as .DS_Store', () => {
    dir = mkdtempSync(join(tmpdir(), 'attachments-'));
    mkdirSync(join(dir, 'q3'));
    writeFileSync(join(dir, 'q3', '.DS_Store'), 'x');
    writeFileSync(join(dir, 'q3', 'report.pdf'), '%PDF');
    expect(listAttachments(join(dir, 'q3.mdx'))).toEqual([{ name: 'report.pdf', file: join(dir, 'q3', 'report.pdf') }]);
  });

  it('lists them sorted by name as JavaScript sorts text, not in the folder order', () => {
    // Node lists a folder in byte order (UTF-8), which puts U+FF21 before U+1F600; JavaScript
    // compares UTF-16 units, which puts the emoji (a surrogate pair, D83D…) first.
    dir = mkdtempSync(join(tmpdir(), 'attachments-'));
    mkdirSync(join(dir, 'q3'));
    for (const name of ['\uFF21.pdf', '\u{1F600}.pdf', 'a.pdf']) writeFileSync(join(dir, 'q3', name), 'x');
    expect(listAttachments(join(dir, 'q3.mdx')).map((a) => a.name)).toEqual(['a.pdf', '\u{1F600}.pdf', '\uFF21.pdf']);
  });
});
