/**
 * Recommended actions ("What you should do"): what a post asks each audience to do, and
 * which of them are still current on the actions page.
 *
 * The rule for "still current", written once: an action is current from the moment its post
 * is published until its `until` date, if it has one (a moment after `until` it is no longer
 * current). An action without `until` stays current. To retire an action early, the comms team
 * sets `until` on it (the edit is recorded in the post's history like every edit).
 */
import { ACTION_AUDIENCES, type ActionAudience } from './vocabulary';

/** One recommended action as written in a post's front matter. */
export interface Action {
  /** Who should do it. */
  audience: ActionAudience;
  /** What to do, in one or two sentences. */
  text: string;
  /** When it stops being needed; absent: it stays current. */
  until?: Date;
}

/** An action with the post that asks for it, for the actions page. */
export interface PostedAction<P = unknown> extends Action {
  /** When the post that carries it was published. */
  published: Date;
  /** Position of the action in its post (keeps the author's order within a post). */
  index: number;
  /** The post, as the caller knows it (title and link for the page). */
  post: P;
}

/** True while an action is needed: it has no `until`, or `until` is still after `now`. */
export function isCurrent(action: Pick<Action, 'until'>, now: Date): boolean {
  return action.until === undefined || action.until.getTime() > now.getTime();
}

/** A post's actions grouped by audience, audiences in the fixed order of ACTION_AUDIENCES, each keeping the author's order. */
export function byAudience<A extends Action>(actions: readonly A[]): { audience: ActionAudience; actions: A[] }[] {
  return ACTION_AUDIENCES.map((audience) => ({ audience, actions: actions.filter((a) => a.audience === audience) })).filter(
    (group) => group.actions.length > 0,
  );
}

/** Every action of the posts given, newest post first; within a post, and between posts published at the same moment, the order given (sort is stable). */
export function postedActions<P>(posts: readonly { post: P; published: Date; actions: readonly Action[] }[]): PostedAction<P>[] {
  return posts
    .flatMap(({ post, published, actions }) => actions.map((action, index) => ({ ...action, published, index, post })))
    .sort((a, b) => b.published.getTime() - a.published.getTime());
}

/** The actions page's two lists: those still current and those no longer needed, both newest first. */
export function splitCurrent<P>(actions: readonly PostedAction<P>[], now: Date): { current: PostedAction<P>[]; past: PostedAction<P>[] } {
  return {
    current: actions.filter((action) => isCurrent(action, now)),
    past: actions.filter((action) => !isCurrent(action, now)),
  };
}
