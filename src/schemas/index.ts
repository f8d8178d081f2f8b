/**
 * The content contract, once: one schema per kind of post and per data file, built from the
 * ids the posts may refer to. src/content.config.ts wires them to Astro's loaders;
 * `npm run check` validates with them directly; the scaffolder, the check's help and the docs
 * read their field metadata (meta.ts).
 */
import { readIds } from '../lib/reference-ids.ts';
import type { PostKind } from '../lib/vocabulary.ts';
import { auditsSchema } from './audits.ts';
import { commitmentsSchema } from './commitments.ts';
import { guidesSchema } from './guides.ts';
import { peopleSchema } from './people.ts';
import { progressSchema } from './progress.ts';
import type { ContentRefs } from './refs.ts';
import { regionsSchema } from './regions.ts';
import { routingSchema } from './routing.ts';
import { statementsSchema } from './statements.ts';
import { webinarsSchema } from './webinars.ts';

export type { ContentRefs } from './refs.ts';

/** The ids declared in a content folder's data files, with the folder and the plan's start. */
export function readContentRefs(contentDir: string, planStart: string): ContentRefs {
  return {
    contentDir,
    planStart,
    commitmentIds: readIds(contentDir, 'commitments.yaml'),
    regionIds: readIds(contentDir, 'regions.yaml'),
    personIds: readIds(contentDir, 'people.yaml'),
  };
}

/** The schema of every kind of post, by kind (the collection's name). */
export function postSchemas(refs: ContentRefs) {
  return {
    statements: statementsSchema(refs),
    progress: progressSchema(refs),
    webinars: webinarsSchema(refs),
    routing: routingSchema(refs),
    audits: auditsSchema(refs),
    guides: guidesSchema(refs),
  } satisfies Record<PostKind, unknown>;
}

/** The schema of one entry of each data file, by collection name (the file name without .yaml). */
export function dataSchemas(refs: ContentRefs) {
  return {
    commitments: commitmentsSchema(refs),
    regions: regionsSchema(),
    people: peopleSchema(),
  };
}
