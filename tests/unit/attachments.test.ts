/** Attachments beside their post (src/lib/attachments.ts) and how the check scans their folders. */
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { strayFileProblems } from '../../scripts/lib/content-scan';
import { attachmentFolder, listAttachments, parseAttachmentPath } from '../../src/lib/attachments';

const temp = mkdtempSync(join(tmpdir(), 'attachments-'));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe('attachments', () => {
  it('live in the folder named like the post file', () => {
    expect(attachmentFolder('content/audits/appsec.mdx')).toBe('content/audits/appsec');
    expect(listAttachments('tests/fixtures/site/audits/appsec.mdx')).toEqual([
      { name: 'fixture-appsec-report.pdf', file: join('tests/fixtures/site/audits/appsec', 'fixture-appsec-report.pdf') },
    ]);
    expect(listAttachments('tests/fixtures/site/statements/apology.mdx')).toEqual([]);
  });

  it('are served under the post address', () => {
    expect(parseAttachmentPath('/audits/appsec/my%20report.pdf')).toEqual({ kind: 'audits', slug: 'appsec', name: 'my report.pdf' });
    expect(parseAttachmentPath('/audits/appsec/')).toBeUndefined();
    expect(parseAttachmentPath('/audits/rss.xml')).toBeUndefined();
  });

  it('refuse, by name, a file of another type, rather than leave it out in silence', () => {
    mkdirSync(join(temp, 'audits', 'x'), { recursive: true });
    writeFileSync(join(temp, 'audits', 'x', 'report.pdf'), '%PDF-');
    writeFileSync(join(temp, 'audits', 'x', 'page.html'), '<script></script>');
    writeFileSync(join(temp, 'audits', 'x', '.DS_Store'), '');
    expect(() => listAttachments(join(temp, 'audits', 'x.mdx'))).toThrow(
      `${join(temp, 'audits', 'x', 'page.html')}: "page.html" cannot be published beside a post`,
    );
  });
});

describe('the check of the content folder', () => {
  it('accepts files beside a post, and names those it would never publish', () => {
    const problems = strayFileProblems('content', [
      'audits/appsec.mdx',
      'audits/appsec/report.pdf',
      'audits/appsec/page.html',
      'audits/appsec/deeper/report.pdf',
      'guides/orphan/chart.png',
    ]);
    expect(problems.map((p) => `${p.file}  ${p.field}  ${p.what}`)).toEqual([
      'content/audits/appsec/page.html  (filename)  "page.html" cannot be published beside a post: attachments are files of these types: .pdf, .png, .jpg, .jpeg, .gif, .webp, .avif, .mp4, .webm, .mp3, .ogg, .vtt, .csv, .txt (no sub-folders). Convert it, or move it out of the content folder.',
      'content/audits/appsec/deeper/report.pdf  (filename)  "report.pdf" cannot be published beside a post: attachments are files of these types: .pdf, .png, .jpg, .jpeg, .gif, .webp, .avif, .mp4, .webm, .mp3, .ogg, .vtt, .csv, .txt (no sub-folders). Convert it, or move it out of the content folder.',
      'content/guides/orphan/chart.png  (folder)  "guides/orphan/" is not named like a post, so this file will never be published',
    ]);
  });
});
