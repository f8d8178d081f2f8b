/** The entries of commitments.yaml: the plan's promises. */
import { z } from 'astro/zod';
import { COMMITMENT_CATEGORIES } from '../lib/vocabulary.ts';
import { field } from './meta.ts';
import { personRef, type ContentRefs } from './refs.ts';
import { dateTime, oneOf, problem, slugWord } from './values.ts';

/** The schema of one commitment; its due day is on or after its promise and the plan's start. */
export function commitmentsSchema(refs: ContentRefs) {
  const planStart = new Date(`${refs.planStart}T00:00:00Z`);
  return z
    .strictObject({
      /** Stable id used in URLs and status updates (never change it). */
      id: field(slugWord, { description: 'Stable id used in addresses and status updates (never change it).', example: 'e2ee' }),
      /** The promise, in a few words. */
      title: field(z.string().min(1), { description: 'The promise, in a few words.', example: '"End-to-end encryption"' }),
      /** What exactly was promised. */
      summary: field(z.string().min(1), { description: 'What exactly was promised.', example: '"Real end-to-end encryption for every meeting."' }),
      /** The day it was promised. */
      promised: field(dateTime, { description: 'The day it was promised (ISO 8601).', example: '2026-09-01' }),
      /** The day it is due (on or after the plan's first day). */
      due: field(dateTime, { description: "The day it is due (on or after the plan's first day).", example: '2026-11-30' }),
      /** Id of the accountable person in people.yaml. */
      owner: field(personRef(refs), { description: `The accountable person: an id from ${refs.contentDir}/people.yaml.`, example: 'ciso' }),
      /** Which part of the plan it belongs to. */
      category: field(oneOf(COMMITMENT_CATEGORIES, 'commitment category'), {
        description: 'Which part of the plan it belongs to.',
        example: 'security',
      }),
    })
    .superRefine((data, ctx) => {
      if (data.due < data.promised) {
        problem(ctx, 'is before "promised"', 'A commitment cannot be due before it was promised.', ['due']);
      }
      if (data.due < planStart) {
        problem(ctx, `is before the plan starts (${refs.planStart})`, "Check the year and the month: the due day is on or after the plan's first day.", [
          'due',
        ]);
      }
    });
}
