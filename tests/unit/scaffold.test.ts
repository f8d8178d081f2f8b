/** The templates of `npm run new`: names, dates and the text of a new post of every kind. */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { parseIsoDateTime } from '../../src/lib/now';
import { POST_KINDS, type PostKind } from '../../src/lib/vocabulary';
import { splitFrontmatter } from '../../scripts/lib/frontmatter';
import { todoProblems } from '../../scripts/lib/content-scan';
import { postSchemas } from '../../src/schemas';
import {
  datedFileName,
  formatIsoWithOffset,
  normaliseDateInput,
  planWeek,
  scaffoldPost,
  slugify,
  type Answers,
  type ScaffoldContext,
} from '../../scripts/lib/scaffold';

const ctx: ScaffoldContext = {
  now: new Date('2026-11-28T12:00:00Z'),
  offsetMinutes: -480,
  timeZone: 'America/Los_Angeles',
  planStart: '2026-09-01',
  refs: { authors: ['ceo', 'ciso'], presenters: ['ceo'], commitments: ['e2ee', 'bug-bounty'], regions: ['eu-central'] },
};

/** The fields the schema of each kind requires (src/content.config.ts). */
const REQUIRED: Record<PostKind, string[]> = {
  statements: ['title', 'summary', 'published', 'author'],
  progress: ['title', 'summary', 'published', 'author', 'week', 'updates'],
  webinars: ['title', 'summary', 'published', 'author', 'start', 'timeZone', 'duration', 'presenters'],
  routing: ['title', 'summary', 'published', 'author', 'effective', 'changes'],
  audits: ['title', 'summary', 'published', 'author', 'auditor', 'scope', 'periodStart', 'periodEnd', 'report'],
  guides: ['title', 'summary', 'published', 'author'],
};

/** Every answer for every kind. */
const FULL: Omit<Answers, 'title'> = {
  summary: 'A summary.',
  author: 'ciso',
  published: '2026-12-04T10:00:00-08:00',
  tags: ['encryption'],
  commitment: 'e2ee',
  status: 'done',
  note: 'Shipped.',
  start: '2026-12-10T09:00:00-08:00',
  presenters: ['ceo'],
  joinUrl: 'https://video.example/join',
  region: 'eu-central',
  change: 'added',
  description: 'EU meetings stay in the EU.',
  auditor: 'Northgate',
  scope: 'Clients',
  periodStart: '2026-10-01',
  periodEnd: '2026-10-31',
  report: '/audits/x/x.pdf',
};

/** The parsed frontmatter of a scaffolded text. */
function frontmatterOf(text: string): Record<string, unknown> {
  return parse(splitFrontmatter(text).frontmatter) as Record<string, unknown>;
}

describe('slugify', () => {
  it('makes lowercase ASCII words joined by hyphens', () => {
    expect(slugify('Week 14: Encryption ships!')).toBe('week-14-encryption-ships');
    expect(slugify('Naïve café — über Ελληνικά')).toBe('naive-cafe-uber');
    expect(slugify('Passwords & waiting rooms: the CEO\'s "two-lock" rule')).toBe('passwords-and-waiting-rooms-the-ceos-two-lock-rule');
  });

  it('cuts long titles at a word', () => {
    const slug = slugify('one two three four five six seven eight nine ten eleven twelve thirteen', 30);
    expect(slug).toBe('one-two-three-four-five-six');
    expect(slug.length).toBeLessThanOrEqual(30);
  });

  it('gives an empty slug for a title with no Latin letters or digits, and the file name falls back to the kind', () => {
    expect(slugify('日本語のお知らせ')).toBe('');
    expect(datedFileName('2026-12-04T10:00:00-08:00', '日本語のお知らせ', 'statements')).toBe('2026-12-04-statements.mdx');
  });
});

describe('dates', () => {
  it('writes a moment with an offset, to the minute', () => {
    expect(formatIsoWithOffset(new Date('2026-11-28T12:00:30Z'), -480)).toBe('2026-11-28T04:00:00-08:00');
    expect(formatIsoWithOffset(new Date('2026-11-28T12:00:00Z'), 330)).toBe('2026-11-28T17:30:00+05:30');
    expect(formatIsoWithOffset(new Date('2026-11-28T23:30:00Z'), 60)).toBe('2026-11-29T00:30:00+01:00');
    expect(parseIsoDateTime(formatIsoWithOffset(new Date('2026-11-28T12:00:00Z'), 330))?.toISOString()).toBe('2026-11-28T12:00:00.000Z');
  });

  it('completes dates typed by an author, and refuses what is not a date', () => {
    expect(normaliseDateInput('2026-12-04', -480)).toBe('2026-12-04');
    expect(normaliseDateInput('2026-12-04T10:00', -480)).toBe('2026-12-04T10:00:00-08:00');
    expect(normaliseDateInput('2026-12-04 10:00', 0)).toBe('2026-12-04T10:00:00+00:00');
    expect(normaliseDateInput('2026-12-04T10:00:00+02:00', -480)).toBe('2026-12-04T10:00:00+02:00');
    expect(normaliseDateInput('next Tuesday', 0)).toBeUndefined();
    expect(normaliseDateInput('2026-02-30', 0)).toBeUndefined();
  });

  it('counts weeks of the plan from its first day', () => {
    expect(planWeek('2026-09-01', '2026-09-01T10:00:00-07:00')).toBe(1);
    expect(planWeek('2026-09-01', '2026-09-07')).toBe(1);
    expect(planWeek('2026-09-01', '2026-09-08')).toBe(2);
    expect(planWeek('2026-09-01', '2026-11-28')).toBe(13);
    expect(planWeek('2026-09-01', '2026-08-20')).toBe(1);
  });
});

