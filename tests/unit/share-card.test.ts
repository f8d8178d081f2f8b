/** Share cards: the title size steps, the font coverage check, and a real 1200×630 PNG. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { missingGlyphs, shareCardPng, shareCardSvg, titleSize, withoutEmoji } from '../../src/lib/share-card';

const fontDir = join(import.meta.dirname, '..', '..', 'src', 'assets', 'fonts');
const card = { title: 'Week 3: every region published', kicker: 'Progress update', detail: 'September 18, 2026', company: 'Brightwell', accent: '#0b5cad' };

describe('titleSize', () => {
  it('steps down as the title grows', () => {
    expect(titleSize('x'.repeat(50))).toBe(68);
    expect(titleSize('x'.repeat(51))).toBe(56);
    expect(titleSize('x'.repeat(90))).toBe(56);
    expect(titleSize('x'.repeat(91))).toBe(46);
    expect(titleSize('x'.repeat(140))).toBe(46);
    expect(titleSize('x'.repeat(141))).toBe(38);
  });
});

describe('missingGlyphs', () => {
  it('accepts Latin text with accents, quotes, dashes and the euro sign', () => {
    expect(missingGlyphs('Zoë’s “café” — 5 € … São Paulo, Straße')).toEqual([]);
  });
  it('names each character outside the font once, emoji aside', () => {
    expect(missingGlyphs('東京 and 東 🙂')).toEqual(['東', '京']);
  });
});

describe('withoutEmoji', () => {
  it('leaves emoji, with their joiners and modifiers, out of the text', () => {
    expect(withoutEmoji('Ship it 🚀 now 👩🏽‍💻 ✔️ 🇪🇺')).toBe('Ship it now');
    expect(withoutEmoji('naïve — “ok”')).toBe('naïve — “ok”');
  });
});

describe('shareCardPng', () => {
  it('draws a 1200×630 PNG', async () => {
    const png = await shareCardPng(card, fontDir);
    expect(png.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    expect(png.readUInt32BE(16)).toBe(1200);
    expect(png.readUInt32BE(20)).toBe(630);
  });
  it('draws a title with emoji, leaving them out, as the same card without them', async () => {
    expect(await shareCardSvg({ ...card, title: `${card.title} 🚀` }, fontDir)).toBe(await shareCardSvg(card, fontDir));
  });
  it('refuses a title the font cannot draw, naming the character and the fix', async () => {
    await expect(shareCardSvg({ ...card, title: 'Tokyo 東京' }, fontDir)).rejects.toThrow(
      /"Tokyo 東京" has characters its font cannot draw: "東" \(U\+6771\), "京" \(U\+4EAC\)\. Replace them, or add a font/,
    );
  });
});

describe('share card limits (found by `npm run mutate`)', () => {
  it('fills exactly the 1200×630 card, with a column 72 px from each side and the accent rule on top', async () => {
    const svg = await shareCardSvg(card, fontDir);
    expect(svg.startsWith('<svg width="1200" height="630" viewBox="0 0 1200 630"')).toBe(true);
    expect(svg).toContain('<rect x="0" y="0" width="1200" height="630" fill="#fbfaf7"/>');
    expect(svg).toContain('<rect x="72" y="74" width="1056" height="138" fill="#fff"/>');
    expect(svg).toMatch(/<path width="1200" height="630" clip-path="url\(#satori_bc-id\)" fill="none" stroke="#0b5cad" stroke-width="36" d="M0,0 [^"]* h1200 /);
  });

  it('writes a code point under U+1000 with four hex digits', async () => {
    await expect(shareCardSvg({ ...card, title: 'Жить' }, fontDir)).rejects.toThrow(
      /cannot draw: "Ж" \(U\+0416\), "и" \(U\+0438\), "т" \(U\+0442\), "ь" \(U\+044C\)\. /,
    );
  });
});

describe('share card: a long title (mutation testing)', () => {
  it('wraps the title within the 1056 px column', async () => {
    const svg = await shareCardSvg({ ...card, title: 'Week 3: every region published, and every one of the seven regions is now live' }, fontDir);
    expect(svg).toContain('<rect x="72" y="134" width="1056" height="192" fill="#fff"/>');
  });
});
