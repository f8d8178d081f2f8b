// Serves the production build in dist/ on http://localhost:4321 (astro preview), and says so.
import { preview } from 'astro';
import { routes, siteLinks } from '../src/lib/routes.ts';
import { site } from '../src/site.config.ts';

const server = await preview({ server: { port: 4321, host: '127.0.0.1' }, logLevel: 'warn' });
console.log(`\n  The site is served at ${siteLinks(site.base, `http://localhost:${server.port}`).siteUrl(routes.home)}  (Ctrl+C to stop)\n`);
