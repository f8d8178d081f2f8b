/**
 * The language of a post body, as one rule over the post's Markdown tree (mdast with MDX
 * nodes): Markdown; the site's components with their documented props; allowlisted HTML
 * elements and attributes (post-language-allowlist.ts); links to https, mailto: and the site;
 * images, video and audio only from the site or from `mediaOrigins`. Anything else, such as
 * `import`/`export`, `{expressions}`, `<script>`, event handlers or a tracking image, is a
 * problem with its line, what is wrong and what to do instead.
 *
 * The MDX pipeline of every build runs it (post-language-plugin.ts) and so does `npm run
 * check`: pages, feeds and the dev preview all come from the same checked compile.
 */
import { find, html } from 'property-information';
import { closestName } from './closest-name.ts';
import {
  HTML_ELEMENTS,
  LINK_ATTRIBUTES,
  LINK_SCHEMES,
  POST_COMPONENTS,
  REFUSED_ELEMENT_FIXES,
  RESOURCE_ATTRIBUTES,
  type PropRule,
} from './post-language-allowlist.ts';

/** A node of a post's Markdown tree, as much of it as the rule reads. */
export interface PostNode {
  /** mdast node type ("paragraph", "mdxJsxFlowElement", …). */
  type: string;
  /** Where the node starts in the source. */
  position?: { start: { line: number } } | undefined;
  /** Child nodes. */
  children?: readonly PostNode[] | undefined;
  /** Text of code, expressions and ESM. */
  value?: unknown;
  /** Target of a link, image or definition. */
  url?: string | undefined;
  /** Label joining a reference to its definition. */
  identifier?: string | undefined;
  /** Name of a JSX element (null for a fragment). */
  name?: string | null | undefined;
  /** Attributes of a JSX element. */
  attributes?: readonly PostAttribute[] | undefined;
}

/** An attribute of a JSX element: `name="value"`, `name={expression}` or `{...spread}`. */
export interface PostAttribute {
  /** "mdxJsxAttribute", or "mdxJsxExpressionAttribute" for a spread. */
  type: string;
  /** Attribute name as written. */
  name?: string | undefined;
  /** Text value, null for a bare attribute, or an expression. */
  value?: string | null | { type: string; value?: unknown } | undefined;
}

/** What the rule needs to know about the site. */
export interface PostLanguageOptions {
  /** Origins (https://media.example) that images, video and audio may also come from. */
  mediaOrigins: readonly string[];
}

/** One thing in a post body that the site does not publish. */
export interface LanguageProblem {
  /** 1-based line in the file. */
  line: number;
  /** What is wrong. */
  what: string;
  /** What to do instead. */
  fix: string;
}

/** What to do instead of a media file on another host. */
const LOCAL_MEDIA_FIX =
  'put the file in the repository beside the post (content/<kind>/<post file name>/picture.png) and write its site address, e.g. /progress/week-3/picture.png, not an address on another host';

/** A pure comment, {/* … *\/}: MDX's way to leave a note in the source, which renders nothing. */
const COMMENT_ONLY = /^\s*\/\*(?:(?!\*\/)[\s\S])*\*\/\s*$/;

/** The node types the rule reads: the compiler hands the plugin only these (post-language-plugin.ts). */
export const RULE_NODE_TYPES = [
  'mdxjsEsm',
  'mdxFlowExpression',
  'mdxTextExpression',
  'html',
  'link',
  'definition',
  'image',
  'imageReference',
  'mdxJsxFlowElement',
  'mdxJsxTextElement',
] as const;

const RULE_TYPES: ReadonlySet<string> = new Set(RULE_NODE_TYPES);

/** Returns every problem in a post's Markdown tree, in document order. */
export function postLanguageProblems(root: PostNode, options: PostLanguageOptions): LanguageProblem[] {
  const nodes: PostNode[] = [];
  const collect = (node: PostNode) => {
    if (RULE_TYPES.has(node.type)) nodes.push(node);
    for (const child of node.children ?? []) collect(child);
  };
  collect(root);
  return problemsInNodes(nodes, options);
}

