/** The fixed word lists of the content model, shared by schemas, pages and tests. */

/** The kinds of post, each a collection with its own folder and URL space. */
export const POST_KINDS = ['statements', 'progress', 'webinars', 'routing', 'audits', 'guides'] as const;
/** One kind of post. */
export type PostKind = (typeof POST_KINDS)[number];

/** Statuses an author may report for a commitment ("overdue" is derived, never typed). */
export const COMMITMENT_STATUSES = ['not-started', 'in-progress', 'blocked', 'done'] as const;
/** A status an author reports. */
export type ReportedStatus = (typeof COMMITMENT_STATUSES)[number];

/** Parts of the plan a commitment belongs to. */
export const COMMITMENT_CATEGORIES = ['engineering', 'security', 'privacy', 'governance', 'communication'] as const;

/** Audit finding severities, most severe first. */
export const FINDING_SEVERITIES = ['critical', 'high', 'medium', 'low', 'informational'] as const;
/** Audit finding remediation statuses. */
export const FINDING_STATUSES = ['open', 'in-progress', 'fixed', 'accepted-risk'] as const;

/** What a routing disclosure can do to a region. */
export const ROUTING_CHANGE_TYPES = ['added', 'removed', 'changed'] as const;

/** Who a guide is for. */
export const GUIDE_AUDIENCES = ['everyone', 'admins', 'developers'] as const;

/** What a person does on the site. */
export const PERSON_ROLES = ['author', 'presenter', 'advisor', 'owner'] as const;

/** Who a recommended action ("What you should do") is for, in the order a post shows them. */
export const ACTION_AUDIENCES = ['everyone', 'meeting-hosts', 'account-admins', 'developers'] as const;
/** One audience of a recommended action. */
export type ActionAudience = (typeof ACTION_AUDIENCES)[number];
