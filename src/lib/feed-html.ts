/**
 * Cleans rendered post HTML for feed readers: every link and image made absolute (under
 * the site's base path), no scripts or styles, no screen-reader-only furniture, no heading
 * anchor links, and only plain, well-known tags and attributes.
 */
import { parse, type HTMLElement } from 'node-html-parser';
import sanitizeHtml from 'sanitize-html';

/** Where the HTML lives, to resolve its relative URLs. */
export interface UrlContext {
  /** Absolute URL of the page the HTML belongs to (relative links resolve against it). */
  pageUrl: string;
  /** The site's base path, "/" or "/trust/"; root-relative links get it when they lack it. */
  base: string;
}

/** Elements that mean nothing in a feed and are dropped with everything inside them. */
const DROPPED_ELEMENTS = 'script, style, noscript, template, iframe, object, embed, form, button, input, select, textarea, svg, canvas, link, meta';

/** Furniture that only makes sense on the page (screen-reader-only text, hidden or decorative elements). */
const FURNITURE = '.visually-hidden, .sr-only, .skip-link, [hidden], [aria-hidden="true"]';

/** Classes that heading anchor links carry in common Markdown plugins. */
const ANCHOR_CLASSES = '.heading-anchor, .anchor, .anchor-link, .heading-link, .header-anchor';

/** Attributes that hold a single URL. */
const URL_ATTRIBUTES = ['href', 'src', 'poster', 'cite'];

/** Characters XML 1.0 forbids even when escaped (C0 controls except tab, newline, return; lone surrogates; U+FFFE/F). */
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Removes characters that cannot appear in an XML document, so a stray control character cannot break a feed. */
export function stripXmlInvalid(text: string): string {
  return text.replace(XML_INVALID, '');
}

/**
 * Makes one URL absolute: fragments and relative paths resolve against the page, a
 * root-relative path gets the base path when it lacks it, and other schemes stay as they are.
 */
export function absolutizeUrl(url: string, context: UrlContext): string {
  const value = url.trim();
  if (value === '') return context.pageUrl;
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (value.startsWith('/') && !value.startsWith('//')) {
    const base = context.base.endsWith('/') ? context.base : `${context.base}/`;
    const underBase = base === '/' || value.startsWith(base) || value === base.slice(0, -1);
    const path = underBase ? value : `${base}${value.replace(/^\/+/, '')}`;
    return new URL(path, context.pageUrl).href;
  }
  return new URL(value, context.pageUrl).href;
}

/** Makes every candidate of a srcset attribute absolute, keeping its width or density. */
export function absolutizeSrcset(srcset: string, context: UrlContext): string {
  return srcset
    .split(',')
    .map((candidate) => candidate.trim())
    .filter(Boolean)
    .map((candidate) => {
      const [url = '', ...descriptor] = candidate.split(/\s+/);
      return [absolutizeUrl(url, context), ...descriptor].join(' ');
    })
    .join(', ');
}

/** Unwraps a heading's anchor link when it wraps the whole heading, or removes it when it is an added icon. */
function removeHeadingAnchors(root: HTMLElement): void {
  for (const link of root.querySelectorAll(ANCHOR_CLASSES)) link.remove();
  for (const heading of root.querySelectorAll('h1, h2, h3, h4, h5, h6')) {
    for (const link of heading.querySelectorAll('a')) {
      if (!(link.getAttribute('href') ?? '').startsWith('#')) continue;
      if (link.text.trim() !== '' && link.text.trim() === heading.text.trim()) link.replaceWith(link.innerHTML);
      else link.remove();
    }
  }
}

/** Rewrites every URL-bearing attribute to an absolute URL. */
function absolutizeAll(root: HTMLElement, context: UrlContext): void {
  for (const attribute of URL_ATTRIBUTES) {
    for (const element of root.querySelectorAll(`[${attribute}]`)) {
      element.setAttribute(attribute, absolutizeUrl(element.getAttribute(attribute) ?? '', context));
    }
  }
  for (const element of root.querySelectorAll('[srcset]')) {
    element.setAttribute('srcset', absolutizeSrcset(element.getAttribute('srcset') ?? '', context));
  }
}

/** The tags and attributes a feed item may carry; everything else is removed (text kept). */
const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    ...sanitizeHtml.defaults.allowedTags,
    'img', 'picture', 'source', 'figure', 'figcaption', 'video', 'audio', 'track',
    'details', 'summary', 'time', 'del', 'ins', 'sub', 'sup', 'mark',
  ],
  allowedAttributes: {
    a: ['href', 'title', 'hreflang'],
    img: ['src', 'srcset', 'sizes', 'alt', 'title', 'width', 'height'],
    source: ['src', 'srcset', 'sizes', 'type', 'media'],
    video: ['src', 'poster', 'controls', 'width', 'height'],
    audio: ['src', 'controls'],
    track: ['src', 'kind', 'srclang', 'label'],
    time: ['datetime'],
    td: ['colspan', 'rowspan', 'headers'],
    th: ['colspan', 'rowspan', 'headers', 'scope'],
    ol: ['start', 'reversed', 'type'],
    abbr: ['title'],
    blockquote: ['cite'],
    q: ['cite'],
    del: ['cite', 'datetime'],
    ins: ['cite', 'datetime'],
    '*': ['lang', 'dir'],
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https', 'data'] },
  allowProtocolRelative: false,
  nonTextTags: ['script', 'style', 'textarea', 'option', 'noscript', 'template', 'title'],
};

/** Cleans rendered HTML for a feed item (see the module comment). */
export function cleanFeedHtml(html: string, context: UrlContext): string {
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll(DROPPED_ELEMENTS)) element.remove();
  for (const element of root.querySelectorAll(FURNITURE)) element.remove();
  removeHeadingAnchors(root);
  absolutizeAll(root, context);
  const clean = sanitizeHtml(root.toString(), ALLOWED);
  return stripXmlInvalid(clean).replace(/\n{3,}/g, '\n\n').trim();
}
