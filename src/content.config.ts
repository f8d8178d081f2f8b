/**
 * The content collections: each wires a loader (content-loaders.ts) to its schema in
 * src/schemas/, the one contract with the comms team. Every reference (author, presenter,
 * commitment, region) is checked against the ids of the YAML data files read here.
 */
import { defineCollection } from 'astro:content';
import { dataFile, posts, translations } from './content-loaders';
import { dataSchemas, postSchemas, readContentRefs } from './schemas';
import { translationSchema } from './schemas/translation';
import { site } from './site.config';

const refs = readContentRefs(site.contentDir, site.planStart);
const postSchema = postSchemas(refs);
const dataSchema = dataSchemas(refs);

export const collections = {
  statements: defineCollection({ loader: posts('statements', refs), schema: postSchema.statements }),
  progress: defineCollection({ loader: posts('progress', refs), schema: postSchema.progress }),
  webinars: defineCollection({ loader: posts('webinars', refs), schema: postSchema.webinars }),
  routing: defineCollection({ loader: posts('routing', refs), schema: postSchema.routing }),
  audits: defineCollection({ loader: posts('audits', refs), schema: postSchema.audits }),
  guides: defineCollection({ loader: posts('guides', refs), schema: postSchema.guides }),
  commitments: defineCollection({ loader: dataFile('commitments.yaml', site.contentDir), schema: dataSchema.commitments }),
  regions: defineCollection({ loader: dataFile('regions.yaml', site.contentDir), schema: dataSchema.regions }),
  people: defineCollection({ loader: dataFile('people.yaml', site.contentDir), schema: dataSchema.people }),
  /** Translated posts, beside their originals (content/statements/apology.es.mdx). */
  translations: defineCollection({ loader: translations(site.contentDir, site.lang), schema: translationSchema(site.lang) }),
};
