/**
 * What a post body may contain besides Markdown: the site's own components with their
 * documented props, and plain HTML elements and attributes from hast-util-sanitize's
 * GitHub-style schema, narrowed and extended as listed below. The rule that applies them is
 * in post-language.ts; both the build (the MDX pipeline) and `npm run check` use it.
 */
import { defaultSchema } from 'hast-util-sanitize';

/** What a component prop accepts: any text, or one of a list of words. */
export type PropRule = { text: true } | { oneOf: readonly string[] };

/** One component a post may use, by name. */
export interface ComponentRule {
  /** Its props and what each accepts (a prop not listed here is refused). */
  props: Record<string, PropRule>;
  /** Props that must be given. */
  required?: readonly string[];
}

/**
 * The components posts may use without importing them (src/components/mdx/index.ts renders
 * them; a test keeps the two lists the same), with the props their Props interfaces document.
 */
export const POST_COMPONENTS: Record<string, ComponentRule> = {
  Callout: { props: { tone: { oneOf: ['note', 'warning', 'done'] }, title: { text: true } } },
  CommitmentLink: { props: { id: { text: true } }, required: ['id'] },
};

/** An allowed attribute: its hast property name, optionally with the only values it may take. */
type SchemaAttribute = string | [string, ...(string | number | boolean | RegExp | null | undefined)[]];

/**
 * Elements of the default schema left out: `input` is there only for GFM task lists, which
 * Markdown writes (`- [x]`) without HTML.
 */
const NARROWED_ELEMENTS = new Set(['input']);

/**
 * Attributes of the default schema left out: they only mean something on forms, which posts
 * cannot hold. (`id` stays: a post may mark a place to link to, `[below](#details)`.)
 */
const NARROWED_ATTRIBUTES = new Set(['accept', 'acceptCharset', 'action', 'encType', 'method', 'checked', 'disabled', 'readOnly', 'selected']);

/** Elements added to the default schema, with their own attributes: media from the site itself. */
const EXTRA_ELEMENTS: Record<string, SchemaAttribute[]> = {
  img: ['srcSet', 'sizes', 'loading'],
  video: ['src', 'poster', 'controls', 'loop', 'muted', 'playsInline', 'preload'],
  audio: ['src', 'controls', 'loop', 'muted', 'preload'],
  source: ['src', 'type', 'media', 'sizes'],
  track: ['src', 'kind', 'srcLang', 'label', 'default'],
  figure: [],
  figcaption: [],
  mark: [],
  abbr: [],
  time: [],
  small: [],
  u: [],
  cite: [],
  caption: [],
  colgroup: [],
  col: [],
};

/** The HTML elements a post may write, each with the attributes (hast property names) it may carry. */
export const HTML_ELEMENTS: ReadonlyMap<string, readonly SchemaAttribute[]> = (() => {
  const attributes = defaultSchema.attributes ?? {};
  const global = (attributes['*'] ?? []) as SchemaAttribute[];
  const names = [...(defaultSchema.tagNames ?? []), ...Object.keys(EXTRA_ELEMENTS)].filter((name) => !NARROWED_ELEMENTS.has(name));
  const elements = new Map<string, SchemaAttribute[]>();
  for (const name of new Set(names)) {
    const own = [...((attributes[name] ?? []) as SchemaAttribute[]), ...(EXTRA_ELEMENTS[name] ?? [])];
    elements.set(
      name,
      [...own, ...global].filter((entry) => !NARROWED_ATTRIBUTES.has(typeof entry === 'string' ? entry : entry[0])),
    );
  }
  return elements;
})();

/**
 * Attributes that load a resource into the reader's browser (or feed reader) when the post is
 * shown: they must point at the site itself or at an origin listed in `mediaOrigins`.
 */
export const RESOURCE_ATTRIBUTES = new Set(['src', 'srcSet', 'poster', 'longDesc']);

/** Attributes that are links the reader follows: https, mailto: or an address on the site. */
export const LINK_ATTRIBUTES = new Set(['href', 'cite']);

/** URL schemes a link may use. */
export const LINK_SCHEMES = new Set(['https:', 'mailto:']);

/** What to write instead of an element posts cannot use, for the ones people reach for. */
export const REFUSED_ELEMENT_FIXES: Record<string, string> = {
  script: 'posts cannot run code: describe the thing in text, or ask an engineer for a component',
  style: "the look comes from the site's stylesheet: use Markdown (**bold**, ## headings) or <Callout>",
  iframe: 'posts cannot embed another site: link to it instead, [title](https://…)',
  frame: 'posts cannot embed another site: link to it instead, [title](https://…)',
  object: 'posts cannot embed another site or a plug-in: link to it instead, [title](https://…)',
  embed: 'posts cannot embed another site or a plug-in: link to it instead, [title](https://…)',
  meta: "a post cannot redirect readers or change the page's settings: put the address in a link, [title](https://…)",
  link: 'stylesheets and fonts come from the site: for a link to a page, write [title](https://…)',
  base: 'a post cannot change where its links point: write each link in full',
  form: 'posts cannot hold forms: link to the page where readers can act, [title](https://…)',
  input: 'posts cannot hold forms: link to the page where readers can act, [title](https://…)',
  button: 'posts cannot hold forms or buttons: write a link, [title](https://…)',
  textarea: 'posts cannot hold forms: link to the page where readers can act, [title](https://…)',
  select: 'posts cannot hold forms: link to the page where readers can act, [title](https://…)',
  svg: 'save the picture as a .png file beside the post and show it with ![description](picture.png)',
};
