/** Components that posts may use in MDX without importing them. */
import Callout from './Callout.astro';
import CommitmentLink from './CommitmentLink.astro';

/** Passed to every rendered post (pages and feeds alike). */
export const mdxComponents = { Callout, CommitmentLink };
