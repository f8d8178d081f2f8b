/**
 * The plan's commitments with their derived status, and the posts that are evidence for
 * each: the one place pages, feeds and open data get them from.
 */
import { getCollection, type CollectionEntry } from 'astro:content';
import { deriveCommitmentState, type CommitmentState, type StatusEvent } from '../lib/commitment-status';
import { site } from '../site.config';
import { getAllPosts, now, type Post } from './posts';

/** A commitment with its derived state. */
export interface TrackedCommitment {
  /** The commitments.yaml entry. */
  entry: CollectionEntry<'commitments'>;
  /** Status, history and evidence. */
  state: CommitmentState;
}

/** Status updates a post carries (progress posts and webinar recaps), or none. */
export function updatesOf(post: Post): { commitment: string; status: StatusEvent['status']; note: string }[] {
  const data = post.entry.data as { updates?: { commitment: string; status: StatusEvent['status']; note: string }[] };
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
    const [entries, events] = await Promise.all([getCollection('commitments'), getStatusEvents()]);
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
