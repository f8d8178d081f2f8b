/**
 * Writes a synthetic but realistic content folder for the benchmark: MDX posts of every
 * kind (300–800 words with headings, lists, tables, links between posts, <Callout> and
 * <CommitmentLink>; progress updates and webinar recaps with commitment status updates,
 * webinars with questions, audits with findings, routing disclosures with changes), plus
 * commitments.yaml, regions.yaml and people.yaml. Frontmatter is valid against
 * src/content.config.ts. Deterministic: the same count and seed give the same files.
 *
 * Never writes into the project's content/ folder.
 *
 * CLI: node scripts/bench/generate-corpus.ts --count 1000 --out .tmp/bench/corpus-1000
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { routes } from '../../src/lib/routes.ts';

/** Project root (two folders up from this file). */
export const projectRoot = resolve(import.meta.dirname, '..', '..');

/** The kinds of post, with the share of the corpus each gets. */
export const KIND_SHARES = {
  statements: 0.06,
  progress: 0.34,
  webinars: 0.24,
  routing: 0.07,
  audits: 0.05,
  guides: 0.24,
} as const;

/** One kind of post. */
export type BenchKind = keyof typeof KIND_SHARES;

/** A post the generator wrote. */
export interface GeneratedPost {
  /** Kind (folder). */
  kind: BenchKind;
  /** File name without extension: the URL slug. */
  slug: string;
  /** Site path of the post page, e.g. /progress/2026-09-04-week-1-0003/. */
  path: string;
  /** Words in the body. */
  words: number;
}

/** What generateCorpus() wrote. */
export interface Corpus {
  /** Absolute folder of the corpus (use as CONTENT_DIR). */
  dir: string;
  /** Every post, in publishing order. */
  posts: GeneratedPost[];
  /** Total words in all bodies. */
  words: number;
  /** Posts per kind. */
  kinds: Record<BenchKind, number>;
}

/** Options of generateCorpus(). */
export interface CorpusOptions {
  /** Where to write (emptied first). Must not be the project's content/ folder. */
  dir: string;
  /** How many posts. */
  count: number;
  /** PRNG seed. */
  seed?: number;
  /** Make the folder a git repository with a realistic history (default true). */
  git?: boolean;
}

/** The build's "now" the corpus is made for: every post is published before it. */
export const CORPUS_NOW = '2026-11-28T12:00:00Z';

const PLAN_START = Date.parse('2026-09-01T15:00:00Z');
const LAST_POST = Date.parse('2026-11-27T20:00:00Z');
const NOW = Date.parse(CORPUS_NOW);
const DAY = 86_400_000;