/** Returns every problem among the nodes of a post that the rule reads (RULE_NODE_TYPES), given in document order. */
export function problemsInNodes(nodes: readonly PostNode[], options: PostLanguageOptions): LanguageProblem[] {
  const problems: LanguageProblem[] = [];
  const definitions = new Map<string, PostNode>();
  for (const node of nodes) {
    if (node.type === 'definition' && node.identifier) definitions.set(normaliseLabel(node.identifier), node);
  }
  for (const node of nodes) {
    const add = (what: string, fix: string) => problems.push({ line: node.position?.start.line ?? 1, what, fix });
    switch (node.type) {
      case 'mdxjsEsm':
        add(
          `"${firstLine(node.value)}": import and export are code, which posts cannot contain`,
          'remove the line: the components posts can use (Callout, CommitmentLink) need no import, and text goes in the post itself',
        );
        break;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if (COMMENT_ONLY.test(String(node.value ?? ''))) break;
        add(`{${firstLine(node.value)}} is code, which posts cannot contain`, 'write the text itself; for a literal brace write \\{ or put it in `backticks`');
        break;
      case 'html':
        // Only a .md file has raw HTML: MDX reads HTML as elements, which the rule checks.
        add(
          `raw HTML ("${firstLine(node.value)}") is not allowed in a .md file`,
          'write Markdown, or rename the file to .mdx to use the HTML elements listed in PUBLISHING.md',
        );
        break;
      case 'link':
      case 'definition':
        checkLink(node.url ?? '', add);
        break;
      case 'image':
        checkResource(node.url ?? '', options, 'image', add);
        break;
      case 'imageReference': {
        const target = definitions.get(normaliseLabel(node.identifier ?? ''));
        if (target) checkResource(target.url ?? '', options, 'image', add);
        break;
      }
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        checkElement(node, options, add);
        break;
    }
  }
  return problems;
}

