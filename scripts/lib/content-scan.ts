/**
 * Checks of the content folder that Astro does not make: placeholders left by `npm run new`,
 * files in a place where they will never be published, and MDX components that do not exist.
 * Plain TypeScript with no Astro imports; scripts/check.ts feeds it the files.
 */
import { POST_KINDS } from '../../src/lib/vocabulary.ts';
import { attachmentTypeProblem, isAttachmentType } from '../../src/lib/attachments.ts';
import { splitFrontmatter, stringValues } from './frontmatter.ts';
import { closestName } from '../../src/lib/closest-name.ts';
import type { Problem } from './problems.ts';
import { TODO } from './scaffold.ts';

/** The extensions a post may have. */
const POST_EXTENSIONS = ['.mdx', '.md'];
/** Extensions that look like a post or a data file but would be ignored where they are. */
const LOOKS_LIKE_CONTENT = /\.(mdx?|markdown|txt|ya?ml|json)$/i;

/** A placeholder value: "TODO" or "TODO: …". */
const PLACEHOLDER = new RegExp(`^${TODO}\\b`);

/** Shortens a value for a message. */
function shorten(value: string, max = 40): string {
  return value.length > max ? `${value.slice(0, max - 1)}…` : value;
}

/**
 * Every TODO placeholder left in a file: string values of the frontmatter (or of a whole
 * YAML data file) that start with TODO, and body lines that contain "TODO:". `helpFor`
 * gives the help sentence of a field by its dotted path (from the schema's metadata).
 */
export function todoProblems(file: string, text: string, kind: 'post' | 'data', helpFor: (path: string) => string = () => ''): Problem[] {
  const problems: Problem[] = [];
  const yamlText = kind === 'post' ? splitFrontmatter(text).frontmatter : text;
  const offset = kind === 'post' ? 1 : 0;
  try {
    for (const value of stringValues(yamlText)) {
      if (!PLACEHOLDER.test(value.value)) continue;
      const help = helpFor(value.path);
      problems.push({
        file,
        line: value.line + offset,
        field: value.path,
        what: `still has the placeholder "${shorten(value.value)}"`,
        fix: `replace it with the real value${help ? `: ${help}` : ''}`,
      });
    }
  } catch {
    // A YAML syntax error is reported by the content sync, with its line.
  }
  if (kind === 'post') {
    const { body } = splitFrontmatter(text);
    body.split('\n').forEach((content, i) => {
      if (content.includes(`${TODO}:`)) {
        problems.push({
          file,
          line: i + 1,
          field: '(text)',
          what: `still has the placeholder "${shorten(content.trim())}"`,
          fix: 'write the text, then delete the placeholder',
        });
      }
    });
  }
  return problems;
}

/**
 * Files in the content folder that will never be published where they are: posts outside
 * a kind's folder, and files of another type inside one. `files` are relative to the
 * content folder, with "/" separators.
 */
export function strayFileProblems(contentDir: string, files: string[]): Problem[] {
  const problems: Problem[] = [];
  const kinds = POST_KINDS as readonly string[];
  for (const file of files) {
    const parts = file.split('/');
    const name = parts.at(-1)!;
    if (name.startsWith('.') || name.toLowerCase() === 'readme.md') continue;
    const path = `${contentDir.replace(/\/+$/, '')}/${file}`;
    const extension = name.includes('.') ? name.slice(name.lastIndexOf('.')).toLowerCase() : '';
    if (parts.length === 1) {
      if (POST_EXTENSIONS.includes(extension)) {
        problems.push({
          file: path,
          line: 1,
          field: '(file)',
          what: 'is not in a kind folder, so it will never be published',
          fix: `move it into one of: ${kinds.map((k) => `${contentDir}/${k}/`).join(', ')}`,
        });
      }
      continue;
    }
    const folder = parts[0]!;
    if (!kinds.includes(folder)) {
      if (LOOKS_LIKE_CONTENT.test(name)) {
        const suggestion = closestName(folder, kinds);
        problems.push({
          file: path,
          line: 1,
          field: '(folder)',
          what: `"${folder}/" is not a kind of post, so this file will never be published`,
          fix: suggestion
            ? `did you mean ${contentDir}/${suggestion}/? Move the file there`
            : `move it into one of: ${kinds.map((k) => `${contentDir}/${k}/`).join(', ')}`,
        });
      }
      continue;
    }
    // Files in a folder named like a post (audits/x/report.pdf beside audits/x.mdx) are its attachments.
    if (parts.length > 2 && !POST_EXTENSIONS.includes(extension) && !name.endsWith('~')) {
      const post = POST_EXTENSIONS.map((ext) => `${parts[0]}/${parts[1]}${ext}`).find((f) => files.includes(f));
      if (!post) {
        problems.push({
          file: path,
          line: 1,
          field: '(folder)',
          what: `"${parts.slice(0, 2).join('/')}/" is not named like a post, so this file will never be published`,
          fix: `a post's files go in the folder named like the post file: ${contentDir}/${parts[0]}/<post file name without .mdx>/`,
        });
      } else if (parts.length > 3 || !isAttachmentType(name)) {
        problems.push({
          file: path,
          line: 1,
          field: '(filename)',
          what: attachmentTypeProblem(name),
          fix: `keep only such files in ${contentDir}/${parts.slice(0, 2).join('/')}/`,
        });
      }
      continue;
    }
    if (!POST_EXTENSIONS.includes(extension) && !name.endsWith('~')) {
      problems.push({
        file: path,
        line: 1,
        field: '(filename)',
        what: `only .mdx files are published, and this file ends in "${extension || '(nothing)'}"`,
        fix: `rename it to ${name.replace(/\.[^.]*$/, '')}.mdx (or move it out of ${contentDir}/)`,
      });
    }
  }
  return problems;
}

