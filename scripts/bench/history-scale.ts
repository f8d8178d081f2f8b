/**
 * How the record's history pass scales with commits: builds a temporary repository with
 * `--posts` posts of ~450 words and N commits, each editing a few words of one post (and
 * every tenth, regions.yaml), then times the one `git log --raw`, the one `git cat-file
 * --batch` and the word diffs of every revision. Usage:
 *   node scripts/bench/history-scale.ts [--commits 100,1000,5000] [--posts 100]
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { postChange, dataChange } from '../../src/lib/changes.ts';
import { readBlobs, readContentLog } from '../../src/lib/git-versions.ts';

const { values } = parseArgs({ options: { commits: { type: 'string', default: '100,1000,5000' }, posts: { type: 'string', default: '100' } } });
const sizes = values.commits.split(',').map(Number);
const postCount = Number(values.posts);
const WORDS = 'the plan keeps every promise in the open with dates reasons and evidence for readers to check'.split(' ');

/** A post body of about 450 words, varied by `seed`. */
function post(i: number, seed: number): string {
  const words = Array.from({ length: 450 }, (_, k) => WORDS[(k * 7 + i + (k % 50 === 0 ? seed : 0)) % WORDS.length]);
  return `---\ntitle: "Post ${i}"\npublished: 2026-09-01T09:00:00Z\nauthor: a\n---\n\n${words.join(' ')}\n`;
}

const env = {
  ...process.env,
  GIT_CONFIG_GLOBAL: '/dev/null',
  GIT_CONFIG_NOSYSTEM: '1',
  GIT_AUTHOR_NAME: 'b',
  GIT_AUTHOR_EMAIL: 'b@x',
  GIT_COMMITTER_NAME: 'b',
  GIT_COMMITTER_EMAIL: 'b@x',
};
const git = (cwd: string, args: string[], extra: Record<string, string> = {}) =>
  execFileSync('git', args, { cwd, env: { ...env, ...extra }, encoding: 'utf8', maxBuffer: 1 << 30 });

for (const commits of sizes) {
  const repo = realpathSync(mkdtempSync(join(tmpdir(), 'history-scale-')));
  git(repo, ['init', '-q', '-b', 'main']);
  mkdirSync(join(repo, 'content/progress'), { recursive: true });
  for (let i = 0; i < postCount; i++) writeFileSync(join(repo, `content/progress/p${i}.mdx`), post(i, 0));
  writeFileSync(join(repo, 'content/regions.yaml'), '- id: eu\n  dataCenters: [FRA-1]\n');
  git(repo, ['add', '-A']);
  git(repo, ['commit', '-q', '-m', 'start'], { GIT_AUTHOR_DATE: '2026-11-30T01:00:00Z', GIT_COMMITTER_DATE: '2026-11-30T01:00:00Z' });
  // fast-import writes N commits in one process (N separate `git commit` calls would dominate the run).
  const lines: string[] = [];
  for (let c = 1; c <= commits; c++) {
    const when = 1796000000 + c * 60;
    const i = c % postCount;
    const text = post(i, c);
    lines.push(`commit refs/heads/main`, `committer b <b@x> ${when} +0000`, `data <<EOF`, `Edit ${c}`, `EOF`);
    if (c === 1) lines.push('from refs/heads/main^0');
    lines.push(`M 100644 inline content/progress/p${i}.mdx`, `data ${Buffer.byteLength(text)}`, text);
    if (c % 10 === 0) {
      const yaml = `- id: eu\n  dataCenters: [FRA-1, FRA-${c}]\n`;
      lines.push(`M 100644 inline content/regions.yaml`, `data ${Buffer.byteLength(yaml)}`, yaml);
    }
  }
  execFileSync('git', ['fast-import', '--quiet'], { cwd: repo, env, input: `${lines.join('\n')}\n` });
  git(repo, ['reset', '-q', '--hard', 'main']);

  const t0 = performance.now();
  const log = await readContentLog('content', repo);
  const t1 = performance.now();
  const ids = [...log.files.values()].flat().flatMap((v) => (v.blob ? [v.blob] : []));
  const texts = await readBlobs(log.root, ids);
  const t2 = performance.now();
  let diffs = 0;
  for (const [file, versions] of log.files) {
    const oldest = versions.slice().reverse();
    for (let k = 1; k < oldest.length; k++) {
      const a = texts.get(oldest[k - 1]!.blob!) ?? '';
      const b = texts.get(oldest[k]!.blob!) ?? '';
      (file.endsWith('.yaml') ? dataChange : postChange)(a, b);
      diffs += 1;
    }
  }
  const t3 = performance.now();
  console.log(
    `${commits} commits, ${postCount} posts: git log ${(t1 - t0).toFixed(0)} ms, cat-file ${ids.length} blobs ${(t2 - t1).toFixed(0)} ms, ${diffs} diffs ${(t3 - t2).toFixed(0)} ms, total ${(t3 - t0).toFixed(0)} ms`,
  );
  rmSync(repo, { recursive: true, force: true });
}
