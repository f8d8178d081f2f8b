/**
 * Email-ready versions of a post, for the comms team to send (the site itself sends nothing):
 * an HTML message with every style inlined (juice) and only absolute URLs, and a plain-text
 * version (html-to-text). Built from the post's feed content (data/feed-items.ts), which
 * already carries the actions and corrections at the top and absolute links.
 */
import { compile, type DomNode, type FormatCallback } from 'html-to-text';
import juice from 'juice';
import { parse } from 'node-html-parser';
import { escapeHtml } from './feed-item.ts';

/** What an email says about a post. */
export interface EmailPost {
  /** The post title. */
  title: string;
  /** One or two sentences. */
  summary: string;
  /** Absolute URL of the post page. */
  url: string;
  /** A line above the title: kind of post and date, e.g. "Progress update · November 27, 2026". */
  kicker: string;
  /** Byline, e.g. "By Maya Okafor", or empty. */
  byline: string;
  /** The post's content as cleaned HTML with absolute URLs (a feed item's contentHtml). */
  contentHtml: string;
  /** BCP 47 language of the message. */
  lang: string;
  /** Name of the site, for the header and the footer. */
  siteTitle: string;
  /** Absolute URL of the site's home page. */
  siteUrl: string;
  /** Interface words (src/i18n/ui.ts). */
  words: {
    /** Link text to the post on the web. */
    readOnline: string;
    /** Footer sentence: why the reader gets this and where everything is. */
    footer: string;
  };
}

/** Styles of the message, inlined into each element by juice (mail clients drop <style> blocks). */
const EMAIL_CSS = `
body { margin: 0; padding: 0; background: #fbfaf7; color: #1c1e21; font-family: -apple-system, 'Segoe UI', Roboto, Arial, sans-serif; font-size: 16px; line-height: 1.5; }
.wrap { max-width: 640px; margin: 0 auto; padding: 24px; background: #ffffff; }
.site { font-size: 14px; font-weight: bold; color: #0b5cad; text-decoration: none; }
.kicker { font-size: 13px; text-transform: uppercase; letter-spacing: 1px; color: #4f5660; margin: 24px 0 4px; }
h1 { font-size: 26px; line-height: 1.2; margin: 0 0 12px; }
h2 { font-size: 20px; margin: 24px 0 8px; }
h3 { font-size: 17px; margin: 16px 0 4px; }
a { color: #0b5cad; }
.lede { font-size: 18px; color: #1c1e21; margin: 0 0 8px; }
.byline { font-size: 14px; color: #4f5660; margin: 0 0 16px; }
.read-online { font-size: 14px; }
table { border-collapse: collapse; width: 100%; font-size: 14px; }
th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid #d9d6cf; }
blockquote { margin: 16px 0; padding-left: 12px; border-left: 3px solid #d9d6cf; color: #4f5660; }
img { max-width: 100%; height: auto; }
.footer { font-size: 13px; color: #4f5660; border-top: 1px solid #d9d6cf; margin-top: 32px; padding-top: 12px; }
`;

/** URLs in HTML that are not absolute (http, https, mailto), which a mail client cannot follow. */
export function relativeUrls(html: string): string[] {
  const doc = parse(html);
  const urls = [
    ...doc.querySelectorAll('[href]').map((el) => el.getAttribute('href') ?? ''),
    ...doc.querySelectorAll('[src]').map((el) => el.getAttribute('src') ?? ''),
  ];
  return urls.filter((url) => !/^(https?:\/\/|mailto:)/i.test(url));
}