describe('a new post of every kind', () => {
  for (const kind of POST_KINDS) {
    it(`${kind}: every required field is there, filled or TODO, and TODOs are found with their lines`, () => {
      const post = scaffoldPost(kind, { title: 'Week 14: "quotes", colons & a \\ backslash 🚀' }, ctx);
      expect(post.fileName).toBe('2026-11-28-week-14-quotes-colons-and-a-backslash.mdx');
      expect(post.slug).toBe(post.fileName.replace(/\.mdx$/, ''));
      const data = frontmatterOf(post.text);
      for (const field of REQUIRED[kind]) expect(data, field).toHaveProperty(field);
      expect(data.title).toBe('Week 14: "quotes", colons & a \\ backslash 🚀');
      expect(data.published).toBe('2026-11-28T04:00:00-08:00');
      expect(data.draft).toBe(false);
      expect(data.author).toBe('TODO');

      const todos = todoProblems(`x/${post.fileName}`, post.text, 'post');
      const lines = post.text.split('\n');
      expect(todos.some((p) => p.field === 'summary')).toBe(true);
      expect(todos.some((p) => p.field === '(text)')).toBe(true);
      for (const todo of todos) expect(lines[todo.line - 1], todo.field).toContain('TODO');
    });

    it(`${kind}: with every answer, writes frontmatter the kind's schema accepts`, () => {
      const report = '/audits/2026-11-appsec-audit/2026-northgate-appsec.pdf'; // a file of the demo content
      const post = scaffoldPost(kind, { title: 'Full', ...FULL, report }, ctx);
      const refs = {
        contentDir: 'content',
        planStart: ctx.planStart,
        commitmentIds: ctx.refs.commitments,
        regionIds: ctx.refs.regions,
        personIds: ['ceo', 'ciso'],
      };
      const result = postSchemas(refs)[kind].safeParse(frontmatterOf(post.text));
      expect(result.success, result.error?.message).toBe(true);
    });

    it(`${kind}: uses every answer given`, () => {
      const post = scaffoldPost(kind, { title: 'Full', ...FULL }, ctx);
      expect(post.fileName).toBe('2026-12-04-full.mdx');
      const data = frontmatterOf(post.text);
      expect(todoProblems('x.mdx', splitFrontmatter(post.text).frontmatter, 'data')).toEqual([]);
      expect(data).toMatchObject({ summary: 'A summary.', author: 'ciso', published: '2026-12-04T10:00:00-08:00', tags: ['encryption'] });
      if (kind === 'progress') {
        expect(data.week).toBe(14);
        expect(data.updates).toEqual([{ commitment: 'e2ee', status: 'done', note: 'Shipped.' }]);
      }
      if (kind === 'webinars') {
        expect(data).toMatchObject({ start: '2026-12-10T09:00:00-08:00', presenters: ['ceo'], joinUrl: 'https://video.example/join', duration: 60 });
      }
      if (kind === 'routing') {
        expect(data.effective).toBe('2026-12-04');
        expect(data.changes).toEqual([{ region: 'eu-central', change: 'added', description: 'EU meetings stay in the EU.' }]);
      }
      if (kind === 'audits') {
        expect(data).toMatchObject({ auditor: 'Northgate', scope: 'Clients', periodStart: '2026-10-01', report: '/audits/x/x.pdf', findings: [] });
      }
      if (kind === 'guides') expect(data.audience).toBe('everyone');
    });
  }

  it('lists the valid ids in comments next to the fields that need them', () => {
    const progress = scaffoldPost('progress', { title: 'x' }, ctx).text;
    expect(progress).toMatch(/author: TODO +# .*ceo, ciso/);
    expect(progress).toMatch(/commitment: TODO +# .*e2ee, bug-bounty/);
    expect(progress).toMatch(/status: TODO +# not-started \| in-progress \| blocked \| done/);
  });

  it('names an audit report after the post file', () => {
    const post = scaffoldPost('audits', { title: 'AppSec audit', published: '2026-12-01' }, ctx);
    expect(frontmatterOf(post.text).report).toBe('/audits/2026-12-01-appsec-audit/report.pdf');
  });
});
