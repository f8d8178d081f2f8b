interface ImportMetaEnv {
  /** True only under `astro dev` (see src/integrations/preview-mode.ts). */
  readonly SITE_PREVIEW: boolean;
}
