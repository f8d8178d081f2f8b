// @ts-check
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { previewMode } from './src/integrations/preview-mode.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { site } from './src/site.config.ts';

// Everything that varies per build comes from the environment through site.config.ts;
// OUT_DIR and CACHE_DIR let tests build fixture sites side by side.
export default defineConfig({
  site: site.siteUrl,
  base: site.base,
  trailingSlash: 'always',
  outDir: process.env.OUT_DIR || './dist',
  cacheDir: process.env.CACHE_DIR || './node_modules/.astro',
  // Two content files with the same slug fail the build instead of one silently winning.
  prerenderConflictBehavior: 'error',
  integrations: [previewMode(), mdx(), sitemap(), pagefind()],
  markdown: { syntaxHighlight: false },
  // Stylesheets stay external files, so no page needs an inline-style exception in its CSP
  // and the static _headers policy can be as strict as the per-page one.
  build: { inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Test and benchmark builds write under .tmp/ and bench-results/; the dev server need not watch them.
  vite: { server: { watch: { ignored: ['**/.tmp/**', '**/bench-results/**', '**/test-results/**'] } } },
  server: { port: 4321, host: '127.0.0.1' },
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-src 'none'",
        "worker-src 'self'",
      ],
      // Pagefind's search runs WebAssembly; nothing else on the site needs it.
      scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] },
      styleDirective: { resources: ["'self'"] },
    },
  },
});
