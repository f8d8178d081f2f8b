/**
 * What one revision of a content file changed: structured fields stated in words
 * ("severity: high → medium") and a word-level diff of the text (the `diff` library's
 * diffWords), trimmed to the changed passages with a little context. Works for posts
 * (frontmatter + body) and YAML data files (a list of entries with ids).
 */
import { diffWords } from 'diff';
import { coreYaml } from './yaml-text.ts';

/** One structured field that changed. */
export interface FieldChange {
  /** Dotted path, list entries named by their id ("updates.e2ee.due", "eu-central.dataCenters"). */
  path: string;
  /** Value before, as text; undefined when the field was added. */
  before?: string;
  /** Value after, as text; undefined when the field was removed. */
  after?: string;
}

/** A run of words in a diff. */
export interface DiffPart {
  /** "same", "added" or "removed"; "gap" stands for unchanged text left out. */
  kind: 'same' | 'added' | 'removed' | 'gap';
  /** The text (empty for a gap). */
  text: string;
}

/** What a revision changed. */
export interface FileChange {
  /** Structured fields, in file order. */
  fields: FieldChange[];
  /** The text diff, trimmed to the changed passages (empty when the text did not change). */
  text: DiffPart[];
  /** Words inserted in the text. */
  wordsAdded: number;
  /** Words deleted from the text. */
  wordsRemoved: number;
}

const FRONTMATTER = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/;

/** Splits a post into its frontmatter data and its body; a file without frontmatter is all body. */
export function splitPost(text: string): { data: unknown; body: string } {
  const match = FRONTMATTER.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: coreYaml(match[1]!) ?? {}, body: text.slice(match[0].length) };
}

/** Parses a YAML data file (core schema: dates stay as written). */
export function parseData(text: string): unknown {
  return coreYaml(text) ?? [];
}

/** The key naming a list entry: its id, commitment or region, else its position. */
function entryKey(item: unknown, index: number): string {
  if (item && typeof item === 'object') {
    for (const key of ['id', 'commitment', 'region', 'question']) {
      const value = (item as Record<string, unknown>)[key];
      if (typeof value === 'string' && value.length <= 60) return value;
    }
  }
  return String(index + 1);
}

/** Flattens a value into dotted paths → text; lists of scalars become one "a, b, c" value. */
export function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (Array.isArray(value)) {
    if (value.every((v) => v === null || typeof v !== 'object')) {
      into.set(prefix, value.map(String).join(', '));
    } else {
      value.forEach((item, i) => flatten(item, prefix ? `${prefix}.${entryKey(item, i)}` : entryKey(item, i), into));
    }
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix ? `${prefix}.${key}` : key, into);
  } else if (prefix) {
    into.set(prefix, value === null || value === undefined ? '' : String(value));
  }
  return into;
}

/** The fields that differ between two structured values, in the order they appear (after, then removed ones). */
export function fieldChanges(before: unknown, after: unknown): FieldChange[] {
  const a = flatten(before);
  const b = flatten(after);
  const changes: FieldChange[] = [];
  for (const [path, value] of b) {
    if (!a.has(path)) changes.push({ path, after: value });
    else if (a.get(path) !== value) changes.push({ path, before: a.get(path), after: value });
  }
  for (const [path, value] of a) if (!b.has(path)) changes.push({ path, before: value });
  return changes;
}

/** Counts words in a text (runs of letters or digits; punctuation alone is not a word). */
function words(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length;
}

/**
 * A word diff of two texts, with unchanged runs longer than twice `context` words cut to
 * `context` words on each side of a change and a gap between.
 */
export function textDiff(before: string, after: string, context = 12): DiffPart[] {
  if (before === after) return [];
  const parts = diffWords(before, after);
  const out: DiffPart[] = [];
  parts.forEach((part, i) => {
    if (part.added) return out.push({ kind: 'added', text: part.value });
    if (part.removed) return out.push({ kind: 'removed', text: part.value });
    const tokens = part.value.split(/(\s+)/);
    const wordCount = tokens.filter((t) => t.trim()).length;
    const first = i === 0;
    const last = i === parts.length - 1;
    const keepHead = first ? 0 : context;
    const keepTail = last ? 0 : context;
    if (wordCount <= keepHead + keepTail) return out.push({ kind: 'same', text: part.value });
    const take = (n: number, fromEnd: boolean) => {
      const result: string[] = [];
      let seen = 0;
      const list = fromEnd ? [...tokens].reverse() : tokens;
      for (const t of list) {
        if (t.trim()) {
          if (seen === n) break;
          seen += 1;
        }
        result.push(t);
      }
      return (fromEnd ? result.reverse() : result).join('');
    };
    if (keepHead) out.push({ kind: 'same', text: take(keepHead, false) });
    out.push({ kind: 'gap', text: '' });
    if (keepTail) out.push({ kind: 'same', text: take(keepTail, true) });
  });
  return out;
}

/** What changed between two versions of a post (frontmatter fields and body text). */
export function postChange(before: string, after: string, context?: number): FileChange {
  const a = splitPost(before);
  const b = splitPost(after);
  const text = textDiff(a.body, b.body, context);
  return {
    fields: fieldChanges(a.data, b.data),
    text,
    wordsAdded: text.filter((p) => p.kind === 'added').reduce((n, p) => n + words(p.text), 0),
    wordsRemoved: text.filter((p) => p.kind === 'removed').reduce((n, p) => n + words(p.text), 0),
  };
}

/** What changed between two versions of a YAML data file (fields only). */
export function dataChange(before: string, after: string): FileChange {
  return { fields: fieldChanges(parseData(before), parseData(after)), text: [], wordsAdded: 0, wordsRemoved: 0 };
}

/** How describeField writes each part of its sentence: as it is for plain text; changeHtml escapes them and marks their languages. */
export interface FieldSentenceParts {
  /** The field's name ("severity"). */
  path: (path: string) => string;
  /** One of the words ("added", "(empty)"). */
  word: (word: string) => string;
  /** A value of the field, in the content's language. */
  value: (value: string) => string;
}

/** Every part as it is. */
const PLAIN_PARTS: FieldSentenceParts = { path: (p) => p, word: (w) => w, value: (v) => v };

/** A field change in words: "severity: high → medium", "due: added 2026-12-18", "note: removed". */
export function describeField(change: FieldChange, words: { added: string; removed: string; empty: string }, parts: FieldSentenceParts = PLAIN_PARTS): string {
  const show = (v: string) => (v === '' ? parts.word(words.empty) : parts.value(v));
  const path = parts.path(change.path);
  if (change.before === undefined) return `${path}: ${parts.word(words.added)} ${show(change.after ?? '')}`;
  if (change.after === undefined) return `${path}: ${parts.word(words.removed)} (${show(change.before)})`;
  return `${path}: ${show(change.before)} → ${show(change.after)}`;
}
