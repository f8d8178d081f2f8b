/** Links from a post to its source file on the repository host: "View source" and "Suggest a correction". */

/**
 * The path of a post's file inside the repository, from Astro's `entry.filePath` (relative to
 * the project root, which is the repository root). When the content lives outside the
 * project (CONTENT_DIR elsewhere), the path is shown where it would be in the repository:
 * content/<kind>/<file>.
 */
export function repositoryPath(filePath: string, kind: string): string {
  const path = filePath.replaceAll('\\', '/').replace(/^(\.\/)+/, '');
  if (!path.startsWith('/') && !path.startsWith('../') && !/^[A-Za-z]:\//.test(path)) return path;
  const marker = `/${kind}/`;
  const at = path.lastIndexOf(marker);
  const inKind = at >= 0 ? path.slice(at + marker.length) : path.split('/').at(-1)!;
  return `content/${kind}/${inKind}`;
}

/** Encodes each segment of a path for a URL, keeping the slashes. */
function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

/** The addresses of the source links of one post. */
export interface SourceLinks {
  /** The file as committed: <repository>/blob/<branch>/<path>. */
  view: string;
  /** The host's editor for the file (a fork and pull request for outsiders): <repository>/edit/<branch>/<path>. */
  edit: string;
  /** A new issue with a prefilled title and body, for readers who want to report an error. */
  issue: string;
}

/** Builds the source links of a post (GitHub-style URLs). */
export function sourceLinks(options: {
  /** Web address of the repository, e.g. https://github.com/brightwell/trust-center. */
  repositoryUrl: string;
  /** Branch the site is published from. */
  branch: string;
  /** Path of the file in the repository (see repositoryPath). */
  path: string;
  /** Title of the new issue. */
  issueTitle: string;
  /** Body of the new issue. */
  issueBody: string;
}): SourceLinks {
  const repo = options.repositoryUrl.replace(/\/+$/, '');
  const branch = encodeURIComponent(options.branch);
  const file = encodePath(options.path);
  const query = new URLSearchParams({ title: options.issueTitle, body: options.issueBody });
  return {
    view: `${repo}/blob/${branch}/${file}`,
    edit: `${repo}/edit/${branch}/${file}`,
    issue: `${repo}/issues/new?${query.toString()}`,
  };
}