/** A small seeded PRNG (mulberry32). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMITMENTS = [
  [
    'feature-freeze',
    'Feature freeze',
    'Stop shipping new features for 90 days and put every engineer on security and privacy work.',
    '2026-09-04',
    'priya-raman',
    'engineering',
  ],
  [
    'external-audits',
    'External security audits',
    'Commission two independent audits and publish their full results and our remediation.',
    '2026-11-20',
    'daniel-reyes',
    'security',
  ],
  [
    'bug-bounty',
    'Expanded bug bounty',
    'Open the bug bounty to everyone, widen its scope and raise the top reward to $50,000.',
    '2026-10-01',
    'daniel-reyes',
    'security',
  ],
  ['safer-defaults', 'Safer defaults', 'Turn on meeting passwords and waiting rooms by default for every account.', '2026-09-30', 'priya-raman', 'security'],
  ['e2ee', 'Real end-to-end encryption', 'Ship end-to-end encrypted meetings where only participants hold the keys.', '2026-11-27', 'priya-raman', 'security'],
  [
    'routing-transparency',
    'Data-routing transparency and control',
    'Publish every region that processes data and let admins choose regions.',
    '2026-10-15',
    'tomas-lindqvist',
    'privacy',
  ],
  [
    'advisory-board',
    'Security advisory board',
    'Appoint an advisory board of outside security and privacy leaders who publish their own letters.',
    '2026-09-25',
    'maya-okafor',
    'governance',
  ],
  [
    'user-education',
    'User education',
    'Publish plain-language guides on meeting security, data regions and reporting problems.',
    '2026-11-13',
    'grace-mensah',
    'communication',
  ],
  [
    'regular-communication',
    'Weekly updates and webinars',
    'Publish a written update and hold a public webinar every week of the plan.',
    '2026-11-29',
    'grace-mensah',
    'communication',
  ],
] as const;

const REGIONS = [
  ['us-west', 'US West (Oregon)', 'United States', ['Hillsboro OR-1', 'Hillsboro OR-2'], true, false, '2020-03-01', [-122.99, 45.52], true],
  ['us-east', 'US East (Virginia)', 'United States', ['Ashburn VA-1'], true, true, '2021-06-01', [-77.49, 39.04], true],
  ['eu-central', 'EU Central (Frankfurt)', 'Germany', ['Frankfurt FRA-2'], true, true, '2022-01-15', [8.68, 50.11], true],
  ['ap-southeast', 'Asia Pacific (Singapore)', 'Singapore', ['Singapore SG-1'], true, true, '2022-09-01', [103.82, 1.35], true],
  ['ap-east', 'Asia Pacific (Hong Kong)', 'Hong Kong', ['Hong Kong HK-1'], false, true, '2023-02-01', [114.17, 22.32], false],
  ['sa-east', 'South America (São Paulo)', 'Brazil', ['São Paulo GRU-1'], false, true, '2026-10-20', [-46.63, -23.55], true],
] as const;

const PEOPLE = [
  ['maya-okafor', 'Maya Okafor', 'Chief Executive Officer', undefined, ['author', 'presenter', 'owner']],
  ['daniel-reyes', 'Daniel Reyes', 'Chief Information Security Officer', undefined, ['author', 'presenter', 'owner']],
  ['priya-raman', 'Priya Raman', 'VP Engineering', undefined, ['author', 'presenter', 'owner']],
  ['tomas-lindqvist', 'Tomás Lindqvist', 'Head of Privacy', undefined, ['author', 'presenter', 'owner']],
  ['grace-mensah', 'Grace Mensah', 'Head of Communications', undefined, ['author', 'owner']],
  ['hana-sato', 'Dr. Hana Sato', 'Advisory board chair', 'Independent researcher', ['advisor', 'presenter']],
  ['oluwaseun-adeyemi', 'Oluwaseun Adeyemi', 'Advisory board member', 'Professor of applied cryptography', ['advisor']],
  ['lena-fischer', 'Lena Fischer', 'Advisory board member', 'Privacy lawyer', ['advisor']],
  ['marcus-bell', 'Marcus Bell', 'Advisory board member', 'Chief security officer of a hospital network', ['advisor', 'presenter']],
] as const;

const AUTHORS = PEOPLE.filter((p) => (p[4] as readonly string[]).includes('author')).map((p) => p[0]);
const PRESENTERS = PEOPLE.filter((p) => (p[4] as readonly string[]).includes('presenter')).map((p) => p[0]);
const NAMES = PEOPLE.map((p) => p[1]);
const TAGS = [
  'plan',
  'defaults',
  'data-routing',
  'encryption',
  'bug-bounty',
  'audits',
  'education',
  'webinars',
  'governance',
  'admins',
  'mobile',
  'recordings',
];
const AUDITORS = ['Northgate Security Labs', 'Kestrel Cryptography Review', 'Halyard Assurance', 'Pinecrest Privacy Partners'];
const SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'];
const FINDING_STATUSES = ['open', 'in-progress', 'fixed', 'fixed', 'fixed', 'accepted-risk'];
const ZONES = ['America/Los_Angeles', 'America/New_York', 'Europe/Berlin', 'Asia/Singapore', 'UTC'];
const SUBJECTS = [
  'meeting passwords',
  'waiting rooms',
  'the admin console',
  'the key rotation service',
  'the telephone gateway',
  'cloud recordings',
  'the desktop client',
  'the iOS app',
  'the Android app',
  'the web client',
  'the relay servers',
  'single sign-on',
  'the audit log',
  'the region picker',
  'backup encryption',
  'the meeting ID generator',
  'the join-link format',
  'live transcription',
  'breakout rooms',
  'the screen-sharing codec',
  'device verification',
  'the status page',
  'the support queue',
  'data retention',
  'account recovery',
];
const PLACES = [
  'Lisbon',
  'Nairobi',
  'Osaka',
  'Toronto',
  'Bogotá',
  'Warsaw',
  'Auckland',
  'Leeds',
  'Porto Alegre',
  'Accra',
  'Tallinn',
  'Busan',
  'Valencia',
  'Halifax',
  'Cebu',
  'Tromsø',
  'Marseille',
  'Pune',
  'Denver',
  'Kraków',
];
const ORGS = [
  'a school district',
  'a regional hospital',
  'a law firm',
  'a city council',
  'a university library',
  'a charity helpline',
  'a newsroom',
  'a dental practice',
  'a credit union',
  'a theatre company',
  'a county court',
  'a research lab',
];
const VERBS = ['shipped', 'tested', 'reviewed', 'rolled out', 'measured', 'fixed', 'documented', 'rebuilt', 'audited', 'paused', 'migrated', 'retired'];
/** The PDF every generated audit carries as its report: the demo's Northgate report. */
const SAMPLE_REPORT = readFileSync(new URL('../../content/audits/2026-11-appsec-audit/2026-northgate-appsec.pdf', import.meta.url));

