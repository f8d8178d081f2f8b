/**
 * Reading a content file the way Astro does (YAML frontmatter between "---" lines, then the
 * MDX body) and finding the line of a field, so that every problem can name file:line.
 * Plain TypeScript with no Astro imports; used by scripts/check.ts and its tests.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node } from 'yaml';

/** A content file split into frontmatter and body. */
export interface SplitFile {
  /** True when the file starts with a "---" frontmatter block that is closed. */
  hasFrontmatter: boolean;
  /** The YAML between the "---" lines ("" when there is none). */
  frontmatter: string;
  /** File line (1-based) of the first line of `frontmatter`: 2 when there is frontmatter. */
  frontmatterLine: number;
  /** File line (1-based) of the closing "---", or 1 when there is no frontmatter. */
  closingLine: number;
  /** The body with the frontmatter replaced by empty lines, so its line numbers are file line numbers. */
  body: string;
}

const FRONTMATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n?---[ \t]*(?:\r?\n|$)/;

/** Splits a post file into its frontmatter and its body (body lines keep their file line numbers). */
export function splitFrontmatter(text: string): SplitFile {
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { hasFrontmatter: false, frontmatter: '', frontmatterLine: 1, closingLine: 1, body: text };
  }
  const frontmatter = match[1]!;
  const blockLines = match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0);
  const body = '\n'.repeat(blockLines) + text.slice(match[0].length);
  return { hasFrontmatter: true, frontmatter, frontmatterLine: 2, closingLine: blockLines, body };
}

/** A path into YAML data, as Zod reports it: ["updates", 1, "commitment"]. */
export type FieldPath = (string | number)[];

/** Turns "updates.1.commitment" into ["updates", 1, "commitment"]. */
export function parseFieldPath(path: string): FieldPath {
  if (path === '') return [];
  return path.split('.').map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Where a field was found in a YAML text. */
export interface FieldLocation {
  /** 1-based line within the YAML text. */
  line: number;
  /** How much of the path exists: all of it, or only a parent (the field is missing). */
  found: 'field' | 'parent' | 'none';
}

/**
 * The line of a field in a YAML text: the line of its key (or list item) when it exists,
 * else the line of its nearest existing parent, else line 1.
 */
export function locateField(yamlText: string, path: FieldPath): FieldLocation {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false });
  const lineAt = (offset: number | undefined) => (offset === undefined ? 1 : counter.linePos(offset).line);
  let node: unknown = doc.contents;
  let line: number | undefined;
  for (const [i, segment] of path.entries()) {
    let next: { line: number; node: unknown } | undefined;
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(segment));
      if (pair) next = { line: lineAt((pair.key as Node).range?.[0]), node: pair.value };
    } else if (isSeq(node) && typeof segment === 'number') {
      const item = node.items[segment] as Node | undefined;
      if (item) next = { line: lineAt(item.range?.[0]), node: item };
    }
    if (!next) return { line: line ?? 1, found: i === 0 ? 'none' : 'parent' };
    line = next.line;
    node = next.node;
  }
  return { line: line ?? 1, found: path.length === 0 ? 'none' : 'field' };
}

/** The index of the item whose `id` is `id` in a YAML list file (commitments.yaml …), or -1. */
export function indexOfId(yamlText: string, id: string): number {
  const doc = parseDocument(yamlText, { uniqueKeys: false });
  const list = doc.contents;
  if (!isSeq(list)) return -1;
  return list.items.findIndex((item) => isMap(item) && String(item.get('id')) === id);
}

/** A string value in YAML and where it is. */
export interface YamlString {
  /** Dotted path of the value, e.g. "updates.0.note". */
  path: string;
  /** The string. */
  value: string;
  /** 1-based line within the YAML text. */
  line: number;
}

/** Every string value of a YAML text with its path and line (for finding TODO placeholders). */
export function stringValues(yamlText: string): YamlString[] {
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, uniqueKeys: false });
  const found: YamlString[] = [];
  const walk = (node: unknown, path: FieldPath) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        if (isScalar(pair.key)) walk(pair.value, [...path, String(pair.key.value)]);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, i) => walk(item, [...path, i]));
    } else if (isScalar(node) && typeof node.value === 'string') {
      const offset = node.range?.[0] ?? 0;
      found.push({ path: path.join('.'), value: node.value, line: counter.linePos(offset).line });
    }
  };
  walk(doc.contents, []);
  return found;
}
