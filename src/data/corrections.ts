/** The corrections page's list: every correction made to a published post, with the post. */
import { getAllPosts } from './posts';
import { siteUrl } from './site-links';
import type { SourceRecord } from './open-data';

/** A correction made to a published post. */
export interface CorrectionRecord {
  /** When it was made. */
  date: Date;
  /** What was corrected. */
  text: string;
  /** The corrected post. */
  source: SourceRecord;
  /** Its kind. */
  kind: string;
}

/** Every correction across the site's published posts, newest first. */
export async function correctionRecords(): Promise<CorrectionRecord[]> {
  return (await getAllPosts())
    .flatMap((post) =>
      post.entry.data.corrections.map((c) => ({
        date: c.date,
        text: c.text,
        kind: post.kind,
        source: { title: post.entry.data.title, path: post.path, url: siteUrl(post.path) },
      })),
    )
    .sort((a, b) => b.date.getTime() - a.date.getTime() || a.source.path.localeCompare(b.source.path));
}
