/**
 * Cleans rendered post HTML for feed readers: every link and image made absolute (under
 * the site's base path), no scripts or styles, no screen-reader-only furniture, no heading
 * anchor links, and only plain, well-known tags and attributes.
 *
 * It runs once per post per build, so all of this happens in a single sanitize-html pass
 * (one parse, one serialisation) driven by its hooks, rather than parsing the HTML twice.
 */
import sanitizeHtml from 'sanitize-html';
import { siteLinks } from './routes.ts';

/** Where the HTML lives, to resolve its relative URLs. */
export interface UrlContext {
  /** Absolute URL of the page the HTML belongs to (relative links resolve against it). */
  pageUrl: string;
  /** The site's base path, "/" or "/trust/"; root-relative links get it when they lack it. */
  base: string;
  /** Origins besides the page's own that images, video and audio may load from (site.mediaOrigins). */
  mediaOrigins?: readonly string[];
}

/**
 * Elements that mean nothing in a feed and are dropped with everything inside them. None is
 * allowed, and all are listed in `nonTextTags`, so sanitize-html skips their whole subtree.
 */
const DROPPED_ELEMENTS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'form',
  'button',
  'input',
  'select',
  'textarea',
  'svg',
  'canvas',
  'link',
  'meta',
]);

/** Classes of furniture that only make sense on the page (screen-reader-only text, skip links). */
const FURNITURE_CLASSES = ['visually-hidden', 'sr-only', 'skip-link'];

/** Classes that heading anchor links carry in common Markdown plugins. */
const ANCHOR_CLASSES = ['heading-anchor', 'anchor', 'anchor-link', 'heading-link', 'header-anchor'];

/** Matches a class attribute that holds any of the classes above as a whole word. */
const REMOVED_CLASS = new RegExp(`(?:^|\\s)(?:${[...FURNITURE_CLASSES, ...ANCHOR_CLASSES].join('|')})(?=\\s|$)`);

/** Attributes that hold a single URL. */
const URL_ATTRIBUTES = new Set(['href', 'src', 'poster', 'cite']);

/** Heading elements, inside which fragment links are heading anchors. */
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/**
 * Shared, empty attributes given to every element that is removed with its content; the
 * exclusive filter recognises such an element by this object's identity. Frozen, as it is shared.
 */
const REMOVED_ATTRIBUTES: sanitizeHtml.Attributes = Object.freeze({});

/**
 * An allowed tag that removed elements are renamed to. They must stay allowed: sanitize-html
 * only calls the exclusive filter (which drops them with their content) on allowed tags, and
 * renaming to a disallowed tag would leave a stale entry in its rename map that corrupts the
 * next closing tag at the same depth (sanitize-html 2.17.5).
 */
const REMOVED_TAG = 'span';

/**
 * Tag that a heading's fragment link is renamed to until its heading is complete, when it is
 * unwrapped or removed. Upper case, so no tag in the input (parsed in lower case) can clash.
 */
const HEADING_LINK = 'FEED-HEADING-LINK';

/** A heading in the sanitised output (tags are lower case; `>` in attribute values is escaped). */
const OUTPUT_HEADING = /<h([1-6])(?=[\s>])[^>]*>[\s\S]*?<\/h\1>/g;

/** The first heading link in a heading, with its content. */
const OUTPUT_HEADING_LINK = new RegExp(`<${HEADING_LINK}>([\\s\\S]*?)</${HEADING_LINK}>`);

/** Any heading-link tag left over by markup the heading pattern cannot pair (nested links or headings). */
const STRAY_HEADING_LINK_TAG = new RegExp(`</?${HEADING_LINK}>`, 'g');

