/** "View source" and "Suggest a correction" addresses of a post. */
import { describe, expect, it } from 'vitest';
import { repositoryPath, sourceLinks } from '../../src/lib/source-links';

describe('repositoryPath', () => {
  it('keeps a path inside the project as it is', () => {
    expect(repositoryPath('content/progress/week-1.mdx', 'progress')).toBe('content/progress/week-1.mdx');
    expect(repositoryPath('./tests/fixtures/site/audits/appsec.mdx', 'audits')).toBe('tests/fixtures/site/audits/appsec.mdx');
    expect(repositoryPath('content\\guides\\x.mdx', 'guides')).toBe('content/guides/x.mdx');
  });

  it('shows content outside the project where it would be in the repository', () => {
    expect(repositoryPath('../../tmp/copy-1/progress/week-1.mdx', 'progress')).toBe('content/progress/week-1.mdx');
    expect(repositoryPath('/tmp/copy/statements/2026/letter.mdx', 'statements')).toBe('content/statements/2026/letter.mdx');
  });
});

describe('sourceLinks', () => {
  const links = sourceLinks({
    repositoryUrl: 'https://github.com/brightwell/trust-center/',
    branch: 'main',
    path: 'content/progress/week 1 & more.mdx',
    issueTitle: 'Correction: Week 1 & "more"',
    issueBody: 'Page: https://x.example/progress/week-1/\nFile: content/progress/week 1 & more.mdx',
  });

  it('links to the file and its editor on the branch, encoding the path', () => {
    expect(links.view).toBe('https://github.com/brightwell/trust-center/blob/main/content/progress/week%201%20%26%20more.mdx');
    expect(links.edit).toBe('https://github.com/brightwell/trust-center/edit/main/content/progress/week%201%20%26%20more.mdx');
  });

  it('prefills a new issue with the title and the page', () => {
    const url = new URL(links.issue);
    expect(url.origin + url.pathname).toBe('https://github.com/brightwell/trust-center/issues/new');
    expect(url.searchParams.get('title')).toBe('Correction: Week 1 & "more"');
    expect(url.searchParams.get('body')).toContain('Page: https://x.example/progress/week-1/\n');
  });
});

describe('repositoryPath: a drive letter only at the start', () => {
  it('keeps a relative path with "x:/" inside it as it is', () => {
    expect(repositoryPath('vendor/c:/posts/a.md', 'posts')).toBe('vendor/c:/posts/a.md');
    expect(repositoryPath('C:/site/content/posts/a.md', 'posts')).toBe('content/posts/a.md');
  });
});