const ADJECTIVES = ['default', 'encrypted', 'regional', 'independent', 'public', 'mandatory', 'optional', 'verified', 'signed', 'scheduled'];

/** Writes a corpus and returns what it wrote. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const dir = resolve(options.dir);
  const forbidden = resolve(projectRoot, 'content');
  const rel = relative(forbidden, dir);
  if (!rel.startsWith('..') && !isAbsolute(rel)) {
    throw new Error(`Refusing to write a benchmark corpus into ${dir}: it is inside the project's content/ folder.`);
  }
  if (!Number.isInteger(options.count) || options.count < 1) throw new Error(`--count must be a positive integer, got ${options.count}.`);
  const rand = prng(options.seed ?? 7);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;
  const int = (min: number, max: number) => min + Math.floor(rand() * (max - min + 1));
  const some = <T>(list: readonly T[], min: number, max: number): T[] => {
    const copy = [...list];
    const out: T[] = [];
    const n = Math.min(int(min, max), copy.length);
    while (out.length < n) out.push(copy.splice(Math.floor(rand() * copy.length), 1)[0]!);
    return out;
  };

  rmSync(dir, { recursive: true, force: true });
  for (const kind of Object.keys(KIND_SHARES)) mkdirSync(join(dir, kind), { recursive: true });
  writeFileSync(join(dir, 'commitments.yaml'), commitmentsYaml());
  writeFileSync(join(dir, 'regions.yaml'), regionsYaml());
  writeFileSync(join(dir, 'people.yaml'), peopleYaml());
  // The demo's settings (plan start, time zones, brand): the corpus is dated against the same plan.
  writeFileSync(join(dir, 'site.yaml'), readFileSync(join(projectRoot, 'content', 'site.yaml')));

  // Each commitment is done from a day within the plan; status updates before it say so.
  const doneAt = new Map<string, number>(COMMITMENTS.map(([id]) => [id, PLAN_START + rand() * (LAST_POST - PLAN_START) * 1.1]));
  const statusOf = (id: string, at: number) => (at >= doneAt.get(id)! ? 'done' : rand() < 0.08 ? 'blocked' : 'in-progress');

  const kinds = kindSequence(options.count, rand);
  const posts: GeneratedPost[] = [];
  const corrected: string[] = [];
  const counters: Record<BenchKind, number> = { statements: 0, progress: 0, webinars: 0, routing: 0, audits: 0, guides: 0 };
  let totalWords = 0;

  for (let i = 0; i < options.count; i++) {
    const kind = kinds[i]!;
    counters[kind] += 1;
    const n = counters[kind];
    const published = Math.round((PLAN_START + ((LAST_POST - PLAN_START) * i) / Math.max(1, options.count - 1)) / 60_000) * 60_000;
    const week = Math.min(13, Math.floor((published - PLAN_START) / (7 * DAY)) + 1);
    const subject = pick(SUBJECTS);
    const title = titleFor(kind, n, week, subject, pick);
    const slug = `${isoDate(published)}-${slugify(title).slice(0, 48).replace(/-+$/, '')}-${String(i + 1).padStart(5, '0')}`;
    const path = routes.post(kind, slug);
    const author = kind === 'routing' ? 'tomas-lindqvist' : kind === 'audits' ? 'daniel-reyes' : pick(AUTHORS);
    const tags = some(TAGS, 1, 4).sort();
    const fm: string[] = [
      `title: ${q(title)}`,
      `summary: ${q(sentence(rand, pick, subject) + ' ' + sentence(rand, pick, subject))}`,
      `published: ${iso(published)}`,
    ];
    const hasCorrection = i > 3 && rand() < 0.05;
    if (hasCorrection) fm.push(`updated: ${iso(Math.min(NOW - DAY / 2, published + DAY))}`);
    fm.push(`author: ${author}`, `tags: [${tags.join(', ')}]`);
    if (hasCorrection) {
      fm.push(
        'corrections:',
        `  - date: ${iso(Math.min(NOW - DAY / 2, published + DAY))}`,
        `    text: ${q(`An earlier version gave the wrong figure for ${subject}: it is ${int(11, 97)}%, not ${int(11, 97)}%.`)}`,
      );
      corrected.push(`${kind}/${slug}.mdx`);
    }
    const commitmentIds = COMMITMENTS.map((c) => c[0]);
    if (kind === 'progress') {
      fm.push(`week: ${week}`, 'updates:');
      for (const id of some(commitmentIds, 1, 4)) {
        fm.push(`  - commitment: ${id}`, `    status: ${statusOf(id, published)}`, `    note: ${q(sentence(rand, pick, subject))}`);
      }
    } else if (kind === 'webinars') {
      const start = Math.round((published + 2 * DAY) / 3_600_000) * 3_600_000;
      const past = start + 2 * 3_600_000 < NOW;
      fm.push(`start: ${iso(start)}`, `timeZone: ${pick(ZONES)}`, `duration: ${pick([45, 60, 60, 90])}`);
      fm.push(`presenters: [${some(PRESENTERS, 1, 3).join(', ')}]`);
      if (past) fm.push(`recordingUrl: https://video.brightwell.example/webinars/${slug}/recording`);
      else fm.push(`joinUrl: https://video.brightwell.example/webinars/${slug}/join`);
      if (rand() < 0.1) fm.push(`previousStarts: [${iso(start + DAY)}]`);
      if (past) {
        fm.push('questions:');
        for (let k = int(2, 6); k > 0; k--) {
          fm.push(`  - question: ${q(`What happens to ${pick(SUBJECTS)} when ${pick(ORGS)} in ${pick(PLACES)} changes its settings?`)}`);
          if (rand() < 0.4) fm.push(`    askedBy: ${q(`An admin at ${pick(ORGS)}`)}`);
          fm.push(`    answer: ${q(sentence(rand, pick, subject) + ' ' + sentence(rand, pick, subject))}`);
          if (rand() < 0.7) fm.push(`    commitment: ${pick(commitmentIds)}`);
        }
        const recap = some(commitmentIds, 0, 2);
        if (recap.length > 0) {
          fm.push('updates:');
          for (const id of recap) fm.push(`  - commitment: ${id}`, `    status: ${statusOf(id, start)}`, `    note: ${q(sentence(rand, pick, subject))}`);
        }
      }
    } else if (kind === 'routing') {
      fm.push(`effective: ${iso(published + 4 * DAY)}`, 'changes:');
      for (const region of some(
        REGIONS.map((r) => r[0]),
        1,
        3,
      )) {
        fm.push(
          `  - region: ${region}`,
          `    change: ${pick(['added', 'removed', 'changed', 'changed'])}`,
          `    description: ${q(sentence(rand, pick, subject))}`,
        );
      }
    } else if (kind === 'audits') {
      const auditor = pick(AUDITORS);
      const prefix = auditor.slice(0, 2).toUpperCase();
      fm.push(`auditor: ${q(auditor)}`, `scope: ${q(`Security of ${some(SUBJECTS, 2, 4).join(', ')}.`)}`);
      fm.push(`periodStart: ${isoDate(published - 40 * DAY)}`, `periodEnd: ${isoDate(published - 5 * DAY)}`);
      // The report is a file beside the post, as authors keep it (src/lib/attachments.ts).
      mkdirSync(join(dir, kind, slug), { recursive: true });
      writeFileSync(join(dir, kind, slug, 'report.pdf'), SAMPLE_REPORT);
      fm.push(`report: /audits/${slug}/report.pdf`, 'findings:');
      for (let k = 1, m = int(3, 10); k <= m; k++) {
        fm.push(
          `  - id: ${prefix}-${String(k).padStart(2, '0')}`,
          `    title: ${q(`${capitalise(pick(SUBJECTS))} ${pick(['accepted', 'exposed', 'logged', 'cached', 'skipped'])} ${pick(['an expired token', 'a stale key', 'meeting metadata', 'an unsigned update', 'a guessable ID'])}`)}`,
        );
        fm.push(
          `    severity: ${pick(SEVERITIES)}`,
          `    status: ${pick(FINDING_STATUSES)}`,
          `    statusDate: ${isoDate(Math.min(NOW - DAY, published + int(0, 20) * DAY))}`,
        );
        if (rand() < 0.6) fm.push(`    commitment: ${pick(commitmentIds)}`);
      }
    } else if (kind === 'guides') {
      fm.push(`audience: ${pick(['everyone', 'everyone', 'admins', 'developers'])}`);
    }

    const { text, words } = body(rand, pick, int, subject, posts, kind);
    totalWords += words;
    writeFileSync(join(dir, kind, `${slug}.mdx`), `---\n${fm.join('\n')}\n---\n\n${text}`);
    posts.push({ kind, slug, path, words });
  }

  if (options.git !== false) commitHistory(dir, corrected);
  return { dir, posts, words: totalWords, kinds: counters };
}

/** Kinds in publishing order, following KIND_SHARES, shuffled; every kind appears when count allows. */
function kindSequence(count: number, rand: () => number): BenchKind[] {
  const kinds = Object.keys(KIND_SHARES) as BenchKind[];
  const list: BenchKind[] = [];
  for (const kind of kinds) {
    for (let k = Math.max(1, Math.round(KIND_SHARES[kind] * count)); k > 0; k--) list.push(kind);
  }
  while (list.length > count) list.splice(list.lastIndexOf('progress'), 1);
  while (list.length < count) list.push('progress');
  for (let i = list.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [list[i], list[j]] = [list[j]!, list[i]!];
  }
  return list.slice(0, count);
}

