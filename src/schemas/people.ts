/** The entries of people.yaml: authors, presenters, owners and advisors. */
import { z } from 'astro/zod';
import { PERSON_ROLES } from '../lib/vocabulary.ts';
import { field } from './meta.ts';
import { oneOf, slugWord } from './values.ts';

/** The schema of one person. */
export function peopleSchema() {
  return z.strictObject({
    /** Stable id used as author or presenter. */
    id: field(slugWord, { description: 'Stable id used as author, presenter or owner.', example: 'maya-okafor' }),
    /** Full name. */
    name: field(z.string().min(1), { description: 'Full name.', example: '"Maya Okafor"' }),
    /** Job title or role. */
    title: field(z.string().min(1), { description: 'Job title or role.', example: '"Chief Executive Officer"' }),
    /** Organisation, for outside advisors. */
    affiliation: field(z.string().optional(), { description: 'Organisation, for outside advisors.', example: '"Open Security Institute"' }),
    /** What they do on the site. */
    roles: field(z.array(oneOf(PERSON_ROLES, 'person role')).min(1), {
      description: 'What they do on the site (one or more roles).',
      example: '[author, presenter]',
    }),
    /** A short biography. */
    bio: field(z.string().min(1), { description: 'A short biography.', example: '"Leads the company."' }),
  });
}
