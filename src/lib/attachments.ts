/**
 * Attachments: files a post carries (an audit's report, a picture, a recording). They live
 * beside the post, in a folder named like its file (content/audits/2026-11-appsec-audit.mdx
 * keeps its files in content/audits/2026-11-appsec-audit/), and are served under the post's
 * address (/audits/2026-11-appsec-audit/report.pdf) only when the post itself is: a draft's
 * or a scheduled post's files reach no output.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** File types an attachment may have, with the media type it is served as. */
export const ATTACHMENT_TYPES: Readonly<Record<string, string>> = {
  '.pdf': 'application/pdf',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.mp3': 'audio/mpeg',
  '.ogg': 'audio/ogg',
  '.vtt': 'text/vtt',
  '.csv': 'text/csv',
  '.txt': 'text/plain',
};

/** One file beside a post. */
export interface Attachment {
  /** File name, e.g. "report.pdf". */
  name: string;
  /** Path of the file on disk (as given: relative or absolute). */
  file: string;
}

/** The folder that holds a post's attachments: its file path without the extension. */
export function attachmentFolder(postFile: string): string {
  return postFile.replace(/\.mdx?$/, '');
}

/** The extension of a file name, lower case with its dot ("" when it has none). */
export function extensionOf(name: string): string {
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

/** True when a file name is of a type attachments may have. */
export function isAttachmentType(name: string): boolean {
  return Object.hasOwn(ATTACHMENT_TYPES, extensionOf(name));
}

/**
 * The attachments of a post (none when it has no folder), sorted by name. Throws, naming the
 * file, on a file of another type or a sub-folder: it would otherwise be silently left out.
 */
export function listAttachments(postFile: string): Attachment[] {
  const folder = attachmentFolder(postFile);
  if (!existsSync(folder) || !statSync(folder).isDirectory()) return [];
  return readdirSync(folder)
    .filter((name) => !name.startsWith('.'))
    .sort()
    .map((name) => {
      const file = join(folder, name);
      if (statSync(file).isDirectory() || !isAttachmentType(name)) {
        throw new Error(`${file}: ${attachmentTypeProblem(name)}`);
      }
      return { name, file };
    });
}

/** Why a file cannot be an attachment, and what to do (shared by the build and the check). */
export function attachmentTypeProblem(name: string): string {
  return `"${name}" cannot be published beside a post: attachments are files of these types: ${Object.keys(ATTACHMENT_TYPES).join(', ')} (no sub-folders). Convert it, or move it out of the content folder.`;
}

/** A site path split into the post and file it names, or undefined when it names no attachment. */
export function parseAttachmentPath(path: string): { kind: string; slug: string; name: string } | undefined {
  const match = /^\/([^/]+)\/([^/]+)\/([^/]+\.[^/.]+)$/.exec(path);
  return match ? { kind: match[1]!, slug: match[2]!, name: decodeURIComponent(match[3]!) } : undefined;
}
