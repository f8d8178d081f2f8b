/** Components that posts may use in MDX without importing them, and the HTML elements they replace. */
import BaseImage from './BaseImage.astro';
import BaseLink from './BaseLink.astro';
import Callout from './Callout.astro';
import CommitmentLink from './CommitmentLink.astro';

/** Passed to every rendered post (pages and feeds alike). */
export const mdxComponents = { Callout, CommitmentLink, a: BaseLink, img: BaseImage };
