/** Reading the pages of a built site in build tests. */
import type { HTMLElement } from 'node-html-parser';
import { fileForPath, readPage } from '../../scripts/lib/dist-files';

/** A built page by site path, parsed; throws (failing the test) when the site has no such page. */
export function page(dist: string, path: string): HTMLElement {
  const file = fileForPath(dist, path);
  if (!file) throw new Error(`no page for ${path}`);
  return readPage(dist, file);
}

/** The text of an element with whitespace collapsed ("" for no element). */
export const clean = (el: HTMLElement | null | undefined): string => (el?.text ?? '').replace(/\s+/g, ' ').trim();
