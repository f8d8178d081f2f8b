/**
 * The small helpers of src/lib/ with whole expected values and their edge cases: tags, the
 * archive (months in a zone that moves the day), findings, status steps, security.txt,
 * source links, slugs and reference ids.
 */
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { groupByMonth } from '../../src/lib/archive';
import type { StatusEvent } from '../../src/lib/commitment-status';
import { severityTotal, tallyFindings } from '../../src/lib/findings';
import { readIds } from '../../src/lib/reference-ids';
import { renderSecurityTxt, securityTxtExpiry } from '../../src/lib/security-txt';
import { repositoryPath, sourceLinks } from '../../src/lib/source-links';
import { statusSteps } from '../../src/lib/status-steps';
import { countTags } from '../../src/lib/tags';
import { postFileProblems } from '../../src/lib/post-files';
import { findDuplicateSlugs, POST_EXTENSIONS, slugOf } from '../../src/lib/unique-slugs';
import {
  COMMITMENT_CATEGORIES,
  COMMITMENT_STATUSES,
  FINDING_SEVERITIES,
  FINDING_STATUSES,
  PERSON_ROLES,
  POST_KINDS,
  ROUTING_CHANGE_TYPES,
} from '../../src/lib/vocabulary';

describe('countTags', () => {
  it('breaks ties alphabetically and counts a tag once per post', () => {
    expect(countTags([['zeta', 'alpha', 'zeta'], ['beta'], ['alpha', 'beta', 'gamma']])).toEqual([
      ['alpha', 2],
      ['beta', 2],
      ['gamma', 1],
      ['zeta', 1],
    ]);
    expect(countTags([])).toEqual([]);
  });
});

describe('groupByMonth', () => {
  it('keys and labels each month in the zone, keeping the input order', () => {
    const items = [
      { id: 'a', at: new Date('2026-10-01T03:00:00Z') }, // still 30 September in Los Angeles
      { id: 'b', at: new Date('2026-10-15T12:00:00Z') },
      { id: 'c', at: new Date('2026-09-30T12:00:00Z') },
    ];
    expect(groupByMonth(items, (i) => i.at, 'en-GB', 'America/Los_Angeles')).toEqual([
      { key: '2026-09', label: 'September 2026', items: [items[0], items[2]] },
      { key: '2026-10', label: 'October 2026', items: [items[1]] },
    ]);
    expect(groupByMonth(items, (i) => i.at, 'de', 'UTC').map((g) => [g.key, g.label, g.items.map((i) => i.id)])).toEqual([
      ['2026-10', 'Oktober 2026', ['a', 'b']],
      ['2026-09', 'September 2026', ['c']],
    ]);
  });
});

describe('findings', () => {
  it('tallies every severity and status, zeros included, and totals a severity', () => {
    const tally = tallyFindings([
      { severity: 'critical', status: 'open' },
      { severity: 'critical', status: 'fixed' },
      { severity: 'critical', status: 'fixed' },
      { severity: 'informational', status: 'accepted-risk' },
    ]);
    expect(tally).toEqual({
      critical: { open: 1, 'in-progress': 0, fixed: 2, 'accepted-risk': 0 },
      high: { open: 0, 'in-progress': 0, fixed: 0, 'accepted-risk': 0 },
      medium: { open: 0, 'in-progress': 0, fixed: 0, 'accepted-risk': 0 },
      low: { open: 0, 'in-progress': 0, fixed: 0, 'accepted-risk': 0 },
      informational: { open: 0, 'in-progress': 0, fixed: 0, 'accepted-risk': 1 },
    });
    expect(severityTotal(tally, 'critical')).toBe(3);
    expect(severityTotal(tally, 'high')).toBe(0);
  });
});