/** Characters XML 1.0 forbids even when escaped (C0 controls except tab, newline, return; lone surrogates; U+FFFE/F). */
// eslint-disable-next-line no-control-regex -- matching the control characters XML forbids is the point
const XML_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** The forbidden characters other than lone surrogates, which isWellFormed finds. */
// eslint-disable-next-line no-control-regex -- as above
const XML_INVALID_UNITS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Removes characters that cannot appear in an XML document, so a stray control character cannot break a feed. */
export function stripXmlInvalid(text: string): string {
  // Almost no text has any, and these two checks are much faster than XML_INVALID's lookarounds.
  if (!XML_INVALID_UNITS.test(text) && text.isWellFormed()) return text;
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
  return new URL(siteLinks(context.base, '').authorHref(value), context.pageUrl).href;
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

/** The tags and attributes a feed item may carry; everything else is removed (text kept). */
const ALLOWED = {
  // The most common tags first: sanitize-html looks tags up with indexOf, several times for
  // every tag and text node. The Set only drops the repeats this creates.
  allowedTags: [
    ...new Set([
      'p',
      'a',
      'span',
      'li',
      'td',
      'tr',
      'strong',
      'em',
      'code',
      'th',
      'time',
      ...sanitizeHtml.defaults.allowedTags,
      'img',
      'picture',
      'source',
      'figure',
      'figcaption',
      'video',
      'audio',
      'track',
      'details',
      'summary',
      'time',
      'del',
      'ins',
      'sub',
      'sup',
      'mark',
    ]),
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
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  // Disallowed tags whose content goes too, not just the tag.
  nonTextTags: [...DROPPED_ELEMENTS, 'option', 'title'],
} satisfies sanitizeHtml.IOptions;

/** The allow-list plus the internal heading-link tag, which must survive until resolveHeadingLinks. */
const ALLOWED_WITH_HEADING_LINKS: sanitizeHtml.IOptions = {
  ...ALLOWED,
  allowedTags: [...ALLOWED.allowedTags, HEADING_LINK],
};

/** Attributes any element may keep. */
const GLOBAL_ATTRIBUTES = new Set<string>(ALLOWED.allowedAttributes['*']);

/** Attributes each element may keep, its own and the global ones (see keptAttributes). */
const ALLOWED_ATTRIBUTES = new Map<string, Set<string>>(
  Object.entries(ALLOWED.allowedAttributes).map(([tag, attributes]) => [tag, new Set([...attributes, ...GLOBAL_ATTRIBUTES])]),
);

/** Attributes that make a feed reader load something when the item is shown. */
const RESOURCE_ATTRIBUTES = ['src', 'poster', 'srcset'];

/**
 * Whether an element loads something from another origin than the page's (or a listed media
 * origin): such an element is removed with its content, so that no feed item makes its
 * readers' feed reader call another site (a tracking pixel, a remote video). Posts cannot
 * contain one (src/lib/post-language.ts); this is the second line of defence.
 */
function loadsFromElsewhere(attribs: sanitizeHtml.Attributes, context: UrlContext): boolean {
  const own = new URL(context.pageUrl).origin;
  const allowed = (url: string) => {
    try {
      const origin = new URL(absolutizeUrl(url, context)).origin;
      return origin === own || (context.mediaOrigins ?? []).includes(origin);
    } catch {
      return false;
    }
  };
  return RESOURCE_ATTRIBUTES.some((name) => {
    const value = attribs[name];
    if (value === undefined) return false;
    const urls =
      name === 'srcset'
        ? value
            .split(',')
            .map((c) => c.trim().split(/\s+/)[0] ?? '')
            .filter(Boolean)
        : [value];
    return !urls.every(allowed);
  });
}

/** Whether an element is page furniture or a classed heading anchor, removed with its content. */
function isRemoved(attribs: sanitizeHtml.Attributes): boolean {
  if (attribs.hidden !== undefined || attribs['aria-hidden'] === 'true') return true;
  return attribs.class !== undefined && REMOVED_CLASS.test(attribs.class);
}

/**
 * The attributes of one element that the allow-list keeps, with every URL made absolute. Only
 * a pre-filter: sanitize-html still checks what is left, but it no longer spends time on the
 * many attributes that would go anyway (classes, ids, data-* and ARIA attributes).
 */
function keptAttributes(name: string, attribs: sanitizeHtml.Attributes, context: UrlContext): sanitizeHtml.Attributes {
  const allowed = ALLOWED_ATTRIBUTES.get(name) ?? GLOBAL_ATTRIBUTES;
  const kept: sanitizeHtml.Attributes = {};
  for (const attribute in attribs) {
    if (!allowed.has(attribute)) continue;
    const value = attribs[attribute]!;
    if (URL_ATTRIBUTES.has(attribute)) kept[attribute] = absolutizeUrl(value, context);
    else if (attribute === 'srcset') kept[attribute] = absolutizeSrcset(value, context);
    else kept[attribute] = value;
  }
  return kept;
}

/** The text of a fragment of sanitised HTML, still escaped (text never holds a raw `<`). */
function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '');
}

