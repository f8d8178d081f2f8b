/** The fields every post carries, and the items shared by several kinds (status updates, corrections). */
import { z } from 'astro/zod';
import { ACTION_AUDIENCES, COMMITMENT_STATUSES } from '../lib/vocabulary.ts';
import { field } from './meta.ts';
import { commitmentRef, personRef, type ContentRefs } from './refs.ts';
import { dateTime, oneOf, problem, slugWord } from './values.ts';

/** A dated status report on one commitment, carried by progress posts and webinar recaps. */
export function statusUpdate(refs: ContentRefs) {
  return z
    .strictObject({
      /** Id of the commitment in commitments.yaml. */
      commitment: field(commitmentRef(refs), { description: `An id from ${refs.contentDir}/commitments.yaml.`, example: 'e2ee' }),
      /** The commitment's status as of this post. "overdue" is never typed: it is derived. */
      status: field(oneOf(COMMITMENT_STATUSES, 'commitment status'), {
        description: 'The commitment\'s status as of this post ("overdue" is never typed: the site works it out).',
        example: 'in-progress',
      }),
      /** One or two sentences of evidence for the status. */
      note: field(z.string().min(1), { description: 'One or two sentences of evidence for the status.', example: '"Rolled out to every account."' }),
      /** A new due date announced by this post (a revision: commitments.yaml keeps the original). Needs "reason". */
      due: field(dateTime.optional(), {
        description: 'A new due date announced by this post (commitments.yaml keeps the original); needs reason:.',
        example: '2026-12-18',
      }),
      /** True when this post withdraws the commitment (it stays listed, marked withdrawn). Needs "reason". */
      withdrawn: field(z.literal(true).optional(), { description: 'true when this post withdraws the commitment; needs reason:.', example: 'true' }),
      /** Why the due date moved or the commitment is withdrawn, in one or two sentences. */
      reason: field(z.string().min(1).optional(), {
        description: 'Why the due date moved or the commitment is withdrawn (with due: or withdrawn: true).',
        example: '"The outside re-review runs until 11 December."',
      }),
    })
    .superRefine((data, ctx) => {
      if ((data.due || data.withdrawn) && !data.reason) {
        problem(ctx, 'is missing', 'A new due date or a withdrawal needs a reason: add reason: "…" in plain words.', ['reason']);
      }
    });
}

/** A visible correction to a published post. */
const correction = z.strictObject({
  /** When the correction was made. */
  date: field(dateTime, { description: 'When the correction was made (ISO 8601).', example: '2026-12-05' }),
  /** What was wrong and what is right now. */
  text: field(z.string().min(1), { description: 'What was wrong and what is right now.', example: '"We first wrote 40; the right number is 34."' }),
});

/** A recommended action ("What you should do") for one audience; lib/actions.ts says when it is current. */
const action = z.strictObject({
  /** Who should do it: one of ACTION_AUDIENCES (lib/vocabulary.ts). */
  audience: field(oneOf(ACTION_AUDIENCES, 'audience'), { description: 'Who should do it.', example: 'account-admins' }),
  /** What to do, in one or two plain sentences. */
  text: field(z.string().min(1), { description: 'What to do, in one or two plain sentences.', example: '"Turn on two-step sign-in for every admin."' }),
  /** When it stops being needed (after "published"); without it, it stays on the actions page. */
  until: field(dateTime.optional(), {
    description: 'When it stops being needed, after "published" (leave it out while it stays needed).',
    example: '2026-12-31',
  }),
});

/** Fields every post carries, whatever its kind. */
function postFields(refs: ContentRefs) {
  return {
    /** Headline. */
    title: field(z.string().min(1), { description: 'The headline.', example: '"Week 14: encryption ships"' }),
    /** One or two sentences shown in lists, feeds and search results. */
    summary: field(z.string().min(1).max(400), {
      description: 'One or two sentences shown in lists, feeds and search results (at most 400 characters).',
      example: '"Encryption is now on for every meeting."',
    }),
    /** When the post goes live (ISO 8601 with offset). Before then it reaches no output. */
    published: field(dateTime, {
      description: 'When the post goes live, an ISO 8601 date or date-time with its offset; a future time schedules it.',
      example: '2026-12-04T10:00:00-08:00',
    }),
    /** When the post was last materially changed; shown as "Updated". */
    updated: field(dateTime.optional(), {
      description: 'When the post was last materially changed (on or after "published").',
      example: '2026-12-05T09:00:00-08:00',
    }),
    /** Id of the author in people.yaml. */
    author: field(personRef(refs), { description: `Who signs the post: an id from ${refs.contentDir}/people.yaml.`, example: 'maya-okafor' }),
    /** Topic words, lowercase and hyphenated. */
    tags: field(z.array(slugWord).default([]), { description: 'Topic words, lowercase with hyphens.', example: '[encryption, safer-defaults]' }),
    /** A draft never reaches a production build; it shows in the dev preview with a banner. */
    draft: field(z.boolean().default(false), {
      description: 'true keeps the post out of the published site while you work on it.',
      example: 'false',
    }),
    /** Corrections, shown at the top of the post and its feed item. */
    corrections: field(z.array(correction).default([]), {
      description: 'Visible corrections: a list of { date, text }.',
      example: '\n  - date: 2026-12-05\n    text: "We first wrote 40; the right number is 34."',
    }),
    /** What readers should do, per audience: shown first on the post, in its feed item and on /actions/. */
    actions: field(z.array(action).default([]), {
      description: 'What readers should do: a list of { audience, text, until }, shown first on the post, in its feed item and on /actions/.',
      example: '\n  - audience: everyone\n    text: "Sign out and back in on every device."',
    }),
  };
}

/** Builds a post schema from the common fields plus the kind's own; "updated" may not be before "published". */
export function postSchema<T extends z.ZodRawShape>(refs: ContentRefs, extra: T) {
  return z.strictObject({ ...postFields(refs), ...extra }).superRefine((data, ctx) => {
    const { published, updated, actions } = data as { published: Date; updated?: Date; actions?: { until?: Date }[] };
    if (updated && updated < published) {
      problem(ctx, 'is before "published"', 'The updated date must be on or after the publish date.', ['updated']);
    }
    for (const [i, item] of (actions ?? []).entries()) {
      if (item.until && item.until <= published) {
        problem(ctx, 'is not after "published"', 'An action\'s "until" is when it stops being needed: a date after the post goes live, or leave it out.', [
          'actions',
          i,
          'until',
        ]);
      }
    }
  });
}
