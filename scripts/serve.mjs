// Serves the production build in dist/ on http://localhost:4321 (astro preview), and says so.
import { preview } from 'astro';

const server = await preview({ server: { port: 4321, host: '127.0.0.1' }, logLevel: 'warn' });
console.log(`\n  The site is served at http://localhost:${server.port}${process.env.BASE_PATH ? `/${process.env.BASE_PATH.replace(/^\/|\/$/g, '')}/` : '/'}  (Ctrl+C to stop)\n`);
