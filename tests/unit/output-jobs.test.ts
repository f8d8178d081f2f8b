/**
 * The output worker's jobs, run in this thread (the worker only wires them to its own):
 * emails returned or written, share cards through the card cache (a cached file is a PNG or is
 * drawn again, stored without a half-written file), a garbage collection every 20 cards, and
 * feed HTML cleaned.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cachedCardPng } from '../../src/lib/card-file';
import { outputJobRunner } from '../../src/lib/output-jobs';
import type { ShareCard } from '../../src/lib/share-card';
import { EMAIL_POST } from '../helpers/email-post';
import { tempDirs } from '../helpers/git-repo';

const temp = tempDirs();
afterAll(temp.cleanup);

const fontDir = join(import.meta.dirname, '..', '..', 'src', 'assets', 'fonts');
const card: ShareCard = { title: 'Week 3 & <regions>', kicker: 'Progress update', detail: 'September 18, 2026', company: 'Brightwell', accent: '#0b5cad' };
const PNG_START = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const post = EMAIL_POST;

/** A runner whose garbage collections are counted. */
function countingRunner() {
  const collections = { count: 0 };
  return { run: outputJobRunner(() => collections.count++), collections };
}

describe('the email job', () => {
  it('sends back the HTML and the text when no files are given', async () => {
    const result = await countingRunner().run({ type: 'email', post });
    expect(Object.keys(result).sort()).toEqual(['html', 'text']);
    expect(result.html).toContain('Week 3: &quot;regions&quot; &amp; &lt;limits&gt;');
    expect(result.text).toContain('Week 3: "regions" & <limits>');
  });

  it('writes the two files, making their folders, and sends nothing back', async () => {
    const { run } = countingRunner();
    const dir = temp.make('output-jobs-');
    const files = { html: join(dir, 'email', 'progress', 'week-3.html'), text: join(dir, 'text', 'progress', 'week-3.txt') };
    const returned = await run({ type: 'email', post });
    expect(await run({ type: 'email', post, files })).toEqual({});
    expect({ html: readFileSync(files.html, 'utf8'), text: readFileSync(files.text, 'utf8') }).toEqual(returned);
  });
});

describe('the feed HTML job', () => {
  it('sends back the cleaned HTML only', async () => {
    const html = '<p>See <a href="../plan/">the plan</a> &amp; more</p><script>x()</script>';
    const context = { pageUrl: 'https://trust.example/progress/week-3/', base: '/', mediaOrigins: [] };
    expect(await countingRunner().run({ type: 'feed-html', html, context })).toEqual({
      html: '<p>See <a href="https://trust.example/progress/plan/">the plan</a> &amp; more</p>',
    });
  });
});

describe('the card job and the card cache', () => {
  it('draws a card not yet cached, stores it in a new cache folder with no temporary file left, and writes it', async () => {
    const dir = temp.make('output-jobs-');
    const cacheFile = join(dir, 'cache', 'cards', 'card.png');
    const file = join(dir, 'dist', 'cards', 'progress', 'week-3.png');
    expect(await countingRunner().run({ type: 'card', card, fontDir, cacheFile, file })).toEqual({});
    const written = readFileSync(file);
    expect(written.subarray(0, 8).equals(PNG_START)).toBe(true);
    expect(written.readUInt32BE(16)).toBe(1200);
    expect(readFileSync(cacheFile).equals(written)).toBe(true);
    expect(readdirSync(join(dir, 'cache', 'cards'))).toEqual(['card.png']);
  });

  it('copies a cached PNG as it is, without drawing', async () => {
    const dir = temp.make('output-jobs-');
    const cacheFile = join(dir, 'card.png');
    const cached = Buffer.concat([PNG_START, Buffer.from('cached, not drawn')]);
    writeFileSync(cacheFile, cached);
    expect((await cachedCardPng(card, fontDir, cacheFile)).equals(cached)).toBe(true);
    expect(readFileSync(cacheFile).equals(cached)).toBe(true);
  });

  it('draws again, and replaces, a cache file that is not a PNG (cut short or overwritten)', async () => {
    const dir = temp.make('output-jobs-');
    for (const [name, content] of [
      ['empty.png', Buffer.alloc(0)],
      ['short.png', PNG_START.subarray(0, 7)],
      ['text.png', Buffer.from('<html>not a card</html>')],
    ] as const) {
      const cacheFile = join(dir, name);
      writeFileSync(cacheFile, content);
      const png = await cachedCardPng(card, fontDir, cacheFile);
      expect(png.subarray(0, 8).equals(PNG_START), name).toBe(true);
      expect(png.length, name).toBeGreaterThan(1000);
      expect(readFileSync(cacheFile).equals(png), name).toBe(true);
    }
    expect(readdirSync(dir).sort()).toEqual(['empty.png', 'short.png', 'text.png']);
  });

  it('asks for a garbage collection after every 20th card, not before', async () => {
    const { run, collections } = countingRunner();
    const dir = temp.make('output-jobs-');
    const cacheFile = join(dir, 'card.png');
    writeFileSync(cacheFile, Buffer.concat([PNG_START, Buffer.from('cached')]));
    mkdirSync(join(dir, 'out'));
    const counts: number[] = [];
    for (let i = 1; i <= 41; i++) {
      await run({ type: 'card', card, fontDir, cacheFile, file: join(dir, 'out', `${i}.png`) });
      counts.push(collections.count);
    }
    expect([counts[18], counts[19], counts[20], counts[38], counts[39], counts[40]]).toEqual([0, 1, 1, 1, 2, 2]);
    expect(existsSync(join(dir, 'out', '41.png'))).toBe(true);
    // Emails and feed HTML do not count as cards.
    await run({ type: 'email', post });
    expect(collections.count).toBe(2);
  });
});