/** The HTML message: a full document with inlined styles. Fails, naming the URLs, when a URL is not absolute. */
export function emailHtml(post: EmailPost): string {
  const document = `<!doctype html>
<html lang="${escapeHtml(post.lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${escapeHtml(post.title)}</title>
</head>
<body>
<div class="wrap">
<a class="site" href="${escapeHtml(post.siteUrl)}">${escapeHtml(post.siteTitle)}</a>
<p class="kicker">${escapeHtml(post.kicker)}</p>
<h1>${escapeHtml(post.title)}</h1>
<p class="lede">${escapeHtml(post.summary)}</p>
<p class="byline">${post.byline ? `${escapeHtml(post.byline)} · ` : ''}<a class="read-online" href="${escapeHtml(post.url)}">${escapeHtml(post.words.readOnline)}</a></p>
${post.contentHtml}
<p class="footer">${escapeHtml(post.words.footer)} <a href="${escapeHtml(post.siteUrl)}">${escapeHtml(post.siteUrl)}</a></p>
</div>
</body>
</html>
`;
  // The styles are handed over as they are, not read back from a <style> block: half the work per message.
  const html = juice.inlineContent(document, EMAIL_CSS, { preserveMediaQueries: false, applyWidthAttributes: true });
  const relative = relativeUrls(html);
  if (relative.length > 0) {
    throw new Error(`the email of ${post.url} has URLs that are not absolute: ${relative.join(', ')}. Links in a post must be full addresses or site paths.`);
  }
  return html;
}

/** The text of a node and its descendants, as written. */
function rawText(node: DomNode): string {
  return node.type === 'text' ? (node.data ?? '') : (node.children ?? []).map(rawText).join('');
}

/** The text of a node and its descendants, spaces collapsed (once, so the space before an inner element stays). */
function nodeText(node: DomNode): string {
  return rawText(node).replace(/\s+/g, ' ').trim();
}

/** The elements with one of these tag names below a node, in document order, not looking inside a match. */
function elementsNamed(node: DomNode, names: string[]): DomNode[] {
  return (node.children ?? []).flatMap((child) => (child.type === 'tag' && names.includes(child.name ?? '') ? [child] : elementsNamed(child, names)));
}

/**
 * A table as one block per row, each cell on its own line after its column heading
 * ("Status: In progress"): a plain-text message is read at about 72 characters, where a
 * table of three columns with a sentence in a cell cannot fit.
 */
const tableAsRows: FormatCallback = (elem, walk, builder) => {
  const rows = elementsNamed(elem, ['tr']);
  const headed = rows[0] && elementsNamed(rows[0], ['td', 'th']).every((cell) => cell.name === 'th');
  const headings = headed ? elementsNamed(rows[0]!, ['th']).map(nodeText) : [];
  for (const row of headed ? rows.slice(1) : rows) {
    builder.openBlock({ leadingLineBreaks: 2 });
    elementsNamed(row, ['td', 'th']).forEach((cell, column) => {
      builder.openBlock({ leadingLineBreaks: 1 });
      if (headings[column]) builder.addInline(`${headings[column]}: `);
      walk(cell.children, builder);
      builder.closeBlock({ trailingLineBreaks: 1 });
    });
    builder.closeBlock({ trailingLineBreaks: 2 });
  }
};

/**
 * HTML to plain text (html-to-text), compiled once: compiling the options costs ten times
 * more than converting a post.
 */
const contentText = compile({
  wordwrap: 72,
  formatters: { tableAsRows },
  selectors: [
    { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'table', format: 'tableAsRows' },
    { selector: 'img', format: 'skip' },
  ],
});
const summaryText = compile({ wordwrap: 72 });

/** The plain-text message: title, summary, link, then the content as text with links written out. */
export function emailText(post: EmailPost): string {
  const body = contentText(post.contentHtml);
  const lines = [
    post.siteTitle,
    '',
    post.kicker,
    post.title,
    '='.repeat(Math.min([...post.title].length, 72)),
    '',
    summaryText(`<p>${escapeHtml(post.summary)}</p>`),
    '',
    [post.byline, `${post.words.readOnline}: ${post.url}`].filter(Boolean).join('\n'),
    '',
    body,
    '',
    '--',
    `${post.words.footer} ${post.siteUrl}`,
  ];
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim()}\n`;
}
