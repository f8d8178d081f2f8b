/** Static quality gates over a build folder: valid HTML, third-party resources, inline code. Also run by `npm run gates` (scripts/gates.ts). */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { listFiles, listPages, pathOfFile, readPage } from './dist-files.ts';

/** Project root (html-validate reads its configuration from there). */
const root = resolve(import.meta.dirname, '..', '..');

/** One html-validate error. */
export interface HtmlError {
  /** Page file. */
  file: string;
  /** Line:column. */
  at: string;
  /** Rule id. */
  rule: string;
  /** Message. */
  message: string;
}

/** Validates HTML files with the project's .htmlvalidate.json; returns every error. */
export async function validateHtml(dist: string, files = listPages(dist)): Promise<HtmlError[]> {
  const validator = new HtmlValidate(new FileSystemConfigLoader());
  const errors: HtmlError[] = [];
  for (const file of files) {
    const report = await validator.validateString(readFileSync(join(dist, file), 'utf8'), join(root, 'page.html'));
    for (const result of report.results) {
      for (const m of result.messages) {
        if (m.severity === 2) errors.push({ file, at: `${m.line}:${m.column}`, rule: m.ruleId, message: m.message });
      }
    }
  }
  return errors;
}

/** A resource a page would load from another origin. */
export interface ForeignResource {
  /** File that references it. */
  file: string;
  /** The URL. */
  url: string;
}

const RESOURCE_SELECTORS = [
  ['script[src]', 'src'],
  ['img[src]', 'src'],
  ['source[src]', 'src'],
  ['iframe[src]', 'src'],
  ['video[src]', 'src'],
  ['audio[src]', 'src'],
  ['embed[src]', 'src'],
  ['object[data]', 'data'],
  ['track[src]', 'src'],
] as const;
const RESOURCE_RELS = ['stylesheet', 'icon', 'preload', 'modulepreload', 'manifest', 'prefetch', 'apple-touch-icon'];

/**
 * Every resource a built page, stylesheet or feed would make a reader's browser or feed
 * reader fetch from an origin other than `siteOrigin`. Links to other sites are fine.
 */
export function findForeignResources(dist: string, siteOrigin: string): ForeignResource[] {
  const found: ForeignResource[] = [];
  const foreign = (raw: string, file: string) => {
    for (const candidate of raw
      .split(',')
      .map((part) => part.trim().split(/\s+/)[0]!)
      .filter(Boolean)) {
      const url = new URL(candidate, `${siteOrigin}/`);
      if (/^https?:$/.test(url.protocol) && url.origin !== siteOrigin) found.push({ file, url: candidate });
    }
  };
  for (const file of listFiles(dist)) {
    const text = () => readFileSync(join(dist, file), 'utf8');
    if (file.endsWith('.html')) {
      const doc = readPage(dist, file);
      for (const [selector, attr] of RESOURCE_SELECTORS) {
        for (const el of doc.querySelectorAll(selector)) foreign(el.getAttribute(attr)!, file);
      }
      for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) foreign(el.getAttribute('srcset')!, file);
      for (const el of doc.querySelectorAll('link[href]')) {
        const rels = (el.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
        if (rels.some((r) => RESOURCE_RELS.includes(r))) foreign(el.getAttribute('href')!, file);
      }
      for (const el of doc.querySelectorAll('[style]')) {
        for (const m of el.getAttribute('style')!.matchAll(/url\(\s*['"]?([^'")]+)/g)) foreign(m[1]!, file);
      }
    } else if (file.endsWith('.css')) {
      for (const m of text().matchAll(/url\(\s*['"]?([^'")]+)/g)) foreign(m[1]!, file);
      for (const m of text().matchAll(/@import\s+['"]([^'"]+)/g)) foreign(m[1]!, file);
    } else if (/\.(xml|json)$/.test(file)) {
      // Feed content: images, scripts and frames embedded in items are loaded by feed readers.
      const decoded = text()
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/\\"/g, '"')
        .replace(/&amp;/g, '&');
      for (const m of decoded.matchAll(/<(?:img|script|iframe|source|video|audio|embed)\b[^>]*?\ssrc="([^"]+)"/gi)) foreign(m[1]!, file);
    }
  }
  return found;
}

/** Pages that carry inline <script> or <style> code, which the static CSP header would block. */
export function findInlineCode(dist: string): string[] {
  return listPages(dist).filter((file) => {
    const doc = readPage(dist, file);
    return (
      doc.querySelectorAll('script:not([src])').some((s) => s.getAttribute('type') !== 'application/ld+json' && s.text.trim() !== '') ||
      doc.querySelectorAll('style').length > 0 ||
      doc.querySelectorAll('[style]').length > 0
    );
  });
}

/** The site paths of every page, from the build (for reports). */
export function pagePaths(dist: string): string[] {
  return listPages(dist).map(pathOfFile);
}
