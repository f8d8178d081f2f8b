/**
 * The brand colour of content/site.yaml as CSS custom properties: a virtual stylesheet,
 * `virtual:brand.css`, that BaseLayout imports after global.css. It is bundled into the
 * site's one external stylesheet, so no page needs an inline style (the CSP forbids them).
 */
import type { AstroIntegration } from 'astro';
import { brandCss, type BrandColours } from '../lib/brand.ts';

const ID = 'virtual:brand.css';
const RESOLVED = `\0${ID}`;

/** The integration: serves `virtual:brand.css` with the brand's --accent and --accent-text. */
export function brand(colours: BrandColours): AstroIntegration {
  return {
    name: 'trust-site:brand',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'trust-site:brand-css',
                resolveId: (id: string) => (id === ID ? RESOLVED : undefined),
                load: (id: string) => (id === RESOLVED ? brandCss(colours) : undefined),
              },
            ],
          },
        });
      },
    },
  };
}
