/** Runs one of the project's scripts as a user would, for tests of its output and exit code. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { root } from './build';

/** Runs `node <args>` on the pinned Node in `cwd` with PATH, HOME, NO_COLOR=1 and `env` only; resolves with its exit code and everything it printed. */
export function runNode(args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      cwd,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** Runs scripts/<script> of the project as a user would (see runNode). */
export function runProjectScript(script: string, args: string[], env: Record<string, string> = {}): Promise<{ code: number; output: string }> {
  return runNode([join(root, 'scripts', script), ...args], root, env);
}
