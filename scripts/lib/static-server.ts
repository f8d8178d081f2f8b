/**
 * A static file server over a build folder, the way a static host serves it: sirv serves
 * the files (media types, index.html for a folder); this wrapper adds what sirv does not do,
 * as static hosts do: the site under a base path, a folder address without its final slash
 * redirected to it, and 404.html with status 404 for anything else. Loopback only.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';
import sirv from 'sirv';

/** A running server. */
export interface StaticServer {
  /** Origin plus base path, e.g. http://127.0.0.1:40123/trust/ */
  url: string;
  /** Origin only. */
  origin: string;
  /** Stops the server. */
  close: () => Promise<void>;
}

/** Serves `dist` on a free loopback port under `base` ("/" or "/trust/"). */
export async function serveStatic(dist: string, base = '/'): Promise<StaticServer> {
  const files = sirv(dist, { dev: true, dotfiles: true, extensions: ['html'] });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const path = decodeURIComponent(url.pathname);
    const notFound = (): void => {
      const page = join(dist, '404.html');
      if (!existsSync(page)) {
        res.writeHead(404).end('not found');
        return;
      }
      res.writeHead(404, { 'content-type': 'text/html;charset=utf-8' });
      createReadStream(page).pipe(res);
    };
    if (!path.startsWith(base)) return notFound();
    const inSite = `/${path.slice(base.length)}`;
    const local = join(dist, normalize(inSite));
    if (!inSite.endsWith('/') && existsSync(local) && statSync(local).isDirectory()) {
      res.writeHead(301, { location: `${url.pathname}/` }).end();
      return;
    }
    req.url = `/${url.pathname.slice(base.length)}${url.search}`;
    files(req, res, notFound);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  return {
    origin,
    url: `${origin}${base}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
