/** Weekly webinars: the announcement, later completed with the recap. */
import { z } from 'astro/zod';
import { field } from './meta.ts';
import { postSchema, statusUpdate } from './post.ts';
import { commitmentRef, personRef, type ContentRefs } from './refs.ts';
import { dateTime, timeZone, webUrl } from './values.ts';

/** A question asked during a webinar and the answer given. */
function webinarQuestion(refs: ContentRefs) {
  return z.strictObject({
    /** The question as asked. */
    question: field(z.string().min(1), { description: 'The question as asked.', example: '"When does encryption ship?"' }),
    /** Who asked, if they agreed to be named. */
    askedBy: field(z.string().optional(), { description: 'Who asked, if they agreed to be named.', example: '"An admin in Berlin"' }),
    /** The answer given, in short. */
    answer: field(z.string().min(1), { description: 'The answer given, in short.', example: '"In December."' }),
    /** Id of the commitment the question touched. */
    commitment: field(commitmentRef(refs).optional(), {
      description: `The commitment the question touched: an id from ${refs.contentDir}/commitments.yaml.`,
      example: 'e2ee',
    }),
  });
}

/** The schema of a webinar. */
export function webinarsSchema(refs: ContentRefs) {
  return postSchema(refs, {
    /** When the webinar starts (ISO 8601 with offset). */
    start: field(dateTime, { description: 'When the webinar starts, with its offset.', example: '2026-12-03T09:00:00-08:00' }),
    /** IANA time zone the webinar is announced in, e.g. America/New_York. */
    timeZone: field(timeZone, { description: 'The IANA time zone the webinar is announced in.', example: 'America/Los_Angeles' }),
    /** Length in minutes. */
    duration: field(z.number().int().min(5).max(600), { description: 'Length of the webinar in minutes (a number).', example: '60' }),
    /** Ids of the presenters in people.yaml. */
    presenters: field(z.array(personRef(refs)).min(1), {
      description: `Ids of the presenters from ${refs.contentDir}/people.yaml.`,
      example: '[maya-okafor, daniel-reyes]',
    }),
    /** Where to register or join (before it happens). */
    joinUrl: field(webUrl.optional(), { description: 'Where to register or join, a full https:// address.', example: 'https://video.example/join/14' }),
    /** Where to watch it afterwards. */
    recordingUrl: field(webUrl.optional(), { description: 'Where to watch the recording, a full https:// address.', example: 'https://video.example/rec/14' }),
    /** Earlier start times, oldest first, when the webinar was moved. */
    previousStarts: field(z.array(dateTime).default([]), {
      description: 'Earlier start times when the webinar was moved, oldest first.',
      example: '[2026-12-02T09:00:00-08:00]',
    }),
    /** Questions asked and their answers (the recap). */
    questions: field(z.array(webinarQuestion(refs)).default([]), {
      description: 'Questions asked during the webinar: a list of { question, answer, askedBy?, commitment? }.',
      example: '\n  - question: "When does encryption ship?"\n    answer: "In December."',
    }),
    /** Commitment status updates given in the recap. */
    updates: field(z.array(statusUpdate(refs)).default([]), {
      description: 'Status reports given in the recap: a list of { commitment, status, note }.',
      example: '\n  - commitment: e2ee\n    status: in-progress\n    note: "Rolled out to 10% of accounts."',
    }),
  });
}
