/**
 * Runs a command and measures it: wall time, and peak memory of the whole process tree
 * (the sum of VmRSS over the process and all its descendants, polled from /proc), plus the
 * largest single process's maximum RSS as reported by `/usr/bin/time -v` when available.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';

/** What one measured run produced. */
export interface ProcessRun {
  /** Exit code (1 when killed by a signal). */
  code: number;
  /** Wall-clock time from spawn to exit, in milliseconds. */
  wallMs: number;
  /** Peak of the summed RSS of the process tree, in bytes (polled every 100 ms). */
  peakTreeRssBytes: number;
  /** Largest maximum RSS of any single process of the tree, in bytes (from /usr/bin/time -v), if known. */
  maxProcessRssBytes?: number;
  /**
   * User + system CPU time of the whole tree, in milliseconds: the larger of /usr/bin/time's
   * figure (descendants that were waited for) and the sum over every process seen in /proc
   * (which also counts a child such as Pagefind's indexer that is killed and never reaped).
   */
  cpuMs?: number;
  /** When the peak tree RSS was seen, in ms after the start. */
  peakAtMs: number;
  /** Tree RSS once a second: [ms after the start, bytes]. */
  timeline: [number, number][];
  /** Date.now() when the process was started (to line up with its own timestamps). */
  startedAt: number;
  /** The last 4,000 characters of stdout and stderr together. */
  tail: string;
}

/** Options of measureProcess(). */
export interface MeasureOptions {
  /** Working folder. */
  cwd: string;
  /** Full environment of the child. */
  env: NodeJS.ProcessEnv;
  /** File that receives the whole output. */
  logFile: string;
}

const TIME = '/usr/bin/time';
const POLL_MS = 100;

/** Runs `command args` and measures it (see ProcessRun). */
export async function measureProcess(command: string, args: string[], options: MeasureOptions): Promise<ProcessRun> {
  const timeFile = `${options.logFile}.time`;
  rmSync(timeFile, { force: true });
  const useTime = existsSync(TIME);
  const [cmd, cmdArgs] = useTime ? [TIME, ['-v', '-o', timeFile, command, ...args]] : [command, args];
  const log = createWriteStream(options.logFile);
  let tail = '';
  const started = performance.now();
  const startedAt = Date.now();
  const child = spawn(cmd, cmdArgs, { cwd: options.cwd, env: options.env, stdio: ['ignore', 'pipe', 'pipe'] });
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    tail = (tail + chunk.toString('utf8')).slice(-4000);
  };
  child.stdout.on('data', onData);
  child.stderr.on('data', onData);
  let peak = 0;
  let peakAtMs = 0;
  let polls = 0;
  const timeline: [number, number][] = [];
  const cpuTicks = new Map<number, number>();
  const sample = () => {
    if (!child.pid) return;
    const tree = sampleTree(child.pid);
    const at = Math.round(performance.now() - started);
    if (tree.rssBytes > peak) [peak, peakAtMs] = [tree.rssBytes, at];
    if (polls++ % 10 === 0) timeline.push([at, tree.rssBytes]);
    for (const [pid, ticks] of tree.cpuTicks) cpuTicks.set(pid, Math.max(ticks, cpuTicks.get(pid) ?? 0));
  };
  const poll = setInterval(sample, POLL_MS);
  const code = await new Promise<number>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exit) => resolve(exit ?? 1));
  });
  const wallMs = performance.now() - started;
  clearInterval(poll);
  await new Promise((resolve) => log.end(resolve));
  const report = useTime && existsSync(timeFile) ? readFileSync(timeFile, 'utf8') : '';
  const fromTime = fromTimeReport(report);
  const polledCpuMs = Math.round([...cpuTicks.values()].reduce((sum, t) => sum + t, 0) * (1000 / CLOCK_TICKS));
  const cpuMs = Math.max(fromTime.cpuMs ?? 0, polledCpuMs) || undefined;
  return { code, wallMs, peakTreeRssBytes: peak, maxProcessRssBytes: fromTime.maxProcessRssBytes, cpuMs, peakAtMs, timeline, startedAt, tail };
}

/** Clock ticks per second of /proc/<pid>/stat times (USER_HZ, 100 on Linux). */
const CLOCK_TICKS = 100;

/** The summed VmRSS of a process and all its descendants, in bytes (0 when it is gone). */
export function treeRssBytes(rootPid: number): number {
  return sampleTree(rootPid).rssBytes;
}

/** One look at a process tree: summed VmRSS, and each process's user + system time in clock ticks. */
export function sampleTree(rootPid: number): { rssBytes: number; cpuTicks: Map<number, number> } {
  let total = 0;
  const cpuTicks = new Map<number, number>();
  const seen = new Set<number>();
  const stack = [rootPid];
  while (stack.length > 0) {
    const pid = stack.pop()!;
    if (seen.has(pid)) continue;
    seen.add(pid);
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
      if (match) total += Number(match[1]) * 1024;
      // Fields 14 and 15 of /proc/<pid>/stat (after the parenthesised command name): utime, stime.
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      cpuTicks.set(pid, Number(fields[11]) + Number(fields[12]));
      for (const tid of readdirSync(`/proc/${pid}/task`)) {
        const children = readFileSync(`/proc/${pid}/task/${tid}/children`, 'utf8').trim();
        if (children) stack.push(...children.split(/\s+/).map(Number));
      }
    } catch {
      // The process ended between two reads.
    }
  }
  return { rssBytes: total, cpuTicks };
}

/** Maximum RSS (bytes) and user + system time (ms) from a /usr/bin/time -v report. */
export function fromTimeReport(report: string): { maxProcessRssBytes?: number; cpuMs?: number } {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(report);
  const user = /User time \(seconds\): ([\d.]+)/.exec(report);
  const system = /System time \(seconds\): ([\d.]+)/.exec(report);
  return {
    maxProcessRssBytes: rss ? Number(rss[1]) * 1024 : undefined,
    cpuMs: user && system ? Math.round((Number(user[1]) + Number(system[1])) * 1000) : undefined,
  };
}
