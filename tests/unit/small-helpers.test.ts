import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findDuplicateSlugs } from '../../src/lib/unique-slugs';
import { countTags } from '../../src/lib/tags';
import { groupByMonth } from '../../src/lib/archive';
import { readIds } from '../../src/lib/reference-ids';
import { tallyFindings, severityTotal } from '../../src/lib/findings';
import { normaliseBase } from '../../src/site.config';

describe('duplicate slugs', () => {
  it('finds files that would share a URL, in nested folders too', () => {
    const dir = mkdtempSync(join(tmpdir(), 'slugs-'));
    mkdirSync(join(dir, '2026'));
    for (const f of ['a.mdx', 'A.md', 'b.mdx', '2026/c.mdx', '2026/c.md', 'notes.txt']) writeFileSync(join(dir, f), '');
    expect(findDuplicateSlugs(dir)).toEqual([
      ['2026/c.md', '2026/c.mdx'],
      ['A.md', 'a.mdx'],
    ]);
  });
});

describe('base path', () => {
  it('normalises BASE_PATH', () => {
    expect(normaliseBase(undefined)).toBe('/');
    expect(normaliseBase('trust')).toBe('/trust/');
    expect(normaliseBase('/trust/')).toBe('/trust/');
  });
});

describe('tags and archive', () => {
  it('counts tags once per post, most used first', () => {
    expect(countTags([['a', 'b', 'a'], ['b'], ['c', 'b']])).toEqual([
      ['b', 3],
      ['a', 1],
      ['c', 1],
    ]);
  });
  it('groups by month in the given zone', () => {
    const items = [new Date('2026-10-01T03:00:00Z'), new Date('2026-09-30T12:00:00Z')];
    const groups = groupByMonth(items, (d) => d, 'en', 'America/Los_Angeles');
    expect(groups.map((g) => [g.label, g.items.length])).toEqual([['September 2026', 2]]);
  });
});

describe('reference ids', () => {
  it('reads ids from a YAML list; none from a missing file or one with an entry without id (its loader reports it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ids-'));
    writeFileSync(join(dir, 'people.yaml'), '- id: ann\n  name: Ann\n- id: bob\n');
    writeFileSync(join(dir, 'regions.yaml'), '- id: ann\n  name: Ann\n- name: no id\n- id: bob\n');
    expect(readIds(dir, 'people.yaml')).toEqual(['ann', 'bob']);
    expect(readIds(dir, 'regions.yaml')).toEqual([]);
    expect(readIds(dir, 'missing.yaml')).toEqual([]);
  });
});

describe('findings tally', () => {
  it('counts by severity and status with zeros', () => {
    const tally = tallyFindings([
      { severity: 'high', status: 'fixed' },
      { severity: 'high', status: 'open' },
    ]);
    expect(tally.high).toEqual({ open: 1, 'in-progress': 0, fixed: 1, 'accepted-risk': 0 });
    expect(severityTotal(tally, 'critical')).toBe(0);
  });
});
