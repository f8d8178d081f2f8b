/**
 * Tells the pages whether this is the authoring preview (`astro dev`), where drafts and
 * scheduled posts are shown with a banner, or a build, where they reach no output.
 * Decided by the Astro command itself, never by NODE_ENV, so a stray NODE_ENV cannot
 * publish a draft.
 */
import type { AstroIntegration } from 'astro';

/** The integration: defines import.meta.env.SITE_PREVIEW as true only under `astro dev`. */
export function previewMode(): AstroIntegration {
  return {
    name: 'trust-site:preview-mode',
    hooks: {
      'astro:config:setup': ({ command, updateConfig }) => {
        updateConfig({ vite: { define: { 'import.meta.env.SITE_PREVIEW': JSON.stringify(command === 'dev') } } });
      },
    },
  };
}
