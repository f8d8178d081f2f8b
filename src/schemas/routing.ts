/** Data-routing disclosures: where data is processed and every change to it. */
import { z } from 'astro/zod';
import { ROUTING_CHANGE_TYPES } from '../lib/vocabulary.ts';
import { field } from './meta.ts';
import { postSchema } from './post.ts';
import { regionRef, type ContentRefs } from './refs.ts';
import { dateTime, oneOf } from './values.ts';

/** A change in where data is processed, announced by a routing disclosure. */
function routingChange(refs: ContentRefs) {
  return z.strictObject({
    /** Id of the region in regions.yaml. */
    region: field(regionRef(refs), { description: `An id from ${refs.contentDir}/regions.yaml.`, example: 'eu-central' }),
    /** What happened to the region. */
    change: field(oneOf(ROUTING_CHANGE_TYPES, 'routing change'), {
      description: 'What happens to the region.',
      example: 'added',
    }),
    /** What changed, in plain words. */
    description: field(z.string().min(1), { description: 'What changes, in plain words.', example: '"EU meetings stay in the EU."' }),
  });
}

/** The schema of a routing disclosure. */
export function routingSchema(refs: ContentRefs) {
  return postSchema(refs, {
    /** When the routing change takes effect. */
    effective: field(dateTime, { description: 'When the routing change takes effect (ISO 8601).', example: '2026-12-01' }),
    /** The regions this disclosure adds, removes or changes. */
    changes: field(z.array(routingChange(refs)).min(1), {
      description: 'The regions this disclosure adds, removes or changes: a list of { region, change, description }.',
      example: '\n  - region: eu-central\n    change: added\n    description: "EU meetings stay in the EU."',
    }),
  });
}
