/**
 * A change as HTML for feeds (no styles, no scripts): the fields in words, then the text diff
 * with <ins>/<del> and the words "inserted:" / "deleted:" in brackets, since feed readers drop
 * the page's styles and a reader must still tell the two apart.
 */
import { describeField, type FileChange } from './changes';
import { escapeHtml } from './feed-item';

/** Words the feed HTML uses. */
export interface ChangeHtmlWords {
  /** Before inserted text. */
  inserted: string;
  /** Before deleted text. */
  deleted: string;
  /** Stands for unchanged text left out. */
  gap: string;
  /** Field-change words. */
  fields: { added: string; removed: string; empty: string };
}

/** The HTML of one change. */
export function changeHtml(change: FileChange, words: ChangeHtmlWords): string {
  const parts: string[] = [];
  if (change.fields.length > 0) {
    parts.push(`<ul>${change.fields.map((f) => `<li>${escapeHtml(describeField(f, words.fields))}</li>`).join('')}</ul>`);
  }
  if (change.text.length > 0) {
    const text = change.text
      .map((p) => {
        if (p.kind === 'added') return `<ins>[${escapeHtml(words.inserted)} ${escapeHtml(p.text)}]</ins>`;
        if (p.kind === 'removed') return `<del>[${escapeHtml(words.deleted)} ${escapeHtml(p.text)}]</del>`;
        if (p.kind === 'gap') return ` ${escapeHtml(words.gap)} `;
        return escapeHtml(p.text);
      })
      .join('');
    parts.push(`<p>${text}</p>`);
  }
  return parts.join('\n');
}