/** A reference label as Markdown matches it: case and inner spaces do not count. */
function normaliseLabel(label: string): string {
  return label.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The first line of some source, shortened for a message. */
function firstLine(value: unknown): string {
  const line = String(value ?? '')
    .trim()
    .split('\n')[0]!;
  return line.length > 60 ? `${line.slice(0, 57)}…` : line;
}

type Report = (what: string, fix: string) => void;

/** Checks one JSX element: a component with its props, or an allowlisted HTML element. */
function checkElement(node: PostNode, options: PostLanguageOptions, report: Report): void {
  const name = node.name;
  if (!name) {
    report('<> … </> (a fragment) is code, which posts cannot contain', 'remove <> and </> and keep what is between them');
    return;
  }
  for (const attribute of node.attributes ?? []) {
    if (attribute.type !== 'mdxJsxAttribute') {
      report(`<${name} {${firstLine(attribute.value)}}> passes code as attributes`, 'write each attribute as name="value"');
    } else if (attribute.value !== null && typeof attribute.value === 'object') {
      report(`<${name} ${attribute.name}={…}> takes its value from code`, `write the value as text in double quotes: ${attribute.name}="…"`);
    }
  }
  if (/^[A-Z]/.test(name) || name.includes('.')) checkComponent(node, name, report);
  else checkHtmlElement(node, name, options, report);
}

/** The literal attributes of an element (those given as code are reported on their own). */
function literalAttributes(node: PostNode): { name: string; value: string | null }[] {
  return (node.attributes ?? []).flatMap((attribute) =>
    attribute.type === 'mdxJsxAttribute' && attribute.name && (attribute.value == null || typeof attribute.value === 'string')
      ? [{ name: attribute.name, value: attribute.value ?? null }]
      : [],
  );
}

/** Checks a component: one of POST_COMPONENTS, with its props only. */
function checkComponent(node: PostNode, name: string, report: Report): void {
  const rule = POST_COMPONENTS[name];
  const known = Object.keys(POST_COMPONENTS);
  if (!rule) {
    const suggestion = closestName(name, known);
    report(
      `<${name}> is not a component posts can use`,
      `${suggestion ? `did you mean <${suggestion}>? ` : ''}The components are: ${known.join(', ')} (or write &lt; for a plain "<")`,
    );
    return;
  }
  const props = Object.keys(rule.props);
  const given = literalAttributes(node);
  for (const { name: prop, value } of given) {
    const propRule: PropRule | undefined = rule.props[prop];
    if (!propRule) {
      report(`<${name}> has no "${prop}" attribute`, props.length ? `use ${props.map((p) => `"${p}"`).join(' or ')}, or remove it` : 'remove it');
    } else if ('oneOf' in propRule && (value === null || !propRule.oneOf.includes(value))) {
      report(`<${name} ${prop}="${value ?? ''}"> is not one of the allowed values`, `use one of: ${propRule.oneOf.join(', ')}`);
    }
  }
  for (const prop of rule.required ?? []) {
    if (!(node.attributes ?? []).some((attribute) => attribute.name === prop)) {
      report(`<${name}> needs a "${prop}" attribute`, `add ${prop}="…"`);
    }
  }
}

/** Checks a plain HTML element and its attributes against the allowlist. */
function checkHtmlElement(node: PostNode, name: string, options: PostLanguageOptions, report: Report): void {
  const allowed = HTML_ELEMENTS.get(name);
  if (!allowed) {
    const refused = REFUSED_ELEMENT_FIXES[name];
    report(`<${name}> is not allowed in a post`, refused ?? 'use Markdown, or one of the HTML elements listed in PUBLISHING.md');
    return;
  }
  for (const { name: attribute, value } of literalAttributes(node)) {
    const property = find(html, attribute).property;
    if (/^on[a-z]/i.test(attribute)) {
      report(`<${name} ${attribute}="…"> runs code when the reader acts, which posts cannot do`, `remove ${attribute}`);
      continue;
    }
    const entry = allowed.find((candidate) => (typeof candidate === 'string' ? candidate : candidate[0]) === property);
    if (!entry) {
      report(
        `<${name}> cannot have the attribute "${attribute}"`,
        attribute === 'style' || attribute === 'class' || attribute === 'className'
          ? "remove it: the look comes from the site's stylesheet (use Markdown or <Callout>)"
          : 'remove it (see PUBLISHING.md for the attributes posts may use)',
      );
      continue;
    }
    if (typeof entry !== 'string' && !valueAllowed(entry.slice(1), property, value)) {
      report(`<${name} ${attribute}="${value ?? ''}"> is not an allowed value`, 'remove the attribute');
      continue;
    }
    if (value === null) continue;
    const what = name === 'img' ? 'image' : name;
    if (LINK_ATTRIBUTES.has(property)) checkLink(value, report);
    else if (property === 'srcSet') {
      for (const candidate of value.split(',')) {
        const url = candidate.trim().split(/\s+/)[0];
        if (url) checkResource(url, options, what, report);
      }
    } else if (RESOURCE_ATTRIBUTES.has(property)) checkResource(value, options, what, report);
  }
}

/** Whether an attribute value is one of the values a schema entry lists (classes one by one). */
function valueAllowed(values: readonly unknown[], property: string, value: string | null): boolean {
  const matches = (token: string) => values.some((allowed) => (allowed instanceof RegExp ? allowed.test(token) : String(allowed) === token));
  if (property === 'className') return (value ?? '').split(/\s+/).filter(Boolean).every(matches);
  return matches(value ?? 'true');
}

/** The scheme of a URL ("https:"), or undefined for a path. */
function schemeOf(url: string): string | undefined {
  return /^([a-z][a-z0-9+.-]*):/i.exec(url.trim())?.[1]?.toLowerCase().concat(':');
}

/** Checks a link target: https, mailto:, or an address on the site (/plan/, ../week-1/, #heading). */
export function checkLink(url: string, report: Report): void {
  const value = url.trim();
  if (value.startsWith('//')) {
    report(`the link "${value}" has no scheme`, `write it in full: https:${value}`);
    return;
  }
  const scheme = schemeOf(value);
  if (scheme === undefined) return;
  if (LINK_SCHEMES.has(scheme)) return;
  if (scheme === 'http:') {
    report(`the link "${value}" is not encrypted (http:)`, `use the https:// address: ${value.replace(/^http:/i, 'https:')}`);
    return;
  }
  report(
    `the link "${firstLine(value)}" uses "${scheme}", which posts cannot use`,
    'link to a web page (https://…), an e-mail address (mailto:…) or a page of the site (/…)',
  );
}

/** Checks the address of an image, video, audio or track: the site, or a listed media origin. */
export function checkResource(url: string, options: PostLanguageOptions, element: string, report: Report): void {
  const value = url.trim();
  const scheme = schemeOf(value);
  // An address on the site: from its root (/progress/week-3/chart.png) or from the post (chart.png).
  if (scheme === undefined && !value.startsWith('//')) return;
  if (scheme === 'https:' || scheme === 'http:' || value.startsWith('//')) {
    let origin = '';
    try {
      origin = new URL(value, 'https://site.invalid').origin;
    } catch {
      // An unparsable address has no origin and is refused below.
    }
    if (options.mediaOrigins.includes(origin)) return;
    report(`the ${element} "${firstLine(value)}" is loaded from another site (${origin || value})`, LOCAL_MEDIA_FIX);
    return;
  }
  report(`the ${element} "${firstLine(value)}" uses "${scheme}", which posts cannot use`, LOCAL_MEDIA_FIX);
}
