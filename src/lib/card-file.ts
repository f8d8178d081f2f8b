/**
 * A share card's PNG through the card cache: the cached file when it is a PNG, otherwise the
 * card drawn again (lib/share-card.ts) and stored. The cache file's name must stand for
 * everything that draws the card (data/share-cards.ts names it by a hash of the card's text,
 * the drawing code, the fonts and the library versions), so a cached card is never stale.
 */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { shareCardPng, type ShareCard } from './share-card.ts';

/** The eight bytes every PNG file starts with. */
const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** The card's PNG: read from `cacheFile` when that is a PNG, else drawn with the fonts of `fontDir` and written there (atomically). */
export async function cachedCardPng(card: ShareCard, fontDir: string, cacheFile: string): Promise<Buffer> {
  if (existsSync(cacheFile)) {
    const cached = readFileSync(cacheFile);
    if (cached.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) return cached;
  }
  const png = await shareCardPng(card, fontDir);
  mkdirSync(dirname(cacheFile), { recursive: true });
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  writeFileSync(temporary, png);
  renameSync(temporary, cacheFile);
  return png;
}
