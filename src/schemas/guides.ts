/** Plain-language guides for users. */
import { GUIDE_AUDIENCES } from '../lib/vocabulary.ts';
import { field } from './meta.ts';
import { postSchema } from './post.ts';
import type { ContentRefs } from './refs.ts';
import { oneOf } from './values.ts';

/** The schema of a guide. */
export function guidesSchema(refs: ContentRefs) {
  return postSchema(refs, {
    /** Who the guide is for. */
    audience: field(oneOf(GUIDE_AUDIENCES, 'guide audience').default('everyone'), {
      description: 'Who the guide is for.',
      example: 'everyone',
    }),
  });
}
