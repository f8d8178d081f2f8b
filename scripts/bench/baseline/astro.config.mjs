// @ts-check
// The benchmark's baseline: a minimal Astro + MDX site built from the same posts as the
// full site (one collection, one page per post, one index page; no feeds, no search).
// scripts/bench/run.ts copies this folder into its work folder and builds it there.
import mdx from '@astrojs/mdx';
import { defineConfig } from 'astro/config';

export default defineConfig({
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  integrations: [mdx()],
});
