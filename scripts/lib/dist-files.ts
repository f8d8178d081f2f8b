/** Reading a built site: list its pages and parse them with a real HTML parser. */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/** Every file under `dir`, as paths relative to it with "/" separators. */
export function listFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .map((f) => f.split(sep).join('/'))
    .sort();
}

/** Every HTML page of a build (relative paths), without the 404 page and the email messages. */
export function listPages(dist: string): string[] {
  // email/ holds email-ready messages (inline styles on purpose), not pages of the site.
  return listFiles(dist).filter((f) => f.endsWith('.html') && !f.startsWith('.') && !f.startsWith('email/'));
}

/** Parses one built HTML file. */
export function readPage(dist: string, file: string): HTMLElement {
  return parse(readFileSync(join(dist, file), 'utf8'));
}

/** The built file for a site path ("/plan/" → plan/index.html), or undefined. */
export function fileForPath(dist: string, path: string): string | undefined {
  const clean = decodeURIComponent(path.split('#')[0]!.split('?')[0]!).replace(/^\/+/, '');
  const candidates = clean === '' || clean.endsWith('/') ? [`${clean}index.html`] : [clean, `${clean}/index.html`];
  return candidates.find((c) => existsSync(join(dist, c)) && statSync(join(dist, c)).isFile());
}

/** Site path of a built page ("plan/index.html" → "/plan/"). */
export function pathOfFile(file: string): string {
  return `/${file.replace(/index\.html$/, '')}`;
}

/** A link in the build that does not resolve. */
export interface BrokenLink {
  /** Page the link is on. */
  page: string;
  /** The href as written. */
  href: string;
  /** Why it is broken. */
  reason: string;
}

/**
 * Checks every internal link (href/src on a, link, img, script, source, form action) and
 * every #fragment in a build served under `base`. External origins are ignored.
 */
export function findBrokenLinks(dist: string, base = '/', origin = 'http://localhost:4321'): BrokenLink[] {
  const broken: BrokenLink[] = [];
  const idsCache = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let ids = idsCache.get(file);
    if (!ids) {
      ids = new Set(
        readPage(dist, file)
          .querySelectorAll('[id]')
          .map((el) => el.getAttribute('id')!),
      );
      idsCache.set(file, ids);
    }
    return ids;
  };
  for (const page of listPages(dist)) {
    const doc = readPage(dist, page);
    const pageUrl = new URL(`${base.replace(/\/$/, '')}${pathOfFile(page)}`, origin);
    const refs = doc
      .querySelectorAll('a[href], link[href], img[src], script[src], source[src], form[action]')
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? el.getAttribute('action')!)
      .filter((href) => !/^(mailto|tel|data|javascript):/i.test(href));
    for (const href of refs) {
      const url = new URL(href, pageUrl);
      if (url.origin !== origin) continue;
      if (!url.pathname.startsWith(base)) {
        broken.push({ page, href, reason: `outside the base path ${base}` });
        continue;
      }
      const target = fileForPath(dist, url.pathname.slice(base.length - 1));
      if (!target) {
        broken.push({ page, href, reason: 'no such file' });
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && target.endsWith('.html') && !idsOf(target).has(fragment)) {
        broken.push({ page, href, reason: `no element with id "${fragment}"` });
      }
    }
  }
  return broken;
}
