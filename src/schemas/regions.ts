/** The entries of regions.yaml: where data is processed. */
import { z } from 'astro/zod';
import { coordinatesIssue } from '../lib/coordinates.ts';
import { field } from './meta.ts';
import { dateTime, problem, slugWord } from './values.ts';

/** The schema of one region. */
export function regionsSchema() {
  return z.strictObject({
    /** Stable id used in routing disclosures. */
    id: field(slugWord, { description: 'Stable id used in routing disclosures.', example: 'eu-central' }),
    /** Region name, e.g. "EU (Frankfurt)". */
    name: field(z.string().min(1), { description: 'The region name.', example: '"EU (Frankfurt)"' }),
    /** Country or area. */
    location: field(z.string().min(1), { description: 'Country or area.', example: 'Germany' }),
    /** Data centers operating in the region. */
    dataCenters: field(z.array(z.string().min(1)).min(1), { description: 'Data centers operating in the region.', example: '[FRA-1, FRA-2]' }),
    /** Kinds of data processed there. */
    dataKinds: field(z.array(z.string().min(1)).min(1), { description: 'Kinds of data processed there.', example: '[meeting media, chat]' }),
    /** Whether traffic is routed here by default. */
    default: field(z.boolean(), { description: 'Whether traffic is routed here by default (true or false).', example: 'true' }),
    /** Whether customers can opt out of this region. */
    optOut: field(z.boolean(), { description: 'Whether customers can opt out of this region (true or false).', example: 'false' }),
    /** Since when data has been processed here. */
    since: field(dateTime, { description: 'Since when data has been processed here (ISO 8601).', example: '2022-01-15' }),
    /** Longitude and latitude for the routing diagram: [longitude -180 to 180, latitude -90 to 90]. */
    coordinates: field(
      z.tuple([z.number(), z.number()]).superRefine((value, ctx) => {
        const found = coordinatesIssue(value);
        if (found) problem(ctx, found.what, found.fix);
      }),
      { description: 'Where the region is on the routing map: [longitude, latitude].', example: '[8.68, 50.11]' },
    ),
    /** Whether the region is still in use (false once retired). */
    active: field(z.boolean().default(true), { description: 'Whether the region is still in use (false once retired).', example: 'true' }),
  });
}
