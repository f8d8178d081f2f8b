/**
 * Where the verifier reads a site from (src/lib/site-source.ts): a folder, and a site over HTTP
 * served for real by a local node:http server (404 and 410 mean "no such file", any other
 * failure names the address and the status; paths are encoded segment by segment).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { folderSource, httpSource, sourceFor } from '../../src/lib/site-source';

const work = mkdtempSync(join(tmpdir(), 'site-source-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('folderSource', () => {
  it('reads files by their "/"-separated path, and nothing for a missing file or a folder', async () => {
    mkdirSync(join(work, 'site', 'a'), { recursive: true });
    writeFileSync(join(work, 'site', 'a', 'b.html'), 'b & <c>\r\n');
    writeFileSync(join(work, 'site', 'manifest.json'), '{}');
    const source = folderSource(join(work, 'site'));
    expect(source.label).toBe(join(work, 'site'));
    expect((await source.read('a/b.html'))?.toString()).toBe('b & <c>\r\n');
    expect(await source.read('a/c.html')).toBeUndefined();
    expect(await source.read('a')).toBeUndefined();
    expect(await source.list!()).toEqual(['a/b.html']);
  });

  it('refuses what is not a folder, saying what to give', () => {
    writeFileSync(join(work, 'file.txt'), 'x');
    for (const path of [join(work, 'none'), join(work, 'file.txt')]) {
      expect(() => folderSource(path)).toThrow(new Error(`${path} is not a folder: give a built site's folder (such as dist) or its https:// address.`));
    }
  });
});

describe('httpSource', () => {
  let server: Server;
  let origin = '';
  const asked: string[] = [];
  beforeAll(async () => {
    server = createServer((request, response) => {
      asked.push(request.url!);
      const status = request.url!.endsWith('/missing') ? 404 : request.url!.endsWith('/gone') ? 410 : request.url!.endsWith('/broken') ? 500 : 200;
      response.writeHead(status, { 'content-type': 'text/plain' });
      response.end(status === 200 ? `body of ${request.url}` : 'no');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('reads files under the address, its base path given with or without a final slash, each segment encoded', async () => {
    const source = httpSource(`${origin}/trust`);
    expect(source.label).toBe(`${origin}/trust/`);
    expect(source.list).toBeUndefined();
    expect((await source.read('a b/c#d?e.html'))?.toString()).toBe('body of /trust/a%20b/c%23d%3Fe.html');
    expect((await httpSource(`${origin}/trust/`).read('manifest.json'))?.toString()).toBe('body of /trust/manifest.json');
  });

  it('reads 404 and 410 as no such file, and fails on another status, naming the address', async () => {
    const source = httpSource(`${origin}/`);
    expect(await source.read('missing')).toBeUndefined();
    expect(await source.read('gone')).toBeUndefined();
    await expect(source.read('broken')).rejects.toThrow(new Error(`GET ${origin}/broken answered HTTP 500`));
  });

  it('fails with the address and the reason when nothing answers', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    await expect(httpSource(`http://127.0.0.1:${port}/`).read('manifest.json')).rejects.toThrow(
      new Error(`GET http://127.0.0.1:${port}/manifest.json failed: connect ECONNREFUSED 127.0.0.1:${port}`),
    );
  });
});

describe('httpSource with another fetch', () => {
  it('takes an answer without a body, and names the reason of a failure without a cause, keeping the error as its cause', async () => {
    const empty = (status: number) => httpSource('https://trust.example/', async () => new Response(null, { status }));
    expect(await empty(404).read('a.html')).toBeUndefined();
    await expect(empty(503).read('a.html')).rejects.toThrow(new Error('GET https://trust.example/a.html answered HTTP 503'));
    const offline = new Error('offline & <down>');
    const failing = httpSource('https://trust.example/', async () => {
      throw offline;
    });
    const error = (await failing.read('a.html').catch((e: unknown) => e)) as Error;
    expect(error.message).toBe('GET https://trust.example/a.html failed: offline & <down>');
    expect(error.cause).toBe(offline);
  });
});

describe('sourceFor', () => {
  it('takes an http(s) address in any case as a site over HTTP, anything else as a folder', () => {
    expect(sourceFor('HTTPS://trust.example.com/trust').label).toBe('https://trust.example.com/trust/');
    expect(sourceFor('http://trust.example.com').label).toBe('http://trust.example.com/');
    expect(sourceFor(work).list).toBeDefined();
    expect(() => sourceFor('https-not-a-folder')).toThrow('https-not-a-folder is not a folder');
    // Only an address that starts with the scheme is one.
    expect(() => sourceFor(`${work}/http://x`)).toThrow(`${work}/http://x is not a folder`);
  });
});