describe('vocabulary', () => {
  it('holds the published word lists, in order', () => {
    expect(POST_KINDS).toEqual(['statements', 'progress', 'webinars', 'routing', 'audits', 'guides']);
    expect(COMMITMENT_STATUSES).toEqual(['not-started', 'in-progress', 'blocked', 'done']);
    expect(COMMITMENT_CATEGORIES).toEqual(['engineering', 'security', 'privacy', 'governance', 'communication']);
    expect(FINDING_SEVERITIES).toEqual(['critical', 'high', 'medium', 'low', 'informational']);
    expect(FINDING_STATUSES).toEqual(['open', 'in-progress', 'fixed', 'accepted-risk']);
    expect(ROUTING_CHANGE_TYPES).toEqual(['added', 'removed', 'changed']);
    expect(PERSON_ROLES).toEqual(['author', 'presenter', 'advisor', 'owner']);
  });
});

describe('statusSteps, whole steps', () => {
  const event = (status: StatusEvent['status'], date: string): StatusEvent => ({
    commitment: 'e2ee',
    status,
    note: status,
    date: new Date(date),
    sourceTitle: date,
    sourcePath: `/p/${date}/`,
  });

  it('groups repeats into one step and adds no overdue step when not overdue', () => {
    const a = event('in-progress', '2026-09-01T00:00:00Z');
    const b = event('in-progress', '2026-09-08T00:00:00Z');
    const c = event('done', '2026-09-15T00:00:00Z');
    expect(statusSteps({ history: [a, b, c], status: 'done' }, new Date('2026-12-01T00:00:00Z'))).toEqual([
      { status: 'in-progress', from: a.date, evidence: a, updates: [a, b] },
      { status: 'done', from: c.date, evidence: c, updates: [c] },
    ]);
  });

  it('dates a derived overdue step from the given moment, else from the last step, else from 1970', () => {
    const a = event('blocked', '2026-09-01T00:00:00Z');
    expect(statusSteps({ history: [a], status: 'overdue' })).toEqual([
      { status: 'blocked', from: a.date, evidence: a, updates: [a] },
      { status: 'overdue', from: a.date, updates: [] },
    ]);
    expect(statusSteps({ history: [], status: 'overdue' })).toEqual([{ status: 'overdue', from: new Date(0), updates: [] }]);
    expect(statusSteps({ history: [], status: 'not-started' })).toEqual([]);
  });
});

describe('security.txt', () => {
  it('writes acknowledgments when given, between Expires and Preferred-Languages, and Expires in whole seconds', () => {
    expect(
      renderSecurityTxt({
        contact: ['mailto:s@x.example'],
        expires: new Date('2027-05-27T12:00:00.999Z'),
        languages: ['en'],
        canonical: 'https://x.example/.well-known/security.txt',
        policy: 'https://x.example/security/',
        acknowledgments: 'https://x.example/thanks/',
      }),
    ).toBe(
      'Contact: mailto:s@x.example\nExpires: 2027-05-27T12:00:00Z\nAcknowledgments: https://x.example/thanks/\n' +
        'Preferred-Languages: en\nCanonical: https://x.example/.well-known/security.txt\nPolicy: https://x.example/security/\n',
    );
  });

  it('expires the given number of days later, in whole seconds', () => {
    expect(securityTxtExpiry(new Date('2026-11-28T12:00:00.999Z'), 1)).toEqual(new Date('2026-11-29T12:00:00.000Z'));
    expect(securityTxtExpiry(new Date('2026-11-28T12:00:00Z'), 0)).toEqual(new Date('2026-11-28T12:00:00Z'));
  });
});

