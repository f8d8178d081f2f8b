/**
 * Typed site settings, resolved in one place. Values that differ per deployment
 * (site URL, base path, the build's "now") come from the environment.
 */

import { resolveSiteAddress } from './lib/site-address.ts';

/** Reads an environment variable, treating an empty string as unset. */
function env(name: string): string | undefined {
  const value = process.env[name];
  return value === undefined || value === '' ? undefined : value;
}

export { normaliseBase } from './lib/site-address.ts';

/** SITE_URL and BASE_PATH, checked: a bad value stops the build here, before any page, naming the variable and the fix. */
const address = resolveSiteAddress(env('SITE_URL'), env('BASE_PATH'));

export interface SiteConfig {
  /** The fictional company the site speaks for. */
  company: string;
  /** Site title shown in the header, feeds and the browser tab. */
  title: string;
  /** One-line description used in meta tags and feeds. */
  description: string;
  /** BCP 47 language of the interface and the content. */
  lang: string;
  /** Absolute origin the site is served from, without base path (SITE_URL; a path in it is the base path). */
  siteUrl: string;
  /** Base path the site lives under, "/" or "/trust/" (BASE_PATH, or the path of SITE_URL). */
  base: string;
  /** Where the content is read from (CONTENT_DIR); tests point it at fixtures. */
  contentDir: string;
  /** First day of the 90-day plan (ISO date). */
  planStart: string;
  /** Length of the plan in days. */
  planDays: number;
  /** Time zone used to show dates that have no zone of their own. */
  timeZone: string;
  /** The company's time zone, the plan's one clock: its days begin, and a commitment due on a day is on time until that day ends, here. */
  deadlineTimeZone: string;
  /** Web address of the repository that holds the content, for history and "view source" (REPOSITORY_URL). */
  repositoryUrl: string;
  /** Branch the site is published from, for "view source" links (REPOSITORY_BRANCH). */
  repositoryBranch: string;
  /** Address security researchers write to. */
  securityContact: string;
  /** Posts per page on kind indexes. */
  pageSize: number;
  /** Items in the site-wide feeds (per-kind feeds hold the full history). */
  feedLimit: number;
  /**
   * Origins ("https://media.example") that images, video and audio in posts may load from,
   * besides the site itself. Empty: every picture and recording ships with the site.
   */
  mediaOrigins: readonly string[];
  /** When the site went public (ISO 8601): commits after it are the public record (promise ledger, changes); earlier drafting is not. */
  ledgerStart: string;
  /** Fail the build when the content's git history cannot be read (REQUIRE_HISTORY=1, set by the deploy workflow). */
  requireHistory: boolean;
}

/** The resolved settings for this build. */
export const site: SiteConfig = {
  company: 'Brightwell',
  title: 'Brightwell Trust Center',
  description:
    'Our apology, our 90-day plan, and the evidence of what we have done: weekly updates, webinars, data routing and audits.',
  lang: 'en',
  siteUrl: address.origin,
  base: address.base,
  contentDir: env('CONTENT_DIR') ?? 'content',
  planStart: '2026-09-01',
  planDays: 90,
  timeZone: 'UTC',
  deadlineTimeZone: 'America/Los_Angeles',
  repositoryUrl: env('REPOSITORY_URL') ?? 'https://github.com/brightwell/trust-center',
  repositoryBranch: env('REPOSITORY_BRANCH') ?? 'main',
  securityContact: 'mailto:security@brightwell.example',
  pageSize: 10,
  feedLimit: 20,
  mediaOrigins: [],
  ledgerStart: '2026-11-30T00:00:00Z',
  requireHistory: env('REQUIRE_HISTORY') === '1',
};
