/**
 * The weight of a built page as a browser would fetch it: its HTML, the stylesheets it
 * links, and the JavaScript it loads (external scripts, module preloads, inline scripts),
 * each raw and gzipped (node:zlib, level 6, as static hosts commonly serve).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parse } from 'node-html-parser';
import { routes } from '../../src/lib/routes.ts';

/** A byte count, raw and gzipped. */
export interface Bytes {
  /** Bytes as stored. */
  raw: number;
  /** Bytes after gzip (each file compressed on its own). */
  gzip: number;
}

/** Weight of one page. */
export interface PageWeight {
  /** Site path, e.g. /plan/. */
  path: string;
  /** The HTML document. */
  html: Bytes;
  /** Linked stylesheets. */
  css: Bytes;
  /** Scripts (external, module preloads and inline). */
  js: Bytes;
  /** HTML + CSS gzipped, the figure the post-page budget is about. */
  htmlCssGzip: number;
  /** The stylesheet and script files counted. */
  assets: string[];
}

const ZERO: Bytes = { raw: 0, gzip: 0 };

/** Raw and gzip size of a buffer. */
function bytesOf(data: Buffer | string): Bytes {
  const buffer = typeof data === 'string' ? Buffer.from(data) : data;
  return { raw: buffer.length, gzip: gzipSync(buffer, { level: 6 }).length };
}

/** Sum of two byte counts. */
function add(a: Bytes, b: Bytes): Bytes {
  return { raw: a.raw + b.raw, gzip: a.gzip + b.gzip };
}

/** The built file of a site path in `dist` ("/plan/" → plan/index.html), if any. */
function fileOfPath(dist: string, path: string): string | undefined {
  const clean = path.replace(/^\/+/, '');
  const file = clean === '' || clean.endsWith('/') ? join(dist, clean, 'index.html') : join(dist, clean);
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/** Measures the page at `path` of a build served at the root. Undefined when there is no such page. */
export function pageWeight(dist: string, path: string): PageWeight | undefined {
  const file = fileOfPath(dist, path);
  if (!file) return undefined;
  const html = readFileSync(file);
  const doc = parse(html.toString('utf8'));
  const pageUrl = new URL(path, 'http://site.invalid');
  let css = ZERO;
  let js = ZERO;
  const assets: string[] = [];
  const asset = (href: string) => {
    const url = new URL(href, pageUrl);
    if (url.origin !== pageUrl.origin) return undefined;
    const target = fileOfPath(dist, decodeURIComponent(url.pathname));
    if (target) assets.push(url.pathname);
    return target ? readFileSync(target) : undefined;
  };
  for (const link of doc.querySelectorAll('link[href]')) {
    const rels = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
    const href = link.getAttribute('href')!;
    if (rels.includes('stylesheet')) {
      const data = asset(href);
      if (data) css = add(css, bytesOf(data));
    } else if (rels.includes('modulepreload') || (rels.includes('preload') && link.getAttribute('as') === 'script')) {
      const data = asset(href);
      if (data) js = add(js, bytesOf(data));
    }
  }
  for (const script of doc.querySelectorAll('script')) {
    const src = script.getAttribute('src');
    const type = script.getAttribute('type') ?? '';
    if (src) {
      const data = asset(src);
      if (data) js = add(js, bytesOf(data));
    } else if (type !== 'application/ld+json' && type !== 'application/json' && script.text.trim() !== '') {
      js = add(js, bytesOf(script.text));
    }
  }
  const weight = { path, html: bytesOf(html), css, js, assets };
  return { ...weight, htmlCssGzip: weight.html.gzip + css.gzip };
}

/** Site paths of the post pages of a build made from `contentDir`: /<kind>/<slug>/ for each post file that has a page. */
export function postPaths(dist: string, contentDir: string, kinds: readonly string[]): string[] {
  const paths: string[] = [];
  for (const kind of kinds) {
    const folder = join(contentDir, kind);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' })) {
      if (!/\.mdx?$/.test(name)) continue;
      const path = routes.post(kind, name.replace(/\.mdx?$/, '').toLowerCase());
      if (fileOfPath(dist, path)) paths.push(path);
    }
  }
  return paths.sort();
}
