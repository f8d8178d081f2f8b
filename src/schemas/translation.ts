/**
 * A translated post (`<original>.<language>.mdx` beside its original): the link to the
 * original and the translated words only. Every fact (dates, author, status updates,
 * findings, routing changes, corrections, actions) belongs to the original and is shown from
 * it with translated labels, so a translation that carries one is refused with the reason.
 */
import { z } from 'astro/zod';
import { otherLanguages } from '../lib/languages.ts';
import { field } from './meta.ts';
import { oneOf, problem, slugWord } from './values.ts';

/** The fields a translation may carry, for a site whose main language is `main`. */
const translationFields = (main: string) => ({
  /** The original's file name without extension, in the same folder ("apology" for apology.es.mdx). */
  translationOf: field(slugWord, {
    description: 'The post this translates: its file name without .mdx, in the same folder (the file is named <original>.<language>.mdx).',
    example: 'apology',
  }),
  /** The language of the translation: a code of src/lib/languages.ts other than the site's main language. */
  lang: field(oneOf(otherLanguages(main) as [string, ...string[]], 'language'), {
    description: 'The language of the translation, the same code as in the file name.',
    example: 'es',
  }),
  /** The translated headline. */
  title: field(z.string().min(1), { description: 'The headline, translated.', example: '"Semana 14: llega el cifrado"' }),
  /** The translated summary (lists, feeds, search results). */
  summary: field(z.string().min(1).max(400), {
    description: 'The summary, translated (at most 400 characters).',
    example: '"El cifrado ya está activado en todas las reuniones."',
  }),
});

/** The names of the fields a translation may carry, for messages. */
export const TRANSLATION_FIELDS = Object.keys(translationFields('en'));

/** The schema of a translation on a site whose main language is `main`: the four fields above, and a clear refusal of any other. */
export const translationSchema = (main: string) =>
  z.looseObject(translationFields(main)).superRefine((data, ctx) => {
    for (const key of Object.keys(data)) {
      if (TRANSLATION_FIELDS.includes(key)) continue;
      problem(
        ctx,
        `"${key}" belongs to the original post, not to a translation`,
        `Remove it: a translation carries only ${TRANSLATION_FIELDS.join(', ')} and the translated text. Dates, status updates, findings, routing changes, corrections and actions are shown from the original, with translated labels; change them in the original file.`,
        [key],
      );
    }
  });
