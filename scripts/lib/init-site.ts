/**
 * Turns a fork of the demo into an empty site of its own (`npm run init`): the settings
 * file written from the answers and checked before anything is touched; one example of
 * each kind of post and each data file kept in examples/ (outside the content folder, so
 * never published); every demo post and its files removed; empty data files.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSiteSettings, SITE_SETTINGS_FILE, type SiteSettings } from '../../src/lib/site-settings.ts';
import { DATA_FILES } from '../../src/lib/data-files.ts';
import { POST_KINDS } from '../../src/lib/vocabulary.ts';
import { parseTranslationName } from '../../src/lib/translation-files.ts';

/** The folder, beside content/, that keeps the examples. */
export const EXAMPLES_DIR = 'examples';

/** A YAML value written so that it reads back as the same text (JSON strings are YAML double-quoted scalars). */
const quoted = (value: string) => JSON.stringify(value);

/** The text of content/site.yaml for these settings, with a comment on each group. */
export function siteYamlText(s: SiteSettings): string {
  return `# The site's settings. Every field is explained in PUBLISHING.md, "Site settings".
# \`npm run check\` checks this file; a mistake names the line, the field and the fix.
company: ${quoted(s.company)}
title: ${quoted(s.title)}
description: ${quoted(s.description)}
language: ${s.language}

plan:
  start: ${s.plan.start}             # day 1, in the plan's time zone
  days: ${s.plan.days}
  timeZone: ${s.plan.timeZone}   # plan days begin and deadlines end at midnight here

displayTimeZone: ${s.displayTimeZone}   # for dates that carry no zone of their own

contacts:
  security: ${quoted(s.contacts.security)}

repository:
  url: ${quoted(s.repository.url)}
  branch: ${quoted(s.repository.branch)}

brand:
  colour: ${quoted(s.brand.colour)}         # links and buttons on the light page (at least 4.5:1 against it)
  colourDark: ${quoted(s.brand.colourDark)}     # the same on the dark page
  logo: ${s.brand.logo}   # an SVG file in public/, used as the site icon

mediaOrigins: [${s.mediaOrigins.map(quoted).join(', ')}]   # other sites posts may load pictures, video and audio from
ledgerStart: ${s.ledgerStart}   # when the site goes public: edits after it are the public record
pageSize: ${s.pageSize}
feedLimit: ${s.feedLimit}
${s.notice ? `notice: ${quoted(s.notice)}\n` : ''}`;
}

/** What init did, for the summary it prints. */
export interface InitReport {
  /** Files and folders kept as examples (paths relative to the project). */
  examples: string[];
  /** Demo posts removed. */
  removedPosts: number;
}

/** The post files of a kind folder, sorted (.md and .mdx), without their translations (apology.es.mdx). */
function postsOf(folder: string): string[] {
  return existsSync(folder)
    ? readdirSync(folder)
        .filter((f) => /\.mdx?$/.test(f) && !parseTranslationName(f))
        .sort()
    : [];
}

/**
 * Writes `settings` as `<root>/<contentDir>/site.yaml` (checked first: a settings mistake
 * throws a ContentFileError before any file is touched), keeps one example per kind and
 * each data file in `<root>/examples/`, removes the demo posts and empties the data files.
 * A logo outside public/ is copied to public/logo.svg first (`logoSource`).
 */
export function initSite(root: string, contentDir: string, settings: SiteSettings, logoSource?: string): InitReport {
  const content = join(root, contentDir);
  const text = siteYamlText(settings);
  parseSiteSettings(text, join(contentDir, SITE_SETTINGS_FILE));
  if (logoSource) {
    const svg = readFileSync(logoSource, 'utf8');
    if (!/<svg[\s>]/.test(svg)) throw new Error(`${logoSource} is not an SVG image (no <svg> element): export the logo as SVG.`);
    mkdirSync(join(root, 'public'), { recursive: true });
    writeFileSync(join(root, settings.brand.logo), svg);
  }
  const examples = join(root, EXAMPLES_DIR);
  const report: InitReport = { examples: [], removedPosts: 0 };
  for (const kind of POST_KINDS) {
    const folder = join(content, kind);
    const posts = postsOf(folder);
    const example = posts[0];
    if (example && !existsSync(join(examples, kind, example))) {
      mkdirSync(join(examples, kind), { recursive: true });
      cpSync(join(folder, example), join(examples, kind, example));
      const files = join(folder, example.replace(/\.mdx?$/, ''));
      if (existsSync(files)) cpSync(files, join(examples, kind, basename(files)), { recursive: true });
      report.examples.push(`${EXAMPLES_DIR}/${kind}/${example}`);
    }
    for (const entry of existsSync(folder) ? readdirSync(folder) : []) {
      // Translations go with their demo posts; only the posts are counted.
      if (/\.mdx?$/.test(entry) && !parseTranslationName(entry)) report.removedPosts += 1;
      rmSync(join(folder, entry), { recursive: true, force: true });
    }
    mkdirSync(folder, { recursive: true });
    // Git keeps no empty folder; the check and the build skip files whose names start with a dot.
    writeFileSync(join(folder, '.gitkeep'), '');
  }
  for (const name of DATA_FILES) {
    const file = join(content, name);
    if (existsSync(file) && !existsSync(join(examples, name))) {
      mkdirSync(examples, { recursive: true });
      cpSync(file, join(examples, name));
      report.examples.push(`${EXAMPLES_DIR}/${name}`);
    }
    writeFileSync(file, `# Entries of ${name}: see ${EXAMPLES_DIR}/${name} for an example of each field, and PUBLISHING.md.\n[]\n`);
  }
  writeFileSync(
    join(examples, 'README.md'),
    `# Examples\n\nOne post of each kind and each data file of the demo site, kept by \`npm run init\`. Nothing here is\npublished: copy a file into ${contentDir}/ (the same folder name) and change it, or use \`npm run new\`.\n`,
  );
  writeFileSync(join(content, SITE_SETTINGS_FILE), text);
  return report;
}
