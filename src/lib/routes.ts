/**
 * Every path and URL of the site, in one place. `routes` names each page and file by its
 * site path (where it is on a site served at "/"); `siteLinks(base, siteUrl)` turns a site
 * path into a link under the base path and into an absolute URL. Nothing else joins slashes.
 */
import { normaliseBase } from './site-address.ts';

/** The site path of every page and file (without the base path). */
export const routes = {
  /** The home page. */
  home: '/',
  /** The plan: every commitment and its status. */
  plan: '/plan/',
  /** A commitment's page. */
  commitment: (id: string) => `/plan/${id}/`,
  /** A commitment's feed. */
  commitmentFeed: (id: string) => `/plan/${id}/rss.xml`,
  /** The calendar of due dates. */
  planCalendar: '/plan.ics',
  /** The index of one kind of post (page 1). */
  kind: (kind: string) => `/${kind}/`,
  /** Page `n` of the index of one kind of post (page 1 is the index itself). */
  kindPage: (kind: string, n: number) => (n > 1 ? `/${kind}/${n}/` : `/${kind}/`),
  /** The feed of one kind of post. */
  kindFeed: (kind: string) => `/${kind}/rss.xml`,
  /** A post's page. */
  post: (kind: string, slug: string) => `/${kind}/${slug}/`,
  /** A file published beside a post. */
  attachment: (kind: string, slug: string, name: string) => `/${kind}/${slug}/${name}`,
  /** One webinar's calendar file. */
  webinarCalendar: (slug: string) => `/webinars/${slug}.ics`,
  /** The calendar of every webinar. */
  webinarsCalendar: '/webinars.ics',
  /** The site-wide feeds. */
  siteFeed: { rss: '/rss.xml', atom: '/atom.xml', json: '/feed.json' },
  /** The list of every tag. */
  tags: '/tags/',
  /** A tag's page. */
  tag: (tag: string) => `/tags/${tag}/`,
  /** Everything published, by date. */
  archive: '/archive/',
  /** The search page. */
  search: '/search/',
  /** The open data page. */
  data: '/data/',
  /** An open data file, by file name ("commitments.json"). */
  dataFile: (name: string) => `/data/${name}`,
  /** Every change to published content. */
  changes: '/changes/',
  /** Page `n` of the list of changes (page 1 is the list itself). */
  changesPage: (n: number) => (n > 1 ? `/changes/${n}/` : '/changes/'),
  /** The feed of changes. */
  changesFeed: '/changes/rss.xml',
  /** The changes of one post or data file ("data" as kind, the file's name as slug). */
  changePage: (kind: string, slug: string) => `/changes/${kind}/${slug}/`,
  /** The changes of a post's translation into `lang`, beside the original's ("/changes/statements/apology.es/"). */
  translationChangePage: (kind: string, slug: string, lang: string) => `/changes/${kind}/${slug}.${lang}/`,
  /** Every correction. */
  corrections: '/corrections/',
  /** The feed of corrections. */
  correctionsFeed: '/corrections/rss.xml',
  /** Where data is processed. */
  dataRouting: '/data-routing/',
  /** About this site. */
  about: '/about/',
  /** What readers should do now: every current recommended action. */
  actions: '/actions/',
  /** A share card (Open Graph image), by key ("home", "plan", "progress/week-13"). */
  shareCard: (key: string) => `/cards/${key}.png`,
  /** The email-ready version of a post (or of its translation into `lang`): HTML with inlined styles, or plain text. */
  email: (kind: string, slug: string, format: 'html' | 'txt', lang?: string) => `/email/${lang ? `${lang}/` : ''}${kind}/${slug}.${format}`,
  /** How to report a security problem. */
  security: '/security/',
  /** Every feed and calendar. */
  subscribe: '/subscribe/',
  /** The advisory board. */
  advisoryBoard: '/advisory-board/',
  /** The security contact file. */
  securityTxt: '/.well-known/security.txt',
  /** How to verify the signed manifest. */
  verify: '/verify/',
  /** A file at the site's root (manifest.json, its signature, the public key). */
  rootFile: (name: string) => `/${name}`,
  /**
   * A page in one language: the main language keeps the path ("/statements/"), every other
   * language gets its code in front ("/es/statements/"). The only place a locale prefix is added.
   */
  inLanguage: (lang: string, main: string, path: string) => (lang === main ? path : `/${lang}${path}`),
  /** The id of the notice, on an original post's page, that it is not yet translated into `lang`. */
  untranslatedId: (lang: string) => `not-in-${lang}`,
  /** An untranslated post opened from a page in `lang`: the original, its notice in that language shown (CSS :target). */
  untranslated: (postPath: string, lang: string) => `${postPath}#not-in-${lang}`,
} as const;

/** Links under one base path and site URL. */
export interface SiteLinks {
  /** The base path, "/" or "/trust/". */
  base: string;
  /** A site path ("/plan/e2ee/") as a link under the base path ("/trust/plan/e2ee/"). */
  href(path: string): string;
  /** A site path as an absolute URL ("https://example.com/trust/plan/e2ee/"). */
  siteUrl(path: string): string;
  /**
   * A URL written by an author: a root-relative one ("/plan/") gets the base path unless it
   * already carries it; relative, protocol-relative and absolute URLs stay as written.
   */
  authorHref(url: string): string;
}

/** The links of a site served at `siteUrl` (an origin) under `base` ("/", "/trust", "/trust/"). */
export function siteLinks(base: string, siteUrl: string): SiteLinks {
  const cleanBase = normaliseBase(base);
  const origin = siteUrl.replace(/\/+$/, '');
  const href = (path: string) => `${cleanBase}${path.replace(/^\/+/, '')}`;
  return {
    base: cleanBase,
    href,
    siteUrl: (path) => `${origin}${href(path)}`,
    authorHref: (url) => {
      if (cleanBase === '/' || !url.startsWith('/') || url.startsWith('//')) return url;
      if (url.startsWith(cleanBase) || url === cleanBase.slice(0, -1)) return url;
      return href(url);
    },
  };
}
