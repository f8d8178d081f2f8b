/**
 * Every user-facing interface string, in one place: English here, each other language in
 * its own file (es.ts, de.ts) typed as `UiStrings`, so a missing key fails the type check.
 * The list of languages is src/lib/languages.ts.
 */
import type { COMMITMENT_CATEGORIES, PostKind } from '../lib/vocabulary';
import type { DerivedStatus } from '../lib/commitment-status';
import type { Language } from '../lib/languages';
import type { PluralForms } from '../lib/plural';
import { de } from './de';
import { es } from './es';

const en = {
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  home: 'Home',
  plan: 'The plan',
  dataRouting: 'Data routing',
  /** Link from a routing disclosure to the page of today's routing. */
  currentRouting: 'Current routing',
  subscribe: 'Subscribe',
  search: 'Search',
  searchLabel: 'Search the site',
  searchPlaceholder: 'Search updates, webinars, audits…',
  searchPage: {
    title: 'Search',
    intro: 'Search every statement, progress update, webinar transcript and answer, data-routing disclosure, audit finding and guide.',
    formLabel: 'Search this site',
    words: 'Words to find',
    kind: 'Kind of post',
    anyKind: 'All kinds',
    year: 'Year',
    anyYear: 'All years',
    sort: 'Order',
    byRelevance: 'Best match first',
    byDate: 'Newest first',
    results: 'Results',
    loading: 'Loading search…',
    prompt: 'Type a word or phrase, or choose a kind or year.',
    // Templates filled in the browser ({n}, {query}); keyed by Intl.PluralRules category.
    countFor: { one: '{n} result for “{query}”', other: '{n} results for “{query}”' } as Record<string, string>,
    count: { one: '{n} result', other: '{n} results' } as Record<string, string>,
    noneFor: 'Nothing found for “{query}”.',
    none: 'Nothing found.',
    noneHint: 'Try other or fewer words, or clear the filters. Every post is also listed by date in the',
    more: 'Show more results',
    devNoIndex: 'Search works on a production build: run npm run build, then npm run preview.',
    devLastBuild: 'Local preview: results come from the last production build (npm run build), so drafts and recent edits are not in them.',
    unavailable: 'Search is unavailable: the search index could not be loaded. Every post is listed by date in the',
    noScript: 'Search runs in your browser and needs JavaScript. Without it, every post is listed by date in the',
  },
  archive: 'Archive',
  tags: 'Topics',
  about: 'About this site',
  corrections: 'Corrections',
  openData: 'Open data',
  advisoryBoard: 'Advisory board',
  security: 'Report a vulnerability',
  verify: 'Verify this site',
  published: 'Published',
  updated: 'Updated',
  by: 'By',
  correctionsHeading: 'Corrections',
  correctionOn: 'Correction,',
  previousInKind: 'Previous',
  nextInKind: 'Next',
  readMore: 'Read',
  latestUpdates: 'Latest updates',
  nextWebinar: 'Next webinar',
  noUpcomingWebinar: 'No webinar is scheduled right now. Past recordings are in the webinar archive.',
  allOfKind: 'All',
  page: 'Page',
  pagination: 'Pagination',
  newer: 'Newer',
  older: 'Older',
  dayOfPlan: (day: number, total: number) => `Day ${day} of ${total}`,
  planNotStarted: 'The plan has not started yet.',
  planFinished: (total: number) => `The ${total}-day plan has ended.`,
  /** Where the plan stands in words (src/lib/plan-phase.ts gives the numbers; dates come formatted). */
  planLife: {
    before: (length: number, first: string, days: number) => `The ${length}-day plan starts on ${first}, in ${days} ${days === 1 ? 'day' : 'days'}.`,
    running: (left: number, last: string) => `${left} ${left === 1 ? 'day' : 'days'} left: the plan ends on ${last}.`,
    lastDay: (length: number, last: string) => `Today, ${last}, is the last of the plan's ${length} days.`,
    after: (length: number, last: string, since: number) => `The ${length}-day plan ended on ${last}, ${since} ${since === 1 ? 'day' : 'days'} ago.`,
    tallyHeading: 'Final tally',
    tally: (done: number, total: number, withdrawn: number, open: number) =>
      `${done} of ${total} ${total === 1 ? 'commitment' : 'commitments'} done${withdrawn > 0 ? `, ${withdrawn} withdrawn` : ''}, ${open} still open.`,
    openHeading: 'What remains open',
    openNone: 'Nothing remains open.',
    due: 'due',
    noCommitments: 'No commitments have been published yet.',
  },
  /** What a page says when there is nothing of its kind yet (a new site). */
  empty: {
    commitments: 'No commitments have been published yet. Each promise of the plan will be listed here with its owner, due date, status and evidence.',
    summary: 'No commitments yet.',
    chart: 'Nothing to draw yet: the chart begins with the first commitment.',
    regions: 'No region has been disclosed yet.',
    advisors: 'No advisory board member has been named yet.',
    tags: 'No post carries a topic yet.',
  },
  commitmentUpdates: 'Commitment updates in this post',
  /** Column names of the status updates table (and its labels when rows become cards on phones). */
  updateColumns: { commitment: 'Commitment', status: 'Status', note: 'Note' },
  /** Column names of a post's audit findings table. */
  findingColumns: { id: 'Id', finding: 'Finding', severity: 'Severity', status: 'Status', asOf: 'As of' },
  /** Link text after a finding, to the commitment it concerns. */
  findingCommitmentLink: 'commitment',
  /** Column names of a routing disclosure's changes table. */
  routingColumns: { region: 'Region', change: 'Change', meaning: 'What it means' },
  /** The email-ready version of a post (dist/email/, lib/email.ts). */
  email: {
    readOnline: 'Read this on the web',
    footer: (siteTitle: string) => `This is a copy of a post on the ${siteTitle}, where every update, correction and piece of evidence is published:`,
  },
  /** "What you should do": recommended actions on a post, in its feed item and on /actions/. */
  actions: {
    heading: 'What you should do',
    audiences: {
      everyone: 'Everyone',
      'meeting-hosts': 'Meeting hosts',
      'account-admins': 'Account admins',
      developers: 'Developers',
    } as Record<string, string>,
    until: (date: string) => `Needed until ${date}.`,
    ended: (date: string) => `No longer needed since ${date}.`,
    pageTitle: 'What you should do now',
    pageIntro:
      'Every action we have asked you to take that is still needed, newest first, with the post that explains it. An action stays here until the date we gave for it passes; an action without a date stays until we set one.',
    pageNone: 'There is nothing we need you to do right now.',
    pastHeading: 'No longer needed',
    pastIntro: 'Actions we asked for earlier whose date has passed, kept here so that the record stays complete.',
    colPost: 'Asked in',
    nav: 'What you should do',
  },
  webinarWhen: 'When',
  webinarDuration: 'Duration',
  minutes: (n: number) => `${n} minutes`,
  presenters: 'Presenters',
  recording: 'Watch the recording',
  join: 'Register and join',
  questions: 'Questions asked',
  inUtc: 'UTC',
  moved: 'Moved from',
  webinarDetails: 'Webinar details',
  auditSummary: 'Audit summary',
  auditor: 'Auditor',
  scope: 'Scope',
  period: 'Period',
  findings: 'Findings',
  report: 'Read the full report (PDF)',
  routingEffective: 'Effective',
  routingChanges: 'What changes',
  draftBanner: 'Draft: this post is visible only in the local preview and will not be published.',
  scheduledBanner: (when: string) => `Scheduled: this post goes live on ${when}. It is visible only in the local preview.`,
  viewSource: 'View source',
  suggestCorrection: 'Suggest a correction',
  correctionIssueTitle: (title: string) => `Correction: ${title}`,
  correctionIssueBody: (pageUrl: string, path: string) =>
    `Page: ${pageUrl}\nFile: ${path}\n\nWhat is wrong, and what would be right (with a source if you have one):\n\n`,
  notFoundTitle: 'Page not found',
  /** Shown on a kind's index page before anything of that kind is published. */
  nothingPublishedYet: 'Nothing has been published here yet.',
  /** The home page's own words. */
  homePage: {
    headline: 'We broke your trust. This is how we are earning it back, in public.',
    readApology: 'Read our apology',
    seeCommitments: 'See every commitment and its status',
    archiveAll: 'everything we have published',
  },
  /** Link text to a kind's RSS feed. */
  rssFeed: 'RSS feed',
  notFound: {
    lede: 'We could not find that page. Nothing on this site is deleted silently: if a post moved, its old address should still work, so please tell us.',
    home: 'Go to the home page',
    plan: 'See the plan and the status of every commitment',
    archive: 'Browse everything we have published',
    search: 'Search the site',
  },
  tagged: (tag: string) => `Topic: ${tag}`,
  /**
   * Topic (tag) names in this language, by tag slug; the slug stays the topic's address. A tag
   * missing here is shown as its slug, marked as the main language's (src/lib/tags.ts topicName).
   * English shows the slugs themselves.
   */
  topics: {} as Record<string, string>,
  /** Languages: the switcher, and the notices on translated and untranslated posts. */
  translation: {
    switcher: 'Language',
    /** Each language's name in this language, for sentences ("translated from the original in English"). */
    languageNames: { en: 'English', es: 'Spanish', de: 'German' } as Record<string, string>,
    notTranslated: 'This post is not yet available in English; showing the original.',
    translatedFrom: (language: string) => `Translated from the original in ${language}.`,
    readOriginal: 'Read the original',
    stale: 'This translation may be out of date: the original has changed since it was last translated.',
    feedTitle: (siteTitle: string) => `${siteTitle} (English)`,
    feedDescription: 'Every post available in English, newest first.',
    onlyInMain: 'Pages without a translation are shown in the original language.',
  },
  footerNote: 'This site sets no cookies, loads nothing from other sites and runs no analytics.',
  trust: {
    planTitle: (days: number) => `The ${days}-day plan`,
    planIntro:
      'Every promise we made on day 1, who answers for it, when it is due, and where it stands. No status here is typed by hand: each one comes from a dated update in a progress post or webinar recap, and a commitment that passes its due date without being done turns overdue by itself.',
    summaryHeading: 'Where the commitments stand',
    summaryLink: 'See every commitment, its status and its evidence',
    countOf: (n: number, label: string) => `${n} ${label.toLowerCase()}`,
    commitmentsHeading: 'Commitments',
    colCommitment: 'Commitment',
    colOwner: 'Owner',
    colPromised: 'Promised',
    colDue: 'Due',
    colStatus: 'Status',
    colLastUpdate: 'Last update',
    colEvidence: 'Evidence for each status',
    dueDay: (n: number) => `day ${n} of the plan`,
    noUpdate: 'No update yet',
    doneLate: 'done after its due date',
    overdueSince: 'since',
    historyLink: (n: number) => `Full history (${n} ${n === 1 ? 'update' : 'updates'})`,
    chartHeading: 'Progress, day by day',
    chartTitle: 'Commitments done, in progress and overdue on each day of the plan',
    chartDesc: (days: number, done: number, progress: number, overdue: number) =>
      `Step lines over ${days} ${days === 1 ? 'day' : 'days'} of the plan. On the last day shown: ${done} done, ${progress} in progress, ${overdue} overdue.`,
    chartAxisDay: 'Day of the plan',
    chartAxisCount: 'Commitments',
    chartInWords: 'The chart in words',
    chartRangeDays: (from: number, to: number) => (from === to ? `Day ${from}` : `Days ${from} to ${to}`),
    notStartedYet: 'The plan has not started yet, so there is nothing to chart.',
    openDataLinks: 'The same data as files:',
    commitmentFeed: 'Follow this commitment (RSS)',
    commitmentKicker: 'Commitment',
    commitmentFacts: 'Facts',
    timelineHeading: 'Timeline',
    timelinePromised: 'Promised',
    timelineDue: 'Due date',
    timelineOverdue: 'Due date passed without the commitment being done: overdue',
    reportedIn: 'Reported in',
    relatedPosts: 'Every post that mentions it',
    category: 'Category',
    backToPlan: 'All commitments',
    routingTitle: 'Where your data is processed',
    routingIntro:
      'Every region and data center that processes customer data, what is processed there, whether it is used by default and whether your admin can exclude it. Each change is announced in a data-routing disclosure before it takes effect.',
    regionsHeading: 'Regions in use',
    retiredHeading: 'Retired regions',
    colRegion: 'Region',
    colLocation: 'Location',
    colDataCenters: 'Data centers',
    colDataKinds: 'What is processed there',
    colDefault: 'Used by default',
    colOptOut: 'Can be excluded',
    colSince: 'Since',
    yes: 'Yes',
    no: 'No',
    diagramTitle: 'Map of the regions that process customer data',
    diagramDesc: (names: string) =>
      `Positions by longitude and latitude, on a plain grid without map tiles: ${names}. Solid dots are used by default, hollow dots only when an admin chooses them, crossed dots are retired. The table below says the same in words.`,
    diagramLegendDefault: 'Used by default',
    diagramLegendOptIn: 'Only when chosen',
    diagramLegendRetired: 'Retired',
    /** The compass letters of the region diagram's degree labels ("30°N", "90°W"). */
    compass: { north: 'N', south: 'S', east: 'E', west: 'W' },
    changesHeading: 'History of changes',
    colEffective: 'Effective',
    colChange: 'Change',
    colWhat: 'What changed',
    colDisclosure: 'Disclosure',
    change: { added: 'Added', removed: 'Removed', changed: 'Changed' } as Record<'added' | 'removed' | 'changed', string>,
    noChanges: 'No routing disclosure has been published yet.',
    auditsOverview: 'All audits at a glance',
    auditsTotals: (findings: number, audits: number) =>
      `${findings} ${findings === 1 ? 'finding' : 'findings'} across ${audits} ${audits === 1 ? 'audit' : 'audits'}`,
    colSeverity: 'Severity',
    colTotal: 'Total',
    findingStatus: { open: 'Open', 'in-progress': 'In progress', fixed: 'Fixed', 'accepted-risk': 'Accepted risk' } as Record<
      'open' | 'in-progress' | 'fixed' | 'accepted-risk',
      string
    >,
    severity: { critical: 'Critical', high: 'High', medium: 'Medium', low: 'Low', informational: 'Informational' } as Record<
      'critical' | 'high' | 'medium' | 'low' | 'informational',
      string
    >,
    auditChartTitle: 'Findings by severity, split by remediation status',
    auditChartDesc: 'One bar per severity; each bar is split into open, in progress, fixed and accepted-risk findings. The table above gives the same numbers.',
    noAudits: 'No audit results have been published yet.',
    upcomingWebinars: 'Upcoming webinars',
    pastWebinars: 'Past webinars',
    addToCalendar: 'Add to my calendar (.ics)',
    inYourZone: 'The calendar file puts it in your own time zone.',
    noRecording: 'Recording not yet published',
    questionsCount: (n: number) => `${n} ${n === 1 ? 'question' : 'questions'} answered`,
    advisoryTitle: 'Independent advisory board',
    advisoryIntro:
      'Outside security and privacy leaders who can see our work, question it, and publish their own view of it. They are not paid by the hour for agreement: each member may speak publicly about our plan without our review.',
    advisoryMembers: 'Members',
    advisoryPresented: 'Webinars they presented',
    advisoryCommitment: 'The commitment that created the board',
    correctionsTitle: 'Corrections',
    correctionsIntro: 'Every correction we have made to a published post, newest first. Each correction is also shown at the top of the post it corrects.',
    correctionsFeed: 'Corrections feed (RSS)',
    noCorrections: 'No correction has been needed so far.',
    colDate: 'Date',
    colPost: 'Post',
    colCorrection: 'Correction',
    historyHeading: 'History',
    historyIntro: 'Every change to the source file of this page, from the public repository.',
    viewCommit: (short: string) => `Commit ${short}`,
    dataTitle: 'Open data',
    dataIntro:
      'Everything shown in a table on this site is also published as data, at addresses that will not change. The files are rebuilt with the site and hold exactly what the pages show.',
    dataFormulas:
      "CSV files are safe to open in a spreadsheet: a text value that begins with =, +, -, @, a tab or a carriage return could run as a formula, so it is written with a single quote (') in front, which the spreadsheet shows as text. The JSON files hold every value exactly as written. Numbers, such as a negative longitude, stay numbers.",
    colFile: 'File',
    colField: 'Field',
    colMeaning: 'Meaning',
    securityTitle: 'Report a vulnerability',
    securityVerifyHeading: 'Check that this site is the one we published',
    securityVerifyText:
      'Every file of this site is listed, with its SHA-256 hash, in a manifest signed with our Ed25519 key and chained to every earlier manifest.',
    securityVerifyLink: 'How to verify this site',
  },
  feeds: {
    rss: 'RSS',
    atom: 'Atom',
    json: 'JSON Feed',
    kindTitle: (siteTitle: string, kind: string) => `${siteTitle}: ${kind}`,
    commitmentTitle: (siteTitle: string, commitment: string) => `${siteTitle}: ${commitment}`,
    commitmentDescription: (commitment: string) => `Every progress update, webinar answer and audit finding about our commitment “${commitment}”.`,
    correctionsTitle: (siteTitle: string) => `${siteTitle}: corrections`,
    correctionsDescription: 'Every correction we have made to a published post, newest first.',
    correctionItemTitle: (postTitle: string) => `Correction: ${postTitle}`,
    correctedPost: 'The corrected post:',
    calendarName: (siteTitle: string) => `${siteTitle}: webinars`,
    calendarDescription: (days: number) => `Our weekly webinars on the ${days}-day plan, past and upcoming, with join and recording links.`,
    calendarDetails: 'Details',
    calendarOnline: 'Online',
  },
  subscribePage: {
    title: 'Subscribe',
    intro:
      'You do not have to visit this site to follow what we do. Every post we publish here also reaches you in the app you already use: a feed reader for posts, your calendar for the webinars. Nothing here asks for your e-mail address, and no feed or calendar tells us who reads it.',
    feedsHeading: 'Feeds, in plain words',
    feedsExplained:
      'A feed is a web address that a feed reader (for example NetNewsWire, Feedly, Inoreader, Thunderbird or Outlook) checks for new posts. Copy one of the addresses below and paste it where your reader says “add subscription” or “follow”. New posts then appear in your reader in full, with any correction at the top, and an edited post shows as updated rather than as a new post.',
    formatsExplained: 'RSS, Atom and JSON Feed are three formats of the same posts. Choose whichever your reader accepts; RSS works almost everywhere.',
    siteHeading: 'Everything we publish',
    siteExplained: (limit: number) =>
      `The latest ${limit} posts of every kind: statements, progress updates, webinars, data-routing disclosures, audits and guides. For older posts, use the feed of one kind below, which holds every post of that kind.`,
    kindsHeading: 'One kind of post',
    kindsExplained: 'Each of these holds every post of one kind, from the first one on.',
    commitmentsHeading: 'One commitment of the plan',
    commitmentsExplained:
      'Follow only what concerns one promise: the progress updates that report on it, the webinar answers about it and the audit findings that touch it.',
    correctionsHeading: 'Corrections',
    correctionsExplained: 'One item for every correction we make to a published post, so that you see what we got wrong even if you read the post long ago.',
    calendarHeading: 'Webinar calendar',
    calendarExplained:
      'Add every weekly webinar, past and upcoming, to your calendar app by subscribing to the address below. Your app checks it regularly, so when a webinar moves, the new time replaces the old one. Times are set in each webinar’s own time zone, and your app shows them in yours.',
    calendarHowTo:
      'In Google Calendar choose “Other calendars”, then “From URL”. In Apple Calendar choose “File”, then “New Calendar Subscription”. In Outlook choose “Add calendar”, then “Subscribe from web”.',
    calendarOpen: 'Open in my calendar app',
    calendarSingle: 'To add just one webinar, use “Add to my calendar” on its page.',
    address: 'Address',
    colFeed: 'Feed',
    colAddress: 'Address',
    autodiscovery: 'Most readers also find the right feed by themselves if you give them the address of any page of this site.',
    emailHeading: 'By email',
    emailExplained:
      'We do not keep a mailing list: a list of readers is one more thing that could leak. To get each post by email, give one of the feed addresses above to a feed-to-email service of your choice (for example Blogtrottr, Feedrabbit or follow.it, or the RSS-to-email feature of your newsletter tool). It checks the feed and mails you every new post in full. The service, not us, then knows your address, so read its privacy policy first.',
    emailCopies: 'Our own email updates are the same posts: every post also exists as a ready-to-send message, which is what our communications team sends.',
  },
  verifyPage: {
    title: 'Verify this site',
    intro:
      'Every time we publish this site, the build lists every file in it with its SHA-256 hash in a manifest, records the hash of the manifest before it, and signs the manifest with our Ed25519 key. With the signature you can prove that a copy of a page is exactly what we published, and with the chain of manifests that nothing published earlier was quietly rewritten or removed, without trusting the web host that serves it.',
    filesHeading: 'What is published',
    colFile: 'Address',
    colWhat: 'What it is',
    manifestFile: 'The latest manifest: site address, commit, build time, signer, the previous manifest’s hash, and every file with its size and SHA-256.',
    signatureFile:
      'The signature of manifest.json: one line in the C2SP signed-note format (key name, then base64 of a 4-byte key ID and the 64-byte Ed25519 signature of the exact bytes of manifest.json).',
    pastFiles: 'Every manifest so far, numbered from 1, with its signature: the chain you can walk back.',
    keyFile: 'The public key that signs the manifests.',
    keyHeading: 'The key',
    keyFingerprint: 'Fingerprint of the key that signed this copy of the site (SHA-256 of the 32-byte public key):',
    keyDemo:
      'This copy was signed with the demo key, whose private key is public in our repository: its signature proves nothing. A real deployment signs with a key kept secret.',
    keyUnsigned:
      'This copy of the site was built without a signing key, so its manifest is marked unsigned: its hashes can be checked, but nothing proves who published it.',
    keyElsewhere:
      'A key served by the same host as the site proves little: whoever controls the host could replace the site, the manifest and the key together. Compare the fingerprint with one from another source: the file keys/manifest-signing-key.pub.pem in our public repository, a copy you saved earlier, or one we told you in person or in writing.',
    signatureHeading: 'Check the signature',
    signatureText:
      'With curl and OpenSSL 3: download the manifest, its signature and the key, print the key’s fingerprint, and check the signature. OpenSSL answers “Signature Verified Successfully”.',
    filesCheckHeading: 'Check the files',
    filesCheckText:
      'Download every file the manifest lists, then compare each one with its hash (curl, jq and sha256sum). Nothing is printed when every file matches; a file that differs or is missing is named. To check one page you saved, compare the output of sha256sum on it with its line in manifest.json.',
    chainHeading: 'Check the chain',
    chainText:
      'Each manifest records the SHA-256 of the one before it. Download the previous one and compare: the same hash means it is the manifest that was published then. Repeat back to manifest 1, or to a manifest you saved yourself.',
    nodeHeading: 'With a few lines of Node',
    nodeText:
      'The same checks of the key, the signature and every file, with Node 22 or later and nothing to install. Save it as verify.mjs and run it with the site’s address and the fingerprint you trust.',
    toolHeading: 'With our verifier',
    toolText:
      'Our repository has a verifier that does all of this, including the chain walk, and names each file that differs, is missing or is not listed, and the first broken link of the chain. It prints a one-line verdict first, and exits with 0 only when everything holds.',
    rotationHeading: 'When the key changes',
    rotationText:
      'If we replace the signing key, the old key signs a handover to the new one, and the first manifest signed by the new key carries that handover (its “rotation” field). A manifest signed by another key without such a handover is a broken chain.',
  },
  /** The words written in the site's own pages (about, security, open data, archive), in every language. */
  pages: {
    /**
     * /about/. A sentence with a link inside is in three parts (components/Linked.astro): the words
     * before the link, the link's words, the words after it, each with its own spaces and punctuation.
     */
    about: {
      title: 'About this site',
      lede: (company: string) => `This is where ${company} reports, in public, on the promises it made after failing its users on security and privacy.`,
      relyHeading: 'What you can rely on',
      evidence: {
        lead: 'Status is evidence, not opinion.',
        before: 'The status of each commitment on ',
        link: 'the plan',
        after: ' is computed from dated updates, each linked to the post that reports it. A commitment that misses its date shows as overdue on its own.',
      },
      rewritten: {
        lead: 'Nothing is rewritten silently.',
        before: 'Corrections are shown at the top of the post they correct and listed on ',
        link: 'one page',
        after: '. Each post lists the changes made to it since publication.',
      },
      tracking: {
        lead: 'No tracking.',
        text: 'This site sets no cookies, runs no analytics, and loads nothing from any other website. Search runs in your browser.',
      },
      signed: {
        lead: 'Signed and chained.',
        before: 'Every file of this site is listed with its hash in a signed manifest that links to every earlier one, so you can ',
        link: 'verify',
        after: ' that a page is what we published, and that nothing published earlier was rewritten.',
      },
      openData: {
        lead: 'Open data.',
        before: 'Every table here is also ',
        link: 'published as data',
        after: ', so that you can check our numbers yourself.',
      },
      languages: {
        lead: 'In your language.',
        /** `names`: the site's languages as a list ("English, Spanish and German"); `main`: the original's language. */
        text: (names: string, main: string) =>
          `Every page of this site is in ${names}. A post we have not translated yet is shown in the original ${main}, with a notice; a translation never replaces the original, which is what we answer for.`,
      },
      madeHeading: 'How it is made',
      made: {
        before:
          'The site is a static website built from text files kept in a public repository. Our communications team publishes by adding a file; every file is checked automatically before it can be published. You can follow everything by ',
        link: 'RSS, Atom, JSON Feed or calendar',
        after: '.',
      },
      source: 'Source',
    },
    security: {
      description: (company: string) => `How to report a security problem in ${company} to us, and what our bug bounty covers and pays.`,
      lede: 'If you have found a way to get into a meeting, an account or data that should be closed to you, we want to hear from you first, and we will pay for it.',
      reportHeading: 'How to report',
      write: {
        before: 'Write to ',
        after: '. A person on our security team reads every message; you will get a reply within two working days.',
      },
      tell: 'Tell us what you found, the steps to reproduce it, the app or service and version, and what an attacker could do with it. A short video or a proof of concept helps.',
      time: 'Give us time to fix it before you publish: we aim to fix critical problems within 7 days and all others within 90 days, and we will agree a publication date with you.',
      noBounty: {
        before: 'You do not need to be in the bug bounty to report a problem, and you do not need to accept a reward. Machine-readable contact details are in ',
        after: '.',
      },
      bountyHeading: 'The bug bounty',
      widened: 'The bounty was widened as part of our plan:',
      inScopeHeading: 'In scope',
      inScope: (company: string) => [
        `Every ${company} app: desktop (Windows, macOS, Linux), mobile (iOS, Android) and the web client.`,
        'Every public service we run: meeting servers, the telephone gateway, the admin API, sign-in, and this site.',
        'End-to-end encrypted meetings, including key exchange and key rotation.',
      ],
      routingScope: {
        before: 'Where data is processed: any way to make a meeting, recording or account data go to a region that an admin has excluded (see ',
        link: 'data routing',
        after: ').',
      },
      outOfScopeHeading: 'Out of scope',
      outOfScope: (company: string) => [
        'Attacks on our staff or customers (phishing, social engineering) and physical attacks.',
        'Denial of service and load testing against production.',
        `Problems in other companies' services unless they let you reach ${company} data.`,
        'Reports from automated scanners without a demonstrated impact.',
      ],
      rewardsHeading: 'Rewards',
      colExample: 'Example',
      colReward: 'Typical reward',
      rewards: [
        ['Joining a password-protected meeting without the password', 'Up to $50,000'],
        ["Reading another account's recordings", 'Up to $30,000'],
        ['Bypassing the waiting room', 'Up to $15,000'],
        ['Revealing internal server names in an error message', '$250 to $1,000'],
      ] as [string, string][],
      rulesHeading: 'Rules and safe harbour',
      rules: (company: string) => [
        "Use only your own accounts and meetings, or accounts whose owners agreed. Stop and tell us as soon as you reach someone else's data; do not keep or share it.",
        `Good-faith research that follows these rules will not lead to legal action by ${company}, and we will say so to anyone who asks.`,
        'The first report of a problem is rewarded. We publish what we fixed, with your name if you want it.',
      ],
      runBy: 'This programme is run by',
    },
    /** The open data page's note on formats (its files and fields are described in English, from the data contract). */
    dataFormats:
      'JSON files are UTF-8 arrays of objects. CSV files follow RFC 4180: UTF-8, a header row, comma-separated, CRLF line ends, and double quotes around any value that holds a comma, a quote or a line break. Times are ISO 8601 in UTC; days are YYYY-MM-DD. Only published posts contribute; a status is derived at the moment the site was built.',
    /** The parts of the plan a commitment belongs to (vocabulary.ts COMMITMENT_CATEGORIES). */
    categories: {
      engineering: 'Engineering',
      security: 'Security',
      privacy: 'Privacy',
      governance: 'Governance',
      communication: 'Communication',
    } satisfies Record<(typeof COMMITMENT_CATEGORIES)[number], string> as Record<string, string>,
    /** On /subscribe/ in another language: which feeds carry the posts in the original's language. */
    feedsInOriginal: (language: string) =>
      `Each language has its own site-wide feed, with the posts translated into it. The other feeds carry every post in the original, in ${language}.`,
    /** The archive's lede. */
    archiveCount: (n: number) => `${n} ${n === 1 ? 'post' : 'posts'}, newest first.`,
  },
  record: {
    originally: (date: string) => `originally ${date}`,
    slipSummary: (count: number, days: number) => {
      const times = count === 1 ? 'once' : count === 2 ? 'twice' : `${count} times`;
      const total = `${days > 0 ? '+' : days < 0 ? '−' : '±'}${Math.abs(days)} ${Math.abs(days) === 1 ? 'day' : 'days'}`;
      return `${days >= 0 ? 'slipped' : 'moved'} ${times}, ${total}${count > 1 ? ' in all' : ''}`;
    },
    revisionsHeading: 'Due date and its changes',
    revisionsIntro:
      'The due date first promised never changes here. A new date is announced in a post with its reason, and overdue is judged against the date in force.',
    originalDue: 'Original due date',
    currentDue: 'Due now',
    noRevisions: 'The due date has not moved.',
    announcedOn: 'Announced',
    reason: 'Reason',
    announcedIn: 'announced in',
    pastOriginal: 'past its original due date',
    doneAfterOriginal: 'done after its original due date',
    withdrawn: 'Withdrawn',
    withdrawnOn: (date: string) => `Withdrawn on ${date}`,
    timelineRevision: (from: string, to: string) => `Due date moved: ${from} → ${to}`,
    calendarName: (title: string) => `${title}: commitment due dates`,
    calendarDescription:
      'Every commitment of the plan on its current due date. When a date moves, the event moves with it and its description says when it was first due.',
    calendarLink: 'Due dates in your calendar (.ics)',
    calendarOriginal: 'Originally due',
    calendarMoves: 'Changes',
    calendarStatus: 'Status at publication',
    changesTitle: 'Every change to published content',
    changesIntro:
      'Each edit made to a post after it was published, and each edit to the data behind the plan and the routing map, newest first, with what it changed word by word. Small fixes are marked minor, never hidden.',
    changesFeed: 'Changes feed (RSS)',
    changesFeedTitle: (title: string) => `${title}: changes to published content`,
    changesOf: (label: string) => `Changes to “${label}”`,
    changesOfIntro:
      'Every edit made after publication, newest first. Inserted words are underlined and marked “inserted”, deleted words are struck through and marked “deleted”.',
    noChanges: 'No published content has been changed since the site went public.',
    viewChanges: (n: number) => `What changed after publication (${n} ${n === 1 ? 'edit' : 'edits'})`,
    viewPublished: 'See it as published now',
    minor: 'Minor edit',
    commit: (hash: string) => `commit ${hash}`,
    fieldsChanged: 'Fields changed',
    textChanged: 'Text changed',
    inserted: 'inserted:',
    deleted: 'deleted:',
    endInserted: 'end of insertion',
    endDeleted: 'end of deletion',
    gap: '[…]',
    fieldAdded: 'added',
    fieldRemoved: 'removed',
    fieldEmpty: '(empty)',
    wordCounts: (added: number, removed: number) => `${added} ${added === 1 ? 'word' : 'words'} inserted, ${removed} deleted`,
    dataFile: 'data file',
    /** Which translation a change is to, by the language's name in the page's language ("version in Spanish"). */
    translationVersion: (language: string) => `version in ${language}`,
  },
  status: {
    'not-started': 'Not started',
    'in-progress': 'In progress',
    blocked: 'Blocked',
    done: 'Done',
    overdue: 'Overdue',
  } satisfies Record<DerivedStatus, string>,
  /** A count of commitments in a status, as the plan's share card says it ("7 done"): the word's forms by plural category (src/lib/plural.ts). */
  statusCount: {
    'not-started': { other: 'not started' },
    'in-progress': { other: 'in progress' },
    blocked: { other: 'blocked' },
    done: { other: 'done' },
    overdue: { other: 'overdue' },
  } as Record<DerivedStatus, PluralForms>,
  kinds: {
    statements: { plural: 'Statements', singular: 'Statement', intro: 'The apology and letters from our CEO.' },
    progress: { plural: 'Progress updates', singular: 'Progress update', intro: 'A written update every week of the plan: what moved, what did not, and why.' },
    webinars: {
      plural: 'Webinars',
      singular: 'Webinar',
      intro: 'A live webinar every week with open questions. Recordings, transcripts and answers stay here.',
    },
    routing: { plural: 'Data-routing disclosures', singular: 'Data-routing disclosure', intro: 'Where your data is processed, and every change to it.' },
    audits: { plural: 'Audits', singular: 'Audit', intro: 'Independent audits of our security and encryption, with every finding and its fix.' },
    guides: { plural: 'Guides', singular: 'Guide', intro: 'Plain-language guides to using our service safely.' },
  } satisfies Record<PostKind, { plural: string; singular: string; intro: string }>,
};

/** The shape every language's table must have: the English one. */
export type UiStrings = typeof en;

/** Interface strings per language: one table for each code of src/lib/languages.ts. */
export const ui: Record<Language, UiStrings> = { en, es, de };

/** The strings for a language (English for an unknown code). */
export function strings(lang: string): UiStrings {
  return ui[lang as Language] ?? ui.en;
}

/** How a page in `lang` names a translation into `code`: "version in Spanish", "versión en alemán" (the code itself for a language without a name). */
export function translationVersionName(lang: string, code: string): string {
  const t = strings(lang);
  return t.record.translationVersion(t.translation.languageNames[code] ?? code);
}