/** A post title for a kind. */
function titleFor(kind: BenchKind, n: number, week: number, subject: string, pick: <T>(l: readonly T[]) => T): string {
  switch (kind) {
    case 'statements':
      return `${pick(['A letter from', 'An update from', 'A statement by'])} ${pick(NAMES)} on ${subject}`;
    case 'progress':
      return `Week ${week}, update ${n}: ${subject} ${pick(VERBS)}`;
    case 'webinars':
      return `Webinar ${n}: ${pick(['how we', 'why we', 'what happens now that we'])} ${pick(VERBS)} ${subject}`;
    case 'routing':
      return `Routing disclosure ${n}: ${subject} in ${pick(REGIONS)[1]}`;
    case 'audits':
      return `${pick(AUDITORS)} report ${n}: ${subject}`;
    case 'guides':
      return `Guide ${n}: ${pick(['setting up', 'checking', 'understanding', 'locking down'])} ${subject}`;
  }
}

/** One sentence of plausible prose. */
function sentence(rand: () => number, pick: <T>(l: readonly T[]) => T, subject: string): string {
  const n = 2 + Math.floor(rand() * 97);
  const templates = [
    () => `This week the team ${pick(VERBS)} ${subject} for ${n}% of accounts, starting with ${pick(ORGS)} in ${pick(PLACES)}.`,
    () => `${pick(NAMES)} explained why ${pick(SUBJECTS)} must stay ${pick(ADJECTIVES)} even when it costs us time.`,
    () => `We ${pick(VERBS)} ${pick(SUBJECTS)} after ${n} reports from customers, including ${pick(ORGS)} in ${pick(PLACES)}.`,
    () => `The ${pick(ADJECTIVES)} setting for ${subject} now applies to every plan, free and paid, with no opt-in needed.`,
    () => `Nothing about ${pick(SUBJECTS)} changes for you unless your admin chooses otherwise.`,
    () => `Our advisory board asked for the numbers behind ${subject}, and we publish them here in full.`,
    () =>
      `${capitalise(pick(SUBJECTS))} was ${pick(VERBS)} on ${(n % 28) + 1} ${pick(['September', 'October', 'November'])}, ${pick(['two days early', 'on time', 'a week late', 'three days late'])}.`,
    () => `If you run ${pick(ORGS)}, check ${pick(SUBJECTS)} in the admin console before your next meeting.`,
    () => `We said we would be specific, so here it is: ${n} engineers worked on ${subject}, and ${Math.max(1, n >> 2)} of them on nothing else.`,
    () => `An independent reviewer ${pick(VERBS)} ${pick(SUBJECTS)} and found ${n % 9} issues, which we list below with their status.`,
  ];
  return pick(templates)();
}

