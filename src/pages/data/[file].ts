/** Every open data file (/data/commitments.json, …): one route over the catalogue in src/data/open-data-files.ts, which also documents them on /data/. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { DATA_FILES, dataResponse } from '../../data/open-data-files';

/** One file per catalogue entry, named as in its path. */
export const getStaticPaths = (() =>
  DATA_FILES.map((f) => ({ params: { file: f.path.split('/').at(-1)! }, props: { path: f.path } }))) satisfies GetStaticPaths;

/** The file, built from the same records as the pages. */
export const GET: APIRoute<{ path: string }> = ({ props }) => dataResponse(props.path);
