/** Reading a Pagefind bundle from a build: its page fragments and the text of all its files. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';

/** One indexed page, as Pagefind stored it. */
export interface PagefindFragment {
  /** Result URL without the base path ("/progress/week-1/"). */
  url: string;
  /** The indexed text. */
  content: string;
  /** Filter name → values. */
  filters: Record<string, string[]>;
  /** Metadata name → value. */
  meta: Record<string, string>;
}

/** The bytes of a Pagefind data file, decompressed ("pagefind_dcd" signature and all). */
export function readPagefindFile(file: string): Buffer {
  return gunzipSync(readFileSync(file));
}

/** Every page fragment of the bundle in `dist/pagefind/`. */
export function readFragments(dist: string): PagefindFragment[] {
  const dir = join(dist, 'pagefind', 'fragment');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.pf_fragment'))
    .map((f) => {
      const text = readPagefindFile(join(dir, f)).toString('utf8');
      return JSON.parse(text.slice(text.indexOf('{'))) as PagefindFragment;
    });
}

/** The decompressed text of every data file in the bundle (index, filters, fragments, metadata). */
export function bundleText(dist: string): string {
  const dir = join(dist, 'pagefind');
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => /\.pf_(fragment|index|filter|meta)$/.test(f))
    .map((f) => readPagefindFile(join(dir, f)).toString('utf8'))
    .join('\n');
}