/** A paragraph of 3 to 6 sentences. */
function paragraph(rand: () => number, pick: <T>(l: readonly T[]) => T, subject: string): string {
  const out: string[] = [];
  for (let k = 3 + Math.floor(rand() * 4); k > 0; k--) out.push(sentence(rand, pick, subject));
  return out.join(' ');
}

/** The MDX body: sections with headings, paragraphs, lists, a table, a callout and links, 300–800 words. */
function body(
  rand: () => number,
  pick: <T>(l: readonly T[]) => T,
  int: (a: number, b: number) => number,
  subject: string,
  earlier: GeneratedPost[],
  kind: BenchKind,
): { text: string; words: number } {
  const target = int(300, 800);
  const blocks: string[] = [paragraph(rand, pick, subject)];
  let words = countWords(blocks[0]!);
  let section = 0;
  while (words < target) {
    section += 1;
    const added: string[] = [];
    added.push(
      `## ${capitalise(pick(['what changed for', 'what we learned about', 'what is next for', 'the numbers behind', 'how to check']))} ${pick(SUBJECTS)}`,
    );
    added.push(paragraph(rand, pick, subject));
    const choice = section % 4;
    if (choice === 1) {
      const items: string[] = [];
      for (let k = int(3, 5); k > 0; k--) items.push(`- ${sentence(rand, pick, pick(SUBJECTS))}`);
      added.push(items.join('\n'));
    } else if (choice === 2) {
      const rows = ['| Area | Before | Now |', '| --- | --- | --- |'];
      for (let k = int(3, 5); k > 0; k--)
        rows.push(
          `| ${capitalise(pick(SUBJECTS))} | ${pick(ADJECTIVES)} | ${pick(ADJECTIVES)}, since ${int(1, 28)} ${pick(['September', 'October', 'November'])} |`,
        );
      added.push(rows.join('\n'));
    } else if (choice === 3) {
      added.push(
        `<Callout tone="${pick(['note', 'warning', 'done'])}" title="${capitalise(pick(ADJECTIVES))} ${pick(SUBJECTS)}">\n${sentence(rand, pick, subject)} ${sentence(rand, pick, subject)}\n</Callout>`,
      );
    } else {
      const [a, b] = [pick(COMMITMENTS)[0], pick(COMMITMENTS)[0]];
      added.push(`This is part of <CommitmentLink id="${a}" /> and touches <CommitmentLink id="${b}" />. ${sentence(rand, pick, subject)}`);
    }
    if (earlier.length > 0 && rand() < 0.7) {
      const other = earlier[Math.max(0, earlier.length - 1 - Math.floor(rand() * 40))]!;
      added.push(
        `${pick(['As we wrote in', 'See also', 'This follows'])} [${pick(['an earlier post', 'our previous update', 'this post'])}](${other.path}), and the full list is on [the ${kind} page](/${kind}/).`,
      );
    }
    const more = countWords(added.join('\n\n'));
    // Stay within 300–800 words: a section that would overshoot ends the post.
    if (words >= 300 && words + more > 800) break;
    blocks.push(...added);
    words += more;
  }
  const text = `${blocks.join('\n\n')}\n`;
  return { text, words };
}

