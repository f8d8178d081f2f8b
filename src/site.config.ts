/**
 * Typed site settings, resolved in one place: what the company chose in content/site.yaml
 * (read and checked by src/lib/site-settings.ts; a mistake stops the build here, naming the
 * line and the fix), with what differs per deployment (site URL, base path, content folder,
 * repository) from the environment.
 */

import { resolveSiteAddress } from './lib/site-address.ts';
import { readSiteSettings } from './lib/site-settings.ts';
import type { BrandColours } from './lib/brand.ts';
import type { Language } from './lib/languages.ts';

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
  /** The main language of the interface and the content (served at the root; others under /es/, /de/). */
  lang: Language;
  /** Absolute origin the site is served from, without base path (SITE_URL; a path in it is the base path). */
  siteUrl: string;
  /** Base path the site lives under, "/" or "/trust/" (BASE_PATH, or the path of SITE_URL). */
  base: string;
  /** Where the content is read from (CONTENT_DIR); tests point it at fixtures. */
  contentDir: string;
  /** First day of the plan (ISO date, a day in deadlineTimeZone). */
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
  /** The brand colours (light and dark page) and the logo: a path from the project folder to an SVG in public/. */
  brand: BrandColours & { logo: string };
  /** Optional line in the footer after the copyright. */
  notice: string | undefined;
}

const contentDir = env('CONTENT_DIR') ?? 'content';
/** content/site.yaml (or site.yaml of CONTENT_DIR), checked. */
const settings = readSiteSettings(contentDir);

/** The resolved settings for this build. */
export const site: SiteConfig = {
  company: settings.company,
  title: settings.title,
  description: settings.description,
  lang: settings.language,
  siteUrl: address.origin,
  base: address.base,
  contentDir,
  planStart: settings.plan.start,
  planDays: settings.plan.days,
  timeZone: settings.displayTimeZone,
  deadlineTimeZone: settings.plan.timeZone,
  repositoryUrl: env('REPOSITORY_URL') ?? settings.repository.url,
  repositoryBranch: env('REPOSITORY_BRANCH') ?? settings.repository.branch,
  securityContact: settings.contacts.security,
  pageSize: settings.pageSize,
  feedLimit: settings.feedLimit,
  mediaOrigins: settings.mediaOrigins,
  ledgerStart: settings.ledgerStart,
  requireHistory: env('REQUIRE_HISTORY') === '1',
  brand: settings.brand,
  notice: settings.notice,
};