/**
 * Resolves the heading links that sanitising left in place: each is unwrapped when its text is
 * the heading's whole text (a link wrapping the heading), removed otherwise (an added icon or
 * "#"). Links are taken in order, each against the heading as the previous ones left it.
 */
function resolveHeadingLinks(html: string): string {
  if (!html.includes(`<${HEADING_LINK}>`)) return html;
  return html
    .replace(OUTPUT_HEADING, (heading) => {
      let result = heading;
      for (let link = OUTPUT_HEADING_LINK.exec(result); link; link = OUTPUT_HEADING_LINK.exec(result)) {
        const text = textOf(link[1]!).trim();
        const wrapsHeading = text !== '' && text === textOf(result).trim();
        result = result.slice(0, link.index) + (wrapsHeading ? link[1] : '') + result.slice(link.index + link[0].length);
      }
      return result;
    })
    .replace(STRAY_HEADING_LINK_TAG, '');
}

/** Cleans rendered HTML for a feed item (see the module comment). */
export function cleanFeedHtml(html: string, context: UrlContext): string {
  // onOpenTag/onCloseTag see every tag the parser opens and closes, in balanced pairs (even
  // inside skipped subtrees), so these counters say where the tag being transformed sits.
  let depth = 0;
  let headingDepth = 0;
  /** Depth of the outermost element being removed with its content; Infinity when there is none. */
  let removedDepth = Infinity;

  const clean = sanitizeHtml(html, {
    ...ALLOWED_WITH_HEADING_LINKS,
    onOpenTag(name) {
      depth += 1;
      if (HEADINGS.has(name)) headingDepth += 1;
    },
    onCloseTag(name) {
      if (depth === removedDepth) removedDepth = Infinity;
      if (HEADINGS.has(name)) headingDepth -= 1;
      depth -= 1;
    },
    transformTags: {
      // Runs for every tag outside a dropped subtree, before the allow check.
      '*': (name, attribs) => {
        if (DROPPED_ELEMENTS.has(name)) return { tagName: name, attribs };
        if (depth > removedDepth) return { tagName: REMOVED_TAG, attribs: REMOVED_ATTRIBUTES };
        if (isRemoved(attribs) || loadsFromElsewhere(attribs, context)) {
          removedDepth = depth;
          return { tagName: REMOVED_TAG, attribs: REMOVED_ATTRIBUTES };
        }
        // A fragment link in a heading is decided once the heading's whole text is known.
        if (headingDepth > 0 && name === 'a' && (attribs.href ?? '').startsWith('#')) {
          return { tagName: HEADING_LINK, attribs: {} };
        }
        return { tagName: name, attribs: keptAttributes(name, attribs, context) };
      },
    },
    // Drops a removed element's output, from its opening tag to the end, with its content.
    exclusiveFilter: (frame) => frame.attribs === REMOVED_ATTRIBUTES,
  });

  return stripXmlInvalid(resolveHeadingLinks(clean))
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
