/** /data/due-revisions.csv: see src/data/open-data-files.ts for its fields (documented on /data/). */
import type { APIRoute } from 'astro';
import { dataResponse } from '../../data/open-data-files';

/** The file, built from the same records as the pages. */
export const GET: APIRoute = () => dataResponse('/data/due-revisions.csv');
