/** The email worker: the same files as rendering in-process, errors carried back, and a process that still exits. */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emailHtml, emailText, type EmailPost } from '../../src/lib/email';
import { EmailRenderer } from '../../src/lib/email-renderer';
import { root } from '../helpers/build';
import { runNode } from '../helpers/run-script';

const workerFile = join(root, 'src', 'lib', 'email-worker.ts');
const post: EmailPost = {
  title: 'Week 3: "regions" & <limits>',
  summary: 'We published every region.',
  url: 'https://trust.example/progress/week-3/',
  kicker: 'Progress update · September 18, 2026',
  byline: 'By Grace Mensah',
  contentHtml: '<h2>What you should do</h2><p>See the <a href="https://trust.example/data-routing/">regions</a>.</p>',
  lang: 'en',
  siteTitle: 'Brightwell Trust Center',
  siteUrl: 'https://trust.example/',
  words: { readOnline: 'Read this on the web', footer: 'A copy of a post on the site:' },
};

const renderer = new EmailRenderer(workerFile);

describe('EmailRenderer', () => {
  it('returns what emailHtml and emailText write in this thread', async () => {
    const files = await renderer.render(post);
    expect(files).toEqual({ html: emailHtml(post), text: emailText(post) });
    expect(files.html).toContain('style="');
  });

  it('answers each email with its own files when several are on their way', async () => {
    const titles = ['First', 'Second', 'Third'];
    const all = await Promise.all(titles.map((title) => renderer.render({ ...post, title })));
    expect(all.map((files) => /<h1[^>]*>([^<]*)<\/h1>/.exec(files.html)?.[1])).toEqual(titles);
  });

  it("rejects with the worker's message when a URL is not absolute, and goes on working", async () => {
    await expect(renderer.render({ ...post, contentHtml: '<p><a href="/plan/">plan</a></p>' })).rejects.toThrow(
      'the email of https://trust.example/progress/week-3/ has URLs that are not absolute: /plan/.',
    );
    expect((await renderer.render(post)).text).toContain('Week 3: "regions" & <limits>');
  });

  it('does not keep a process alive once its emails are written', async () => {
    const script = join(tmpdir(), `email-renderer-${process.pid}.ts`);
    writeFileSync(
      script,
      `import { EmailRenderer } from ${JSON.stringify(join(root, 'src', 'lib', 'email-renderer.ts'))};
const files = await new EmailRenderer(${JSON.stringify(workerFile)}).render(${JSON.stringify(post)});
console.log(files.text.split('\\n')[0]);`,
    );
    const { code, output } = await runNode([script], root);
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: 'Brightwell Trust Center' });
  });
});
