interface ImportMetaEnv {
  /** True only under `astro dev` (see src/integrations/preview-mode.ts). */
  readonly SITE_PREVIEW: boolean;
}

/** The brand colour as CSS custom properties (src/integrations/brand.ts). */
declare module 'virtual:brand.css';
