/** One glob collection over every post folder of the benchmark corpus (BENCH_CORPUS). */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const corpus = process.env.BENCH_CORPUS;
if (!corpus) throw new Error('Set BENCH_CORPUS to the folder of a generated corpus (see scripts/bench/generate-corpus.ts).');

const posts = defineCollection({
  loader: glob({ base: corpus, pattern: '*/**/*.mdx' }),
  schema: z.looseObject({
    /** Headline. */
    title: z.string(),
    /** One or two sentences for the index. */
    summary: z.string(),
    /** Publication date. */
    published: z.coerce.date(),
  }),
});

export const collections = { posts };
