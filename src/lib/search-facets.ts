/**
 * What the search index records about a post besides its text: the filters a reader can
 * narrow by, the metadata a result shows, and the key results can be sorted by.
 * Plain data in, plain data out; the post page renders it as Pagefind attributes.
 */
import { dayInZone } from './dates';

/** A post as the search index needs it. */
export interface FacetInput {
  /** Kind id, e.g. "progress". */
  kind: string;
  /** Human name of the kind, singular ("Progress update"). */
  kindLabel: string;
  /** Headline. */
  title: string;
  /** One or two sentences shown under the result. */
  summary: string;
  /** Publish moment. */
  published: Date;
  /** Topic words. */
  tags: readonly string[];
  /** Titles of the commitments the post updates or mentions. */
  commitments: readonly string[];
  /** Time zone that decides which year a post belongs to. */
  timeZone: string;
}

/** Filters, metadata and sort keys of one post, ready to become data-pagefind-* attributes. */
export interface SearchFacets {
  /** Filter name → values (kind, year, tag, commitment). */
  filters: Record<string, string[]>;
  /** Metadata name → value (title, date, kind, summary). */
  meta: Record<string, string>;
  /** Sort key → value (date, as an ISO 8601 string that sorts as text). */
  sort: Record<string, string>;
}

/** The filters, metadata and sort keys of a post. */
export function searchFacets(input: FacetInput): SearchFacets {
  const iso = input.published.toISOString();
  const filters: Record<string, string[]> = {
    kind: [input.kind],
    year: [dayInZone(input.published, input.timeZone).slice(0, 4)],
  };
  const tags = unique(input.tags);
  if (tags.length > 0) filters.tag = tags;
  const commitments = unique(input.commitments);
  if (commitments.length > 0) filters.commitment = commitments;
  return {
    filters,
    meta: { title: input.title, date: iso, kind: input.kindLabel, summary: input.summary },
    sort: { date: iso },
  };
}

/** What a post's frontmatter may carry that names commitments. */
export interface CommitmentSources {
  /** Status updates (progress posts, webinar recaps). */
  updates?: readonly { commitment: string }[];
  /** Webinar questions. */
  questions?: readonly { commitment?: string }[];
  /** Audit findings. */
  findings?: readonly { commitment?: string }[];
}

/** A <CommitmentLink> and its id attribute (an attribute of its own: not the end of data-id). */
const COMMITMENT_LINK = /<CommitmentLink\s(?:[^>]*?\s)?id\s*=\s*(?:"([^"]+)"|'([^']+)'|\{\s*["']([^"']+)["']\s*\})/g;

/**
 * Ids of the commitments a post updates (frontmatter updates), touches (questions,
 * findings) or mentions in its body (<CommitmentLink id="…" />), each once, in the
 * order they first appear.
 */
export function commitmentIdsOfPost(data: CommitmentSources, body = ''): string[] {
  const ids = [
    ...(data.updates ?? []).map((u) => u.commitment),
    ...(data.questions ?? []).map((q) => q.commitment),
    ...(data.findings ?? []).map((f) => f.commitment),
    ...[...body.matchAll(COMMITMENT_LINK)].map((m) => m[1] ?? m[2] ?? m[3]),
  ];
  return unique(ids.filter((id): id is string => typeof id === 'string' && id.length > 0));
}

/** Values without duplicates, first occurrence kept. */
function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
