/**
 * Serves posts' attachments in the dev preview. The build writes them through the endpoint
 * src/pages/[kind]/[slug]/[file].ts (for published posts only), but with `trailingSlash:
 * 'always'` the dev server only routes that endpoint's addresses with a trailing slash, so a
 * link such as /audits/appsec/report.pdf would be a 404 in the preview. In the preview every
 * post is shown, so every post's files are served.
 */
import { createReadStream, existsSync } from 'node:fs';
import { join } from 'node:path';
import type { AstroIntegration } from 'astro';
import { ATTACHMENT_TYPES, extensionOf, listAttachments, parseAttachmentPath } from '../lib/attachments';
import { POST_KINDS } from '../lib/vocabulary';

/** The integration: a dev-server middleware for /<kind>/<slug>/<file> under the base path. */
export function attachmentsPreview(options: { base: string; contentDir: string }): AstroIntegration {
  return {
    name: 'trust-site:attachments-preview',
    hooks: {
      'astro:server:setup': ({ server }) => {
        server.middlewares.use((request, response, next) => {
          const pathname = decodeURI(new URL(request.url ?? '/', 'http://preview.invalid').pathname);
          const base = options.base.replace(/\/$/, '');
          const path = pathname.startsWith(`${base}/`) ? pathname.slice(base.length) : undefined;
          const target = path ? parseAttachmentPath(path) : undefined;
          if (!target || !(POST_KINDS as readonly string[]).includes(target.kind)) return next();
          const post = ['.mdx', '.md'].map((ext) => join(options.contentDir, target.kind, `${target.slug}${ext}`)).find(existsSync);
          const attachment = post ? listAttachments(post).find((a) => a.name === target.name) : undefined;
          if (!attachment) return next();
          response.setHeader('Content-Type', ATTACHMENT_TYPES[extensionOf(attachment.name)] ?? 'application/octet-stream');
          createReadStream(attachment.file).pipe(response);
        });
      },
    },
  };
}
