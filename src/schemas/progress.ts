/** Weekly progress updates: the plan's week and the status updates it reports. */
import { z } from 'astro/zod';
import { field } from './meta.ts';
import { postSchema, statusUpdate } from './post.ts';
import type { ContentRefs } from './refs.ts';

/** The schema of a progress update. */
export function progressSchema(refs: ContentRefs) {
  return postSchema(refs, {
    /** Week of the plan this update covers, from 1. */
    week: field(z.number().int().min(1).max(53), { description: 'The week of the plan this update covers (a number).', example: '14' }),
    /** Status updates on the commitments this week touched. */
    updates: field(z.array(statusUpdate(refs)).min(1, 'a progress update reports on at least one commitment.'), {
      description: 'Status reports on the commitments this post touches: a list of { commitment, status, note }.',
      example: '\n  - commitment: e2ee\n    status: in-progress\n    note: "Rolled out to 10% of accounts."',
    }),
  });
}
