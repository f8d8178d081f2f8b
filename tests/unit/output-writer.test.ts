/** The output worker: the same emails as rendering in-process, files written where asked, errors carried back, and a process that still exits. */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emailHtml, emailText } from '../../src/lib/email';
import { cleanFeedHtml } from '../../src/lib/feed-html';
import { OutputWriter } from '../../src/lib/output-writer';
import { shareCardPng, type ShareCard } from '../../src/lib/share-card';
import { root } from '../helpers/build';
import { EMAIL_POST } from '../helpers/email-post';
import { tempDirs } from '../helpers/git-repo';
import { runNode } from '../helpers/run-script';

const workerFile = join(root, 'src', 'lib', 'output-worker.ts');
const post = EMAIL_POST;

const writer = new OutputWriter(workerFile);

describe('OutputWriter', () => {
  it('returns what emailHtml and emailText write in this thread', async () => {
    const files = await writer.email(post);
    expect(files).toEqual({ html: emailHtml(post), text: emailText(post) });
    expect(files.html).toContain('style="');
  });

  it('answers each email with its own files when several are on their way', async () => {
    const titles = ['First', 'Second', 'Third'];
    const all = await Promise.all(titles.map((title) => writer.email({ ...post, title })));
    expect(all.map((files) => /<h1[^>]*>([^<]*)<\/h1>/.exec(files.html)?.[1])).toEqual(titles);
  });

  it("rejects with the worker's message when a URL is not absolute, and goes on working", async () => {
    await expect(writer.email({ ...post, contentHtml: '<p><a href="/plan/">plan</a></p>' })).rejects.toThrow(
      'the email of https://trust.example/progress/week-3/ has URLs that are not absolute: /plan/.',
    );
    expect((await writer.email(post)).text).toContain('Week 3: "regions" & <limits>');
  });

  it('does not keep a process alive once its emails are written', async () => {
    const script = join(tmpdir(), `output-writer-${process.pid}.ts`);
    writeFileSync(
      script,
      `import { OutputWriter } from ${JSON.stringify(join(root, 'src', 'lib', 'output-writer.ts'))};
const files = await new OutputWriter(${JSON.stringify(workerFile)}).email(${JSON.stringify(post)});
console.log(files.text.split('\\n')[0]);`,
    );
    const { code, output } = await runNode([script], root);
    expect({ code, output: output.trim() }).toEqual({ code: 0, output: 'Brightwell Trust Center' });
  });

  it('writes an email to the two files it is given, making their folder, and sends nothing back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'output-writer-'));
    const files = { html: join(dir, 'email', 'progress', 'week-3.html'), text: join(dir, 'email', 'progress', 'week-3.txt') };
    await expect(writer.writeEmail(post, files)).resolves.toBeUndefined();
    expect({ html: readFileSync(files.html, 'utf8'), text: readFileSync(files.text, 'utf8') }).toEqual({ html: emailHtml(post), text: emailText(post) });
  });

  it('writes no file of an email it refuses', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'output-writer-'));
    const files = { html: join(dir, 'bad.html'), text: join(dir, 'bad.txt') };
    await expect(writer.writeEmail({ ...post, contentHtml: '<img src="img.png" alt="">' }, files)).rejects.toThrow('img.png');
    expect([existsSync(files.html), existsSync(files.text)]).toEqual([false, false]);
  });

  it('writes a share card: drawn and cached the first time, copied from the cache the next', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'output-writer-'));
    const card: ShareCard = { title: 'Week 3 & <regions>', kicker: 'Progress update', detail: 'September 18, 2026', company: 'Brightwell', accent: '#0b5cad' };
    const fontDir = join(root, 'src', 'assets', 'fonts');
    const cacheFile = join(dir, 'cache', 'card.png');
    const first = join(dir, 'cards', 'progress', 'week-3.png');
    await writer.writeCard(card, { fontDir, cacheFile, file: first });
    const drawn = await shareCardPng(card, fontDir);
    expect(readFileSync(first).equals(drawn)).toBe(true);
    expect(readFileSync(cacheFile).equals(drawn)).toBe(true);
    // A cached file is what the next build copies, whatever the card says.
    const marker = Buffer.concat([drawn.subarray(0, 8), Buffer.from('cached')]);
    writeFileSync(cacheFile, marker);
    const second = join(dir, 'cards', 'home.png');
    await writer.writeCard(card, { fontDir, cacheFile, file: second });
    expect(readFileSync(second).equals(marker)).toBe(true);
  });

  it('rejects with the reason when a card cannot be written, and goes on working', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'output-writer-'));
    const card: ShareCard = { title: 'T', kicker: 'K', detail: 'D', company: 'C', accent: '#0b5cad' };
    // The card's folder would be a file that already exists.
    writeFileSync(join(dir, 'cards'), 'not a folder');
    const paths = { fontDir: join(root, 'src', 'assets', 'fonts'), cacheFile: join(dir, 'c.png'), file: join(dir, 'cards', 'out.png') };
    await expect(writer.writeCard(card, paths)).rejects.toThrow(/EEXIST|ENOTDIR/);
    expect((await writer.email(post)).text).toContain('Week 3');
  });

  it('cleans feed HTML on the worker exactly as cleanFeedHtml does here', async () => {
    const html =
      '<h2 id="a">Why <a href="#a">#</a></h2><p>See <a href="../plan/">the plan</a> &amp; <img src="/trust/chart.png" alt="Chart"></p><script>x()</script>';
    const context = { pageUrl: 'https://trust.example/trust/progress/week-3/', base: '/trust/', mediaOrigins: ['https://media.example'] };
    const cleaned = await writer.cleanFeedHtml(html, context);
    expect(cleaned).toBe(cleanFeedHtml(html, context));
    expect(cleaned).toContain('href="https://trust.example/trust/progress/plan/"');
    expect(cleaned).not.toContain('<script');
  });
});

describe('OutputWriter and a worker that fails', () => {
  const temp = tempDirs();
  afterAll(temp.cleanup);

  /** A stand-in worker: answers each job with its thread's id, and exits with code 3 on an email titled "exit". */
  function standInWorker(): string {
    const file = join(temp.make('output-writer-'), 'worker.mjs');
    writeFileSync(
      file,
      `import { parentPort, threadId } from 'node:worker_threads';
parentPort.on('message', ({ id, job }) => {
  if (job.post?.title === 'exit') process.exit(3);
  parentPort.postMessage({ id, html: String(threadId) });
});`,
    );
    return file;
  }

  it('sends every job to one worker while it runs', async () => {
    const stand = new OutputWriter(standInWorker());
    const first = await stand.email(post);
    expect((await stand.email(post)).html).toBe(first.html);
    expect(Number(first.html)).toBeGreaterThan(0);
  });

  it('rejects the jobs on their way when the worker stops, then starts a new worker for the next job', async () => {
    const stand = new OutputWriter(standInWorker());
    const before = (await stand.email(post)).html;
    await expect(stand.email({ ...post, title: 'exit' })).rejects.toThrow('the output worker stopped (exit code 3)');
    const after = (await stand.email(post)).html;
    expect(after).not.toBe(before);
    expect(Number(after)).toBeGreaterThan(0);
  });

  it('rejects with the error of a worker that cannot start', async () => {
    const missing = join(temp.make('output-writer-'), 'missing.mjs');
    await expect(new OutputWriter(missing).email(post)).rejects.toThrow(/Cannot find module/);
  });
});
