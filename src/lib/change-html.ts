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

/** The languages of a change to a translation: its text's, and the feed's words around it. */
export interface ChangeHtmlLanguages {
  /** The language of the changed text ("es"). */
  text: string;
  /** The language of `words` (the feed's, "en"). */
  words: string;
}

/**
 * The HTML of one change. With `langs` (a translation's change in a feed of another
 * language), the text and the field values are marked as its language, and the words around
 * them as the feed's.
 */
export function changeHtml(change: FileChange, words: ChangeHtmlWords, langs?: ChangeHtmlLanguages): string {
  const inLanguage = (lang: string | undefined, text: string) => (lang ? `<span lang="${escapeHtml(lang)}">${escapeHtml(text)}</span>` : escapeHtml(text));
  const word = (text: string) => inLanguage(langs?.words, text);
  const value = (text: string) => inLanguage(langs?.text, text);
  const parts: string[] = [];
  if (change.fields.length > 0) {
    parts.push(`<ul>${change.fields.map((f) => `<li>${describeField(f, words.fields, { path: escapeHtml, word, value })}</li>`).join('')}</ul>`);
  }
  if (change.text.length > 0) {
    const text = change.text
      .map((p) => {
        if (p.kind === 'added') return `<ins>[${word(words.inserted)} ${escapeHtml(p.text)}]</ins>`;
        if (p.kind === 'removed') return `<del>[${word(words.deleted)} ${escapeHtml(p.text)}]</del>`;
        if (p.kind === 'gap') return ` ${word(words.gap)} `;
        return escapeHtml(p.text);
      })
      .join('');
    parts.push(langs ? `<p lang="${escapeHtml(langs.text)}">${text}</p>` : `<p>${text}</p>`);
  }
  return parts.join('\n');
}
