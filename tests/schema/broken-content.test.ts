/**
 * Each broken content file must fail the content sync (the first step of every build and
 * of `npm run check`) with a message that names the file, the field, the bad value and
 * what is allowed.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tmpdir } from 'node:os';
import { afterAll, describe, expect, it } from 'vitest';
import { root, runAstro } from '../helpers/build';

const fixture = join(root, 'tests', 'fixtures', 'site');
const workDirs: string[] = [];
afterAll(() => workDirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Copies the valid fixture content, applies `mutate`, runs `astro sync` and returns its output. */
async function syncBroken(name: string, mutate: (dir: string) => void) {
  const dir = mkdtempSync(join(tmpdir(), `broken-${name}-`));
  workDirs.push(dir);
  cpSync(fixture, dir, { recursive: true });
  mutate(dir);
  const run = await runAstro('sync', { name: `broken-${name}`, contentDir: relative(root, dir) });
  return { ...run, dir };
}

/** Replaces text in a file of the copied content, failing loudly if the text is absent. */
function edit(dir: string, file: string, from: string | RegExp, to: string) {
  const path = join(dir, file);
  const text = readFileSync(path, 'utf8');
  const next = text.replace(from, to);
  if (next === text) throw new Error(`fixture edit did nothing in ${file}`);
  writeFileSync(path, next);
}

describe('the valid fixture', () => {
  it('syncs without error', async () => {
    const run = await syncBroken('none', () => {});
    expect(run.output).not.toMatch(/error/i);
    expect(run.code).toBe(0);
  });
});

