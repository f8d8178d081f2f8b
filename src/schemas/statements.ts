/** The apology and other CEO statements: the common post fields only. */
import type { ContentRefs } from './refs.ts';
import { postSchema } from './post.ts';

/** The schema of a statement. */
export const statementsSchema = (refs: ContentRefs) => postSchema(refs, {});
