/**
 * The plan's commitments with their derived status, and the posts that are evidence for
 * each: the one place pages, feeds and open data get them from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveCommitmentState, type CommitmentState, type StatusEvent } from '../lib/commitment-status';
import { site } from '../site.config';
import { assertLedger } from './ledger';
import { getAllPosts, now, type Post } from './posts';

/** A commitment with its derived state. */
export interface TrackedCommitment {
  /** The commitments.yaml entry. */
  entry: CollectionEntry<'commitments'>;
  /** Status, history and evidence. */
  state: CommitmentState;
}

/** A status update as written in a post, with its optional due-date revision or withdrawal. */
type StatusUpdate = Pick<StatusEvent, 'commitment' | 'status' | 'note' | 'due' | 'reason' | 'withdrawn'>;

/** Status updates a post carries (progress posts and webinar recaps), or none. */
export function updatesOf(post: Post): StatusUpdate[] {
  const data = post.entry.data as { updates?: StatusUpdate[] };
  return data.updates ?? [];
}

/**
 * Every status update in the published posts, as dated events linked to their post. A
 * webinar's updates are dated by its start (the recap), not by its announcement.
 */
export async function getStatusEvents(): Promise<StatusEvent[]> {
  return (await getAllPosts()).flatMap((post) =>
    updatesOf(post).map((u) => ({
      ...u,
      date: 'start' in post.entry.data ? post.entry.data.start : post.entry.data.published,
      sourceTitle: post.entry.data.title,
      sourcePath: post.path,
    })),
  );
}

let tracked: Promise<TrackedCommitment[]> | undefined;

/** All commitments in commitments.yaml order, each with its state at the build's "now". */
export function getTrackedCommitments(): Promise<TrackedCommitment[]> {
  tracked ??= (async () => {
    const [entries, events] = await Promise.all([getCollection('commitments'), getStatusEvents(), assertLedger()]);
    return entries.map((entry) => ({
      entry,
      state: deriveCommitmentState({ id: entry.id, due: entry.data.due }, events, now, site.deadlineTimeZone),
    }));
  })();
  return tracked;
}

/** The published posts that report on a commitment (status updates, webinar questions, audit findings), newest first. */
export async function postsForCommitment(id: string): Promise<Post[]> {
  return (await getAllPosts()).filter((post) => {
    const data = post.entry.data as {
      questions?: { commitment?: string }[];
      findings?: { commitment?: string }[];
    };
    return (
      updatesOf(post).some((u) => u.commitment === id) ||
      (data.questions ?? []).some((q) => q.commitment === id) ||
      (data.findings ?? []).some((f) => f.commitment === id)
    );
  });
}