describe('source links', () => {
  it('encodes the branch and every path segment, and drops trailing slashes of the repository', () => {
    expect(
      sourceLinks({ repositoryUrl: 'https://g.example/o/r//', branch: 'release/1 & 2', path: 'content/a b/#c?.mdx', issueTitle: 'T & "x"', issueBody: 'B\nC' }),
    ).toEqual({
      view: 'https://g.example/o/r/blob/release%2F1%20%26%202/content/a%20b/%23c%3F.mdx',
      edit: 'https://g.example/o/r/edit/release%2F1%20%26%202/content/a%20b/%23c%3F.mdx',
      issue: 'https://g.example/o/r/issues/new?title=T+%26+%22x%22&body=B%0AC',
    });
  });

  it('places content from outside the project under content/<kind>/', () => {
    expect(repositoryPath('C:\\site\\content\\guides\\x.mdx', 'guides')).toBe('content/guides/x.mdx');
    expect(repositoryPath('/elsewhere/x.mdx', 'guides')).toBe('content/guides/x.mdx');
    expect(repositoryPath('./././content/guides/x.mdx', 'guides')).toBe('content/guides/x.mdx');
    expect(repositoryPath('/a/guides/b/guides/x.mdx', 'guides')).toBe('content/guides/x.mdx');
  });
});

describe('slugs', () => {
  it('lowercases and drops the extension', () => {
    expect(slugOf('2026/Week-1.MDX')).toBe('2026/week-1');
    expect(POST_EXTENSIONS).toEqual(['.mdx', '.md']);
  });

  it('finds nothing in a missing folder or a folder of unique slugs', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slugs-'));
    writeFileSync(join(dir, 'a.mdx'), '');
    writeFileSync(join(dir, 'a.txt'), '');
    expect(findDuplicateSlugs(join(dir, 'missing'))).toEqual([]);
    expect(findDuplicateSlugs(dir)).toEqual([]);
    expect(postFileProblems('progress', dir, 'content/progress')).toEqual([]);
  });

  it('groups every set of files sharing a slug, across extensions, letter case and sub-folders', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slugs-'));
    mkdirSync(join(dir, 'x'));
    for (const f of ['a.md', 'a.mdx', 'c.mdx', 'x/b.md', 'x/B.mdx', 'x/c.mdx']) writeFileSync(join(dir, f), '');
    expect(findDuplicateSlugs(dir)).toEqual([
      ['a.md', 'a.mdx'],
      ['x/B.mdx', 'x/b.md'],
    ]);
  });

  it('reports both files of a shared address, each naming the other, and the fix', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slugs-'));
    for (const f of ['week-1.md', 'week-1.mdx', 'week-2.mdx']) writeFileSync(join(dir, f), '');
    const fix = "rename or delete one of them: the file name is the post's address (.md and .mdx files with one name collide)";
    expect(postFileProblems('progress', dir, 'content/progress')).toEqual([
      { file: 'content/progress/week-1.md', line: 1, field: '(filename)', what: 'has the same web address as content/progress/week-1.mdx', fix },
      { file: 'content/progress/week-1.mdx', line: 1, field: '(filename)', what: 'has the same web address as content/progress/week-1.md', fix },
    ]);
  });
});

describe('reference ids', () => {
  it('reads the ids in file order, and returns nothing (without throwing) for a file that is missing, not a list, not YAML, or has an entry without a valid id', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    writeFileSync(join(dir, 'good.yaml'), '- id: b\n  name: B\n- id: a\n');
    writeFileSync(join(dir, 'map.yaml'), 'id: x\n');
    writeFileSync(join(dir, 'broken.yaml'), '- id: [unclosed\n');
    writeFileSync(join(dir, 'mixed.yaml'), '- id: ""\n- id: 7\n- null\n- plain\n- id: ok\n');
    writeFileSync(join(dir, 'twice.yaml'), '- id: ok\n- id: ok\n');
    expect(readIds(dir, 'good.yaml')).toEqual(['b', 'a']);
    for (const file of ['missing.yaml', 'map.yaml', 'broken.yaml', 'mixed.yaml', 'twice.yaml']) {
      expect(() => readIds(dir, file)).not.toThrow();
      expect(readIds(dir, file)).toEqual([]);
    }
  });
});

describe('found by mutation testing', () => {
  it('keeps the sub-folders of a post outside the project, even right after the kind folder', () => {
    expect(repositoryPath('/guides/2026/x.mdx', 'guides')).toBe('content/guides/2026/x.mdx');
  });
});