/** Words in a text, ignoring markup. */
function countWords(text: string): number {
  return text
    .replace(/<[^>]+>/g, ' ')
    .split(/\s+/)
    .filter((w) => /\w/.test(w)).length;
}

/** Makes the corpus a git repository: one commit with everything, then one with the corrections. */
function commitHistory(dir: string, corrected: string[]): void {
  const git = (args: string[], date: string) =>
    execFileSync('git', ['-c', 'user.name=Bench', '-c', 'user.email=bench@brightwell.example', '-c', 'commit.gpgsign=false', ...args], {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  try {
    git(['init', '-q', '-b', 'main'], '2026-11-27T12:00:00Z');
    git(['add', '-A'], '2026-11-27T12:00:00Z');
    git(['commit', '-q', '-m', 'Publish the benchmark corpus'], '2026-11-27T12:00:00Z');
    if (corrected.length > 0) {
      for (const file of corrected) writeFileSync(join(dir, file), `${readFileSync(join(dir, file), 'utf8')}\nCorrected after publication.\n`);
      git(['add', '-A'], '2026-11-28T09:00:00Z');
      git(['commit', '-q', '-m', 'Corrections'], '2026-11-28T09:00:00Z');
    }
  } catch {
    // Without git the site shows no history; the benchmark still runs.
  }
}

/** YAML double-quoted string (JSON strings are valid YAML). */
function q(text: string): string {
  return JSON.stringify(text);
}

/** ISO 8601 with a US Pacific offset, as the comms team writes it. */
function iso(ms: number): string {
  const offset = ms < Date.parse('2026-11-01T09:00:00Z') ? -7 : -8;
  const local = new Date(ms + offset * 3_600_000).toISOString().slice(0, 19);
  return `${local}-0${-offset}:00`;
}

/** The UTC calendar day. */
function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** A lowercase hyphenated slug. */
function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** First letter upper case. */
function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** commitments.yaml for the corpus. */
function commitmentsYaml(): string {
  return (
    COMMITMENTS.map(([id, title, summary, due, owner, category]) =>
      [
        `- id: ${id}`,
        `  title: ${q(title)}`,
        `  summary: ${q(summary)}`,
        '  promised: 2026-09-01',
        `  due: ${due}`,
        `  owner: ${owner}`,
        `  category: ${category}`,
      ].join('\n'),
    ).join('\n') + '\n'
  );
}

/** regions.yaml for the corpus. */
function regionsYaml(): string {
  return (
    REGIONS.map(([id, name, location, centers, byDefault, optOut, since, [lon, lat], active]) =>
      [
        `- id: ${id}`,
        `  name: ${q(name)}`,
        `  location: ${q(location)}`,
        `  dataCenters: [${centers.map(q).join(', ')}]`,
        '  dataKinds: ["meeting audio and video relay", "account data"]',
        `  default: ${byDefault}`,
        `  optOut: ${optOut}`,
        `  since: ${since}`,
        `  coordinates: [${lon}, ${lat}]`,
        `  active: ${active}`,
      ].join('\n'),
    ).join('\n') + '\n'
  );
}

/** people.yaml for the corpus. */
function peopleYaml(): string {
  return (
    PEOPLE.map(([id, name, title, affiliation, roles]) =>
      [
        `- id: ${id}`,
        `  name: ${q(name)}`,
        `  title: ${q(title)}`,
        ...(affiliation ? [`  affiliation: ${q(affiliation)}`] : []),
        `  roles: [${roles.join(', ')}]`,
        `  bio: ${q(`${name} works on the 90-day plan as ${title.toLowerCase()}.`)}`,
      ].join('\n'),
    ).join('\n') + '\n'
  );
}

// CLI
if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '100' },
      out: { type: 'string' },
      seed: { type: 'string', default: '7' },
      'no-git': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const out = values.out ?? join(projectRoot, '.tmp', 'bench', `corpus-${count}`);
  const corpus = generateCorpus({ dir: out, count, seed: Number(values.seed), git: !values['no-git'] });
  console.log(`Wrote ${corpus.posts.length} posts (${corpus.words} words) to ${corpus.dir}: ${JSON.stringify(corpus.kinds)}`);
}