const cases: {
  name: string;
  mutate: (dir: string) => void;
  file: string;
  expected: (string | RegExp)[];
}[] = [
  {
    name: 'unknown author',
    mutate: (d) => edit(d, 'statements/apology.mdx', 'author: ceo', 'author: nobody'),
    file: 'statements/apology.mdx',
    expected: ['author', '"nobody"', 'ceo, ciso, advisor'],
  },
  {
    name: 'unknown action audience',
    mutate: (d) => edit(d, 'statements/apology.mdx', 'audience: account-admins', 'audience: admins'),
    file: 'statements/apology.mdx',
    expected: ['actions.0.audience', '"admins"', 'everyone, meeting-hosts, account-admins, developers'],
  },
  {
    name: 'action until before published',
    mutate: (d) => edit(d, 'statements/apology.mdx', 'until: 2026-10-01', 'until: 2026-08-01'),
    file: 'statements/apology.mdx',
    expected: ['actions.1.until', 'is not after "published"'],
  },
  {
    name: 'unknown presenter',
    mutate: (d) => edit(d, 'webinars/week-1-live.mdx', 'presenters: [ceo, ciso]', 'presenters: [ceo, cfo]'),
    file: 'webinars/week-1-live.mdx',
    expected: ['presenters.1', '"cfo"', 'ceo, ciso, advisor'],
  },
  {
    name: 'unknown commitment',
    mutate: (d) => edit(d, 'progress/week-1.mdx', 'commitment: e2ee', 'commitment: e2e'),
    file: 'progress/week-1.mdx',
    expected: ['updates.1.commitment', '"e2e"', 'e2ee, bug-bounty, safer-defaults'],
  },
  {
    name: 'new due date without a reason',
    mutate: (d) => edit(d, 'progress/week-1.mdx', 'note: Rolling out to 10% of accounts.', 'note: Rolling out to 10% of accounts.\n    due: 2026-10-30'),
    file: 'progress/week-1.mdx',
    expected: ['updates.0.reason', 'A new due date or a withdrawal needs a reason'],
  },
  {
    name: 'unknown region',
    mutate: (d) => edit(d, 'routing/2026-09-15-regions.mdx', 'region: eu-central', 'region: eu-west'),
    file: 'routing/2026-09-15-regions.mdx',
    expected: ['changes.1.region', '"eu-west"', 'us-west, eu-central'],
  },
  {
    name: 'unknown status',
    mutate: (d) => edit(d, 'progress/week-1.mdx', 'status: in-progress\n    note: Rolling', 'status: finished\n    note: Rolling'),
    file: 'progress/week-1.mdx',
    expected: ['updates.0.status', '"finished"', 'not-started, in-progress, blocked, done'],
  },
  {
    name: 'unknown severity',
    mutate: (d) => edit(d, 'audits/appsec.mdx', 'severity: critical', 'severity: severe'),
    file: 'audits/appsec.mdx',
    expected: ['findings.0.severity', '"severe"', 'critical, high, medium, low, informational'],
  },
  {
    name: 'wrong type',
    mutate: (d) => edit(d, 'progress/week-1.mdx', 'week: 1', 'week: one'),
    file: 'progress/week-1.mdx',
    expected: ['week', /expected type .*number.*received .*string/i],
  },
  {
    name: 'missing field',
    mutate: (d) => edit(d, 'statements/apology.mdx', /^summary: .*\n/m, ''),
    file: 'statements/apology.mdx',
    expected: ['summary', /required/i],
  },
  {
    name: 'summary over the limit',
    // 401 characters, one more than the 400 allowed (PUBLISHING.md); the valid fixture's summaries are shorter.
    mutate: (d) => edit(d, 'statements/apology.mdx', 'summary: "The fixture apology."', `summary: "${'s'.repeat(401)}"`),
    file: 'statements/apology.mdx',
    expected: ['summary', /400/],
  },
  {
    name: 'unparsable date',
    mutate: (d) => edit(d, 'statements/apology.mdx', 'published: 2026-09-01T09:00:00-07:00', 'published: "next Tuesday"'),
    file: 'statements/apology.mdx',
    expected: ['published', '"next Tuesday"', 'ISO 8601'],
  },
  {
    name: 'time without offset',
    mutate: (d) => edit(d, 'statements/apology.mdx', 'published: 2026-09-01T09:00:00-07:00', 'published: "2026-09-01T09:00:00"'),
    file: 'statements/apology.mdx',
    expected: ['published', '"2026-09-01T09:00:00"', 'offset'],
  },
  {
    name: 'misspelled field',
    mutate: (d) => edit(d, 'statements/apology.mdx', 'tags: [plan]', 'tag: [plan]'),
    file: 'statements/apology.mdx',
    expected: [/unrecognized key/i, '"tag"'],
  },
  {
    name: 'unknown commitment in an audit finding',
    mutate: (d) => edit(d, 'audits/appsec.mdx', 'commitment: safer-defaults', 'commitment: safe-defaults'),
    file: 'audits/appsec.mdx',
    expected: ['findings.0.commitment', '"safe-defaults"', 'e2ee, bug-bounty, safer-defaults'],
  },
  {
    name: 'unknown commitment in a webinar question',
    mutate: (d) => edit(d, 'webinars/week-1-live.mdx', '    commitment: e2ee', '    commitment: encryption'),
    file: 'webinars/week-1-live.mdx',
    expected: ['questions.0.commitment', '"encryption"', 'e2ee, bug-bounty, safer-defaults'],
  },
  {
    name: 'unknown finding status',
    mutate: (d) => edit(d, 'audits/appsec.mdx', 'status: accepted-risk', 'status: wontfix'),
    file: 'audits/appsec.mdx',
    expected: ['findings.1.status', '"wontfix"', 'open, in-progress, fixed, accepted-risk'],
  },
  {
    name: 'missing audit report',
    mutate: (d) => edit(d, 'audits/appsec.mdx', 'report: /audits/appsec/fixture-appsec-report.pdf', 'report: /audits/appsec/missing.pdf'),
    file: 'audits/appsec.mdx',
    expected: ['report', '"/audits/appsec/missing.pdf"', '/audits/appsec/missing.pdf (in the folder named like the post, beside it)'],
  },
  {
    name: 'due before promised',
    mutate: (d) => edit(d, 'commitments.yaml', 'due: 2026-10-01', 'due: 2026-08-01'),
    file: 'commitments.yaml',
    expected: ['bug-bounty', 'due', 'before "promised"'],
  },
  {
    name: 'duplicate slug',
    mutate: (d) => writeFileSync(join(d, 'statements', 'apology.md'), readFileSync(join(d, 'statements', 'apology.mdx'))),
    file: 'statements/apology.md',
    expected: ['statements/apology.mdx:1  (filename)  has the same web address as', 'statements/apology.md', 'rename or delete one of them'],
  },
  {
    name: 'impossible unquoted date in a post',
    mutate: (d) => edit(d, 'progress/week-1.mdx', 'published: 2026-09-04T10:00:00-07:00', 'published: 2026-02-30'),
    file: 'progress/week-1.mdx',
    expected: ['published', '"2026-02-30" is not a real date: February 2026 has 28 days. Write a day from 01 to 28, e.g. 2026-02-28.'],
  },
  {
    name: 'impossible hour in a correction',
    mutate: (d) => edit(d, 'progress/week-2.mdx', 'date: 2026-09-14T08:00:00-07:00', 'date: 2026-09-14T25:00:00-07:00'),
    file: 'progress/week-2.mdx',
    expected: ['corrections.0.date', '"2026-09-14T25:00:00-07:00" is not a real time: hours go from 00 to 23'],
  },
  {
    name: 'impossible unquoted due date in commitments.yaml',
    mutate: (d) => edit(d, 'commitments.yaml', 'due: 2026-10-01', 'due: 2026-13-01'),
    file: 'commitments.yaml',
    expected: ['bug-bounty', 'due', '"2026-13-01" is not a real date: there is no month 13 (months are 01 to 12).'],
  },
  {
    name: 'impossible quoted date in regions.yaml',
    mutate: (d) => edit(d, 'regions.yaml', 'since: 2022-01-15', 'since: "2022-02-29"'),
    file: 'regions.yaml',
    expected: ['eu-central', 'since', '"2022-02-29" is not a real date: February 2022 has 28 days.'],
  },
  {
    name: 'due before the plan starts',
    mutate: (d) => edit(d, 'commitments.yaml', 'promised: 2026-09-01\n  due: 2026-10-01', 'promised: 2025-09-01\n  due: 2025-10-01'),
    file: 'commitments.yaml',
    expected: ['bug-bounty', 'due', 'is before the plan starts (2026-09-01)'],
  },
  {
    name: 'swapped coordinates',
    mutate: (d) => edit(d, 'regions.yaml', 'coordinates: [-122.99, 45.52]', 'coordinates: [45.52, -122.99]'),
    file: 'regions.yaml',
    expected: [
      'us-west',
      'coordinates',
      'latitude -122.99 (the second number) is outside -90 to 90. Did you swap them? Write [longitude, latitude]: [-122.99, 45.52].',
    ],
  },
  {
    name: 'id used twice in people.yaml',
    mutate: (d) => edit(d, 'people.yaml', '- id: ciso', '- id: ceo'),
    file: 'people.yaml',
    expected: [/people\.yaml:\d+ {2}ceo\.id {2}the id "ceo" is used twice \(line 1 and line \d+\)/, 'rename one of them'],
  },
  {
    name: 'post named like a page of its list',
    mutate: (d) => writeFileSync(join(d, 'progress', '2.mdx'), readFileSync(join(d, 'progress', 'week-2.mdx'))),
    file: 'progress/2.mdx',
    expected: ['(filename)  would be published at /progress/2/, the address of page 2 of the progress list'],
  },
  {
    name: 'post in a sub-folder',
    mutate: (d) => {
      mkdirSync(join(d, 'progress', '2026'));
      writeFileSync(join(d, 'progress', '2026', 'week-9.mdx'), readFileSync(join(d, 'progress', 'week-2.mdx')));
    },
    file: 'progress/2026/week-9.mdx',
    expected: ['(folder)  is in a sub-folder of', 'move it to'],
  },
];

describe('a data file that cannot be read', () => {
  it('gives the YAML error once, with file, line and column, and no "unknown commitment" lines', async () => {
    const run = await syncBroken('yaml-syntax', (d) => edit(d, 'commitments.yaml', 'title: Expanded bug bounty', 'title: "Expanded bug bounty'));
    expect(run.code, run.output).not.toBe(0);
    const message = 'commitments.yaml:9  (yaml)  the file is not valid YAML (line 9, column 10: Missing closing "quote)  the quote opened here is not closed';
    expect(run.output.split(message).length - 1, run.output).toBe(1);
    expect(run.output).toMatch(/commitments\.yaml:9:10/);
    expect(run.output).not.toMatch(/unknown commitment/);
  });
});

describe('broken content fails with file, field and fix', () => {
  for (const c of cases) {
    it(c.name, async () => {
      const run = await syncBroken(c.name.replace(/\W+/g, '-'), c.mutate);
      expect(run.code, run.output).not.toBe(0);
      expect(run.output).toContain(c.file);
      for (const text of c.expected) {
        if (typeof text === 'string') expect(run.output).toContain(text);
        else expect(run.output).toMatch(text);
      }
    });
  }
});
