/**
 * Serves a build folder with Cloudflare's own runtime, offline: `wrangler pages dev`
 * (workerd), which applies the folder's _headers file as Cloudflare Pages does. Loopback only,
 * on a free port, with its state and logs in a temporary folder; `stop()` ends its whole
 * process tree (wrangler's Node process and the workerd it starts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { root } from './build';

/** The compatibility date: wrangler 4.86's bundled runtime supports dates up to 2026-05-03. */
export const COMPATIBILITY_DATE = '2026-05-01';

/** A running `wrangler pages dev`. */
export interface WranglerServer {
  /** http://127.0.0.1:<port> */
  origin: string;
  /** Everything wrangler printed so far. */
  output: () => string;
  /** Ends wrangler and workerd, and removes the temporary folder. */
  stop: () => Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Starts `wrangler pages dev <dist>` and waits until it answers; fails with its output after `timeoutMs`. */
export async function startWrangler(dist: string, timeoutMs = 90_000): Promise<WranglerServer> {
  const port = await freePort();
  const work = mkdtempSync(join(tmpdir(), 'wrangler-'));
  const child = spawn(
    process.execPath,
    [
      join(root, 'node_modules', 'wrangler', 'bin', 'wrangler.js'),
      'pages',
      'dev',
      dist,
      `--compatibility-date=${COMPATIBILITY_DATE}`,
      '--ip',
      '127.0.0.1',
      '--port',
      String(port),
      '--inspector-port',
      String(await freePort()),
      '--persist-to',
      join(work, 'state'),
      '--cwd',
      work,
      '--log-level',
      'log',
      '--show-interactive-dev-session=false',
    ],
    {
      cwd: work,
      // Its own process group, so that stop() can end workerd too.
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        ...process.env,
        WRANGLER_SEND_METRICS: 'false',
        // No request to Cloudflare for the Request.cf placeholder object: the tests run offline.
        CLOUDFLARE_CF_FETCH_ENABLED: 'false',
        WRANGLER_LOG_PATH: join(work, 'logs'),
        XDG_CONFIG_HOME: join(work, 'config'),
        NO_COLOR: '1',
        FORCE_COLOR: '0',
        CI: '1',
      },
    },
  );
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  let running = true;
  void exited.then(() => (running = false));

  const stop = async () => {
    if (running && child.pid) {
      try {
        process.kill(-child.pid, 'SIGTERM');
      } catch {
        // Already gone.
      }
      const ended = await Promise.race([exited.then(() => true), new Promise<boolean>((r) => setTimeout(() => r(false), 5_000))]);
      if (!ended) {
        try {
          process.kill(-child.pid, 'SIGKILL');
        } catch {
          // Already gone.
        }
        await exited;
      }
    }
    rmSync(work, { recursive: true, force: true });
  };

  const origin = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (!running) {
      await stop();
      throw new Error(`wrangler pages dev exited before serving:\n${output}`);
    }
    if (/Ready on http/.test(output)) {
      try {
        const response = await fetch(`${origin}/`, { method: 'HEAD' });
        if (response.status > 0) return { origin, output: () => output, stop };
      } catch {
        // Not listening yet.
      }
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  await stop();
  throw new Error(`wrangler pages dev did not answer within ${timeoutMs / 1000} s:\n${output}`);
}
