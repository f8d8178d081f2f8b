/**
 * Pagefind hands each result an excerpt as a string in which the matched words are
 * wrapped in <mark>…</mark>. These helpers turn it into plain pieces, so the page can
 * build the excerpt from text nodes and <mark> elements and never parse HTML.
 */

/** One run of excerpt text, matched (highlighted) or not. */
export interface ExcerptPart {
  /** The text, with character references decoded. */
  text: string;
  /** True for a matched word. */
  mark: boolean;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'", '#x27': "'" };

/** Decodes the few character references Pagefind's excerpts may carry. */
export function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|apos|#39|#x27);/g, (_, name: string) => ENTITIES[name] ?? '');
}

/** Splits an excerpt into plain and matched runs; any other markup is dropped. */
export function excerptParts(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let mark = false;
  for (const piece of excerpt.split(/(<\/?mark>)/)) {
    if (piece === '<mark>') mark = true;
    else if (piece === '</mark>') mark = false;
    else {
      const text = decodeEntities(piece.replace(/<[^>]*>/g, ''));
      if (text) parts.push({ text, mark });
    }
  }
  return parts;
}
