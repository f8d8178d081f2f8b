// @ts-check
import mdx from '@astrojs/mdx';
import { satteri } from '@astrojs/markdown-satteri';
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { previewMode } from './src/integrations/preview-mode.ts';
import { pagefind } from './src/integrations/pagefind.ts';
import { attachmentsPreview } from './src/integrations/attachments-preview.ts';
import { manifest } from './src/integrations/manifest.ts';
import { brand } from './src/integrations/brand.ts';
import { site } from './src/site.config.ts';
import { postLanguagePlugin } from './src/lib/post-language-plugin.ts';
import { postLanguageGate } from './src/integrations/post-language-gate.ts';
import { buildLock } from './src/integrations/build-lock.ts';
import { buildOutput } from './src/integrations/build-output.ts';
import { LANGUAGE_CODES } from './src/lib/languages.ts';

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
  // The site's main language (site.yaml) at the root, every other language of
  // src/lib/languages.ts under its code (/es/, /de/). Pages under src/pages/[lang]/ exist
  // for the home page, the kind lists and translated posts only (README, "Translations").
  i18n: {
    defaultLocale: site.lang,
    locales: [...LANGUAGE_CODES],
    routing: { prefixDefaultLocale: false },
  },
  integrations: [
    // First: one build or sync at a time in this folder (they all rewrite .astro/).
    buildLock(),
    // Emails and share cards are written beside the pages by a worker; the build waits for them first.
    buildOutput(),
    previewMode(),
    brand(site.brand),
    attachmentsPreview({ base: site.base, contentDir: site.contentDir }),
    postLanguageGate({ contentDir: site.contentDir, mediaOrigins: site.mediaOrigins }),
    // Static parts of each post compile to one HTML string instead of a tree of JSX calls:
    // smaller modules to bundle and less work per render (a 5,000-post build bundles with
    // ~25% less memory). Links and images stay elements, so the MDX components that add
    // the base path (src/components/mdx) still replace them.
    mdx({ optimize: { ignoreElementNames: ['a', 'img'] } }),
    // hreflang alternates in the sitemap too, among the pages that exist in several languages.
    sitemap({ i18n: { defaultLocale: site.lang, locales: Object.fromEntries(LANGUAGE_CODES.map((code) => [code, code])) } }),
    pagefind(),
    // Last: the signed manifest lists every file the others wrote.
    manifest(),
  ],
  markdown: {
    syntaxHighlight: false,
    // Every post (.mdx, through the MDX integration, and .md) is compiled through the
    // post-language rule (src/lib/post-language.ts): a post with code, refused HTML or media
    // from another site fails the build, the feeds and the dev preview alike, and
    // `npm run check` runs the same plugin.
    processor: satteri({ mdastPlugins: [postLanguagePlugin({ mediaOrigins: site.mediaOrigins })] }),
  },
  // Stylesheets stay external files, so no page needs an inline-style exception in its CSP
  // and the static _headers policy can be as strict as the per-page one.
  build: { inlineStylesheets: 'never', concurrency: 4 },
  devToolbar: { enabled: false },
  // Test and benchmark builds write under .tmp/ and bench-results/; the dev server need not watch them.
  vite: {
    server: { watch: { ignored: ['**/.tmp/**', '**/bench-results/**', '**/test-results/**'] } },
    build: {
      rolldownOptions: {
        // Rolldown warns once per MDX post that it may not keep Astro's own
        // "use astro:head-inject" marker. Astro handles the marker itself, so there is
        // nothing to act on, and one warning per post would bury every warning that matters.
        onLog(level, log, handler) {
          if (log.code === 'MODULE_LEVEL_DIRECTIVE' && log.message.includes('use astro:head-inject')) return;
          handler(level, log);
        },
      },
    },
  },
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