/** The component names of `export const mdxComponents = { A, B }` in src/components/mdx/index.ts. */
export function parseComponentNames(indexSource: string): string[] | undefined {
  const match = /export const mdxComponents\s*(?::[^=]+)?=\s*\{([^}]*)\}/.exec(indexSource);
  if (!match) return undefined;
  return match[1]!
    .split(',')
    .map((part) => part.split(':')[0]!.trim())
    .filter((name) => /^[A-Z]\w*$/.test(name));
}

/** A match of a pattern in a post body, with its line (1-based). */
interface LineMatch {
  /** The match and its groups. */
  match: RegExpMatchArray;
  /** Line number in the body. */
  line: number;
}

/** Every match of the global `pattern` in a body, line by line; with `outsideCode`, none in fenced code blocks or `inline code`. */
function matchesByLine(body: string, pattern: RegExp, outsideCode: boolean): LineMatch[] {
  const found: LineMatch[] = [];
  let inFence = false;
  body.split('\n').forEach((content, i) => {
    if (outsideCode && /^\s*(```|~~~)/.test(content)) {
      inFence = !inFence;
      return;
    }
    if (inFence) return;
    const text = outsideCode ? content.replace(/`[^`]*`/g, '') : content;
    for (const match of text.matchAll(pattern)) found.push({ match, line: i + 1 });
  });
  return found;
}

/** One problem per match whose name (the first group) is not in `known`, worded by `say` (given the closest known name). */
function unknownNameProblems(
  file: string,
  matches: LineMatch[],
  known: string[],
  say: (name: string, suggestion: string | undefined) => Pick<Problem, 'what' | 'fix'>,
): Problem[] {
  return matches
    .filter(({ match }) => !known.includes(match[1]!))
    .map(({ match, line }) => ({ file, line, field: '(text)', ...say(match[1]!, closestName(match[1]!, known)) }));
}

/** Uses of components (<Name …>) in a body that no post may use, outside code. */
export function unknownComponentProblems(file: string, body: string, allowed: string[]): Problem[] {
  return unknownNameProblems(file, matchesByLine(body, /<([A-Z][\w.]*)/g, true), allowed, (name, suggestion) => ({
    what: `<${name}> is not a component posts can use`,
    fix: suggestion
      ? `did you mean <${suggestion}>? The components are: ${allowed.join(', ')}`
      : `use one of: ${allowed.join(', ')} (or write &lt; for a plain "<")`,
  }));
}

/** <CommitmentLink id="…"> uses whose id is not in commitments.yaml (the build would fail on them). */
export function commitmentLinkProblems(file: string, body: string, commitmentIds: string[], commitmentsFile: string): Problem[] {
  return unknownNameProblems(file, matchesByLine(body, /<CommitmentLink\b[^>]*\bid=["']([^"']*)["']/g, false), commitmentIds, (id, suggestion) => ({
    what: `<CommitmentLink id="${id}"> names an unknown commitment`,
    fix: `${suggestion ? `did you mean "${suggestion}"? ` : ''}Valid values: ${commitmentIds.join(', ')} (from ${commitmentsFile})`,
  }));
}
