/**
 * A change as feed HTML (changeHtml): the fields as a list, the text diff with <ins>/<del>
 * and the words in brackets, every piece escaped. Expected HTML is written out in full.
 */
import { describe, expect, it } from 'vitest';
import { changeHtml, type ChangeHtmlWords } from '../../src/lib/change-html';
import type { FileChange } from '../../src/lib/changes';

const WORDS: ChangeHtmlWords = {
  inserted: 'inserted:',
  deleted: 'deleted:',
  gap: '[…]',
  fields: { added: 'added', removed: 'removed', empty: '(empty)' },
};

// Words with every character HTML must escape.
const ODD_WORDS: ChangeHtmlWords = {
  inserted: 'in<s>&"',
  deleted: 'de<l>&"',
  gap: '<gap & "more">',
  fields: { added: 'a<dd>&"', removed: 'r<m>&"', empty: '<none & "nil">' },
};

const change = (part: Partial<FileChange>): FileChange => ({ fields: [], text: [], wordsAdded: 0, wordsRemoved: 0, ...part });

describe('changeHtml', () => {
  it('is empty for a change with no fields and no text', () => {
    expect(changeHtml(change({}), WORDS)).toBe('');
  });

  it('lists the fields changed, added and removed, in order, as a <ul> alone when the text did not change', () => {
    const html = changeHtml(
      change({
        fields: [
          { path: 'severity', before: 'high', after: 'medium' },
          { path: 'due', after: '2026-12-18' },
          { path: 'note', before: '' },
        ],
      }),
      WORDS,
    );
    expect(html).toBe('<ul><li>severity: high → medium</li><li>due: added 2026-12-18</li><li>note: removed ((empty))</li></ul>');
  });

  it('writes the text diff as one <p>: same text as is, <ins>/<del> with the words in brackets, the gap between spaces', () => {
    const html = changeHtml(
      change({
        text: [
          { kind: 'same', text: 'We fixed ' },
          { kind: 'removed', text: '40' },
          { kind: 'added', text: '34' },
          { kind: 'same', text: ' reports' },
          { kind: 'gap', text: '' },
          { kind: 'same', text: 'this week.' },
        ],
      }),
      WORDS,
    );
    expect(html).toBe('<p>We fixed <del>[deleted: 40]</del><ins>[inserted: 34]</ins> reports […] this week.</p>');
  });

  it("marks a translation's text with its language and the bracketed words with the feed's", () => {
    const html = changeHtml(
      change({
        fields: [{ path: 'title', before: 'Perdón', after: 'Lo sentimos' }],
        text: [
          { kind: 'same', text: 'Corregimos ' },
          { kind: 'removed', text: '40' },
          { kind: 'added', text: '34' },
          { kind: 'gap', text: '' },
          { kind: 'same', text: 'fallos.' },
        ],
      }),
      WORDS,
      { text: 'es', words: 'en"' },
    );
    expect(html).toBe(
      '<ul><li>title: <span lang="es">Perdón</span> → <span lang="es">Lo sentimos</span></li></ul>\n' +
        '<p lang="es">Corregimos <del>[<span lang="en&quot;">deleted:</span> 40]</del><ins>[<span lang="en&quot;">inserted:</span> 34]</ins> <span lang="en&quot;">[…]</span> fallos.</p>',
    );
  });

  it("marks a translation's field values with its language, and the words added, removed and empty with the feed's", () => {
    const html = changeHtml(
      change({
        fields: [
          { path: 'summary', after: 'Nuevo & <mejor>' },
          { path: 'note', before: 'Antigua' },
          { path: 'kicker', before: '', after: 'Hoy' },
        ],
      }),
      WORDS,
      { text: 'es', words: 'en' },
    );
    expect(html).toBe(
      '<ul><li>summary: <span lang="en">added</span> <span lang="es">Nuevo &amp; &lt;mejor&gt;</span></li>' +
        '<li>note: <span lang="en">removed</span> (<span lang="es">Antigua</span>)</li>' +
        '<li>kicker: <span lang="en">(empty)</span> → <span lang="es">Hoy</span></li></ul>',
    );
  });

  it('puts the field list first and the text second, on two lines', () => {
    const html = changeHtml(change({ fields: [{ path: 'updated', after: '2026-12-02' }], text: [{ kind: 'added', text: 'all' }] }), WORDS);
    expect(html).toBe('<ul><li>updated: added 2026-12-02</li></ul>\n<p><ins>[inserted: all]</ins></p>');
  });

  it('escapes &, <, > and " in the text, the field values and every word, and keeps a carriage return as is', () => {
    const html = changeHtml(
      change({
        fields: [
          { path: 'a&<b>', before: '"x" & <y>', after: 'z\r\n' },
          { path: 'new', after: '' },
          { path: 'old', before: '<o>' },
        ],
        text: [
          { kind: 'same', text: 'AT&T <b>"bold"</b>\r\n' },
          { kind: 'added', text: '<script>&amp;' },
          { kind: 'removed', text: '"q" & <r>' },
          { kind: 'gap', text: 'ignored' },
        ],
      }),
      ODD_WORDS,
    );
    expect(html).toBe(
      '<ul><li>a&amp;&lt;b&gt;: &quot;x&quot; &amp; &lt;y&gt; → z\r\n</li>' +
        '<li>new: a&lt;dd&gt;&amp;&quot; &lt;none &amp; &quot;nil&quot;&gt;</li>' +
        '<li>old: r&lt;m&gt;&amp;&quot; (&lt;o&gt;)</li></ul>\n' +
        '<p>AT&amp;T &lt;b&gt;&quot;bold&quot;&lt;/b&gt;\r\n' +
        '<ins>[in&lt;s&gt;&amp;&quot; &lt;script&gt;&amp;amp;]</ins>' +
        '<del>[de&lt;l&gt;&amp;&quot; &quot;q&quot; &amp; &lt;r&gt;]</del>' +
        ' &lt;gap &amp; &quot;more&quot;&gt; </p>',
    );
  });
});
