/**
 * Share cards: the 1200×630 PNG that link previews (Open Graph, Twitter/X, chat apps) show
 * for a page. Laid out by satori (text and boxes to SVG, with the Inter font shipped in
 * src/assets/fonts/, no network) and rasterised by resvg-js.
 */
import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import satori from 'satori';

/** Width of a share card in pixels (Open Graph's recommended 1.91:1). */
export const CARD_WIDTH = 1200;
/** Height of a share card in pixels. */
export const CARD_HEIGHT = 630;

/** What a card says. */
export interface ShareCard {
  /** The headline: the post or page title. */
  title: string;
  /** Small line above the title: the kind of post or the page's section. */
  kicker: string;
  /** Line under the title: the date, or the plan's counts. */
  detail: string;
  /** The company (or site) name, shown at the bottom. */
  company: string;
  /** The brand colour (#rrggbb, checked for contrast on the light page): the top rule and the kicker. */
  accent: string;
}

/** The font files of the cards (Inter, SIL Open Font License, src/assets/fonts/LICENSE-Inter.txt). */
export const CARD_FONT_FILES = [
  { file: 'inter-latin-400-normal.woff', weight: 400 },
  { file: 'inter-latin-700-normal.woff', weight: 700 },
] as const;

type Font = { name: string; data: Buffer; weight: 400 | 700; style: 'normal' };
let fonts: Font[] | undefined;

/** The card fonts, read once from `fontDir`. */
function loadFonts(fontDir: string): Font[] {
  fonts ??= CARD_FONT_FILES.map(({ file, weight }) => ({ name: 'Inter', data: readFileSync(`${fontDir}/${file}`), weight, style: 'normal' as const }));
  return fonts;
}

/** A satori element: a box with a style and children (satori reads React-like objects). */
function box(style: Record<string, unknown>, children: unknown): unknown {
  return { type: 'div', props: { style, children } };
}

/** Title size that keeps a long headline within four lines. */
export function titleSize(title: string): number {
  const length = [...title].length;
  if (length <= 50) return 68;
  if (length <= 90) return 56;
  if (length <= 140) return 46;
  return 38;
}

/** Emoji and the joiners, selectors and modifiers that build them. */
// eslint-disable-next-line no-misleading-character-class -- each code point (joiner, selector, modifier) is matched on its own, on purpose
const EMOJI = /[\p{Extended_Pictographic}\u{1F1E6}-\u{1F1FF}\u{1F3FB}-\u{1F3FF}\u200D\uFE0E\uFE0F\u20E3]/gu;

/** Text without emoji, which the card font cannot draw and which carry no words: the card leaves them out (the page keeps them). */
export function withoutEmoji(text: string): string {
  return text
    .replace(EMOJI, '')
    .replace(/\s{2,}/g, ' ')
    .trim();
}

/** Characters of `text` that the card font cannot draw (the Latin subset of Inter), emoji aside. */
export function missingGlyphs(text: string): string[] {
  // Basic Latin, Latin-1 Supplement and general punctuation are in the subset shipped.
  return [
    ...new Set([...withoutEmoji(text)].filter((ch) => !/[\u0020-\u007e\u00a0-\u00ff\u2010-\u2027\u2030-\u205e\u20ac\u2122\u2190-\u2193\u2212]/u.test(ch))),
  ];
}

/**
 * The card as SVG (satori). Emoji are left out; any other character the font cannot draw
 * (a letter of another script) fails, naming it, since the card would lose words.
 */
export async function shareCardSvg(written: ShareCard, fontDir: string): Promise<string> {
  const card = {
    title: withoutEmoji(written.title),
    kicker: withoutEmoji(written.kicker),
    detail: withoutEmoji(written.detail),
    company: withoutEmoji(written.company),
  };
  const missing = missingGlyphs(`${card.title}${card.kicker}${card.detail}${card.company}`);
  if (missing.length > 0) {
    throw new Error(
      `the share card of "${written.title}" has characters its font cannot draw: ${missing.map((ch) => `"${ch}" (U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')})`).join(', ')}. Replace them, or add a font that has them to src/assets/fonts/ and CARD_FONT_FILES in src/lib/share-card.ts.`,
    );
  }
  const tree = box(
    {
      // satori sizes boxes without their padding and border (content-box): subtract them.
      width: CARD_WIDTH - 144,
      height: CARD_HEIGHT - 112 - 18,
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'space-between',
      padding: '56px 72px 56px 72px',
      backgroundColor: '#fbfaf7',
      color: '#1c1e21',
      fontFamily: 'Inter',
      borderTop: `18px solid ${written.accent}`,
    },
    [
      box({ display: 'flex', flexDirection: 'column', width: CARD_WIDTH - 144 }, [
        box({ display: 'flex', fontSize: 30, fontWeight: 700, color: written.accent, textTransform: 'uppercase', letterSpacing: 2 }, card.kicker),
        box({ display: 'flex', fontSize: titleSize(card.title), fontWeight: 700, lineHeight: 1.15, marginTop: 24, width: CARD_WIDTH - 144 }, card.title),
      ]),
      box(
        {
          display: 'flex',
          justifyContent: 'space-between',
          alignItems: 'flex-end',
          width: CARD_WIDTH - 144,
          fontSize: 30,
          color: '#4f5660',
          borderTop: '2px solid #d9d6cf',
          paddingTop: 24,
        },
        [box({ display: 'flex' }, card.detail), box({ display: 'flex', fontWeight: 700, color: '#1c1e21' }, card.company)],
      ),
    ],
  );
  return satori(tree as Parameters<typeof satori>[0], { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: loadFonts(fontDir) });
}

/** The card as a 1200×630 PNG. */
export async function shareCardPng(card: ShareCard, fontDir: string): Promise<Buffer> {
  const svg = await shareCardSvg(card, fontDir);
  return new Resvg(svg, { fitTo: { mode: 'width', value: CARD_WIDTH }, font: { loadSystemFonts: false } }).render().asPng();
}
