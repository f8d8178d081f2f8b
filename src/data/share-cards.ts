/**
 * The share cards of this build: one per published post and per translation (in its
 * language), plus the home page, /plan/ (with
 * the current counts) and each commitment page. Drafts and scheduled posts get none (only
 * posts that data/posts.ts publishes are listed; the dev preview lists none).
 * PNGs are cached under node_modules/.cache/share-cards/ by a hash of everything that
 * draws them, so a cached card is never stale (see cardPng); each build prunes the cards no
 * build has used for two weeks (lib/card-cache.ts).
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, statSync, utimesSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import cardSource from '../lib/share-card.ts?raw';
import { addBuildOutput, buildOutputFile, isBuilding } from '../lib/build-output';
import { staleCacheFiles } from '../lib/card-cache';
import { cachedCardPng } from '../lib/card-file';
import { CARD_FONT_FILES, type ShareCard } from '../lib/share-card';
import { formatDate } from '../lib/dates';
import { countWith } from '../lib/plural';
import { planPosition } from '../lib/plan';
import { LANGUAGE_CODES } from '../lib/languages';
import { isPublished } from '../lib/publish';
import { strings } from '../i18n/ui';
import { site } from '../site.config';
import { outputWriter } from './output-writer';
import { getAllPosts, now, preview, type Post } from './posts';
import { routes } from './site-links';
import { STATUS_ORDER, statusCounts, trackerRows } from './tracker';
import { getTranslations, type Translation } from './translations';

const root = process.cwd();
const fontDir = join(root, 'src', 'assets', 'fonts');
const cacheDir = join(root, 'node_modules', '.cache', 'share-cards');

/** A card to write: its key (its address without /cards/ and .png), what it says and its alt text. */
export interface CardEntry {
  /** e.g. "progress/week-3", "home", "plan", "plan/e2ee". */
  key: string;
  /** The card's text. */
  card: ShareCard;
}

/** The card key of a post, or undefined for a post that is not published (draft, scheduled, preview). */
export function postCardKey(post: Post): string | undefined {
  return !preview && isPublished(post.entry.data, now) ? `${post.kind}/${post.slug}` : undefined;
}

/** The key of a page's card in a language: the main language's as it is ("plan"), another language's under its code ("es/plan"). */
export function cardKeyIn(lang: string, key: string): string {
  return routes.inLanguage(lang, site.lang, `/${key}`).slice(1);
}

/** The card key of a translated post ("es/statements/apology"): published with its original, so always one. */
export function translationCardKey(translation: Translation): string {
  return cardKeyIn(translation.lang, `${translation.original.kind}/${translation.original.slug}`);
}

/** The card of a post, or of its translation: its title, its kind and its date in its language. */
function postCard(post: Post, lang: string, title: string): ShareCard {
  return {
    title,
    kicker: strings(lang).kinds[post.kind].singular,
    detail: formatDate(post.entry.data.published, lang, site.timeZone),
    company: site.company,
    accent: site.brand.colour,
  };
}

/** The plan's day as the home card says it, in `lang`. */
function planDayText(lang: string): string {
  const t = strings(lang);
  const position = planPosition(site.planStart, site.planDays, now, site.deadlineTimeZone);
  return position.phase === 'before'
    ? t.planNotStarted
    : position.phase === 'after'
      ? t.planFinished(position.length)
      : t.dayOfPlan(position.day, position.length);
}

/** The cards of the home page, /plan/ and each commitment page in `lang` (commitment titles stay as committed). */
async function planCards(lang: string): Promise<CardEntry[]> {
  const t = strings(lang);
  const company = site.company;
  const accent = site.brand.colour;
  const counts = await statusCounts();
  const countText = STATUS_ORDER.filter((s) => counts[s] > 0)
    .map((s) => countWith(counts[s], lang, t.statusCount[s]))
    .join(' · ');
  const rows = await trackerRows();
  return [
    { key: cardKeyIn(lang, 'home'), card: { title: site.title, kicker: site.company, detail: planDayText(lang), company, accent } },
    { key: cardKeyIn(lang, 'plan'), card: { title: t.trust.planTitle(site.planDays), kicker: planDayText(lang), detail: countText, company, accent } },
    ...rows.map(({ record }) => ({
      key: cardKeyIn(lang, `plan/${record.id}`),
      card: {
        title: record.title,
        kicker: t.plan,
        detail: `${t.status[record.status]} · ${t.trust.colDue} ${formatDate(new Date(`${record.due}T12:00:00Z`), lang, 'UTC')}`,
        company,
        accent,
      },
    })),
  ];
}

/** Every card of this build: the plan's pages in every language, every published post and every translation. */
export async function cardEntries(): Promise<CardEntry[]> {
  if (preview) return [];
  const posts = (await getAllPosts()).filter((post) => postCardKey(post));
  return [
    ...(await Promise.all(LANGUAGE_CODES.map(planCards))).flat(),
    ...posts.map((post) => ({ key: postCardKey(post)!, card: postCard(post, site.lang, post.entry.data.title) })),
    ...(await getTranslations()).map((translation) => ({
      key: translationCardKey(translation),
      card: postCard(translation.original, translation.lang, translation.entry.data.title),
    })),
  ];
}

/** Versions of the two libraries that draw a card. */
function libraryVersions(): string {
  const require = createRequire(join(root, 'package.json'));
  return ['satori/package.json', '@resvg/resvg-js/package.json'].map((p) => (require(p) as { version: string }).version).join(' ');
}

let drawing: string | undefined;
/** A hash of everything that draws a card besides its text: the drawing code, the fonts and the library versions. */
function drawingHash(): string {
  drawing ??= createHash('sha256')
    .update(cardSource)
    .update(libraryVersions())
    .update(Buffer.concat(CARD_FONT_FILES.map(({ file }) => readFileSync(join(fontDir, file)))))
    .digest('hex');
  return drawing;
}

/** The name of a card's file in the cache: the SHA-256 of its text and of everything that draws it (drawingHash). */
function cachedCardName(card: ShareCard): string {
  return `${createHash('sha256')
    .update(drawingHash())
    .update(JSON.stringify([card.title, card.kicker, card.detail, card.company, card.accent]))
    .digest('hex')}.png`;
}

/**
 * Marks this build's cards in the cache as used now, and deletes the cached files that no
 * build has used for CARD_CACHE_MAX_AGE_DAYS (lib/card-cache.ts). Returns how many it deleted.
 */
export function pruneCardCache(entries: CardEntry[]): number {
  if (!existsSync(cacheDir)) return 0;
  const used = new Set(entries.map((entry) => cachedCardName(entry.card)));
  const now = new Date();
  const files = readdirSync(cacheDir).flatMap((name) => {
    const stat = statSync(join(cacheDir, name), { throwIfNoEntry: false });
    return stat?.isFile() ? [{ name, mtimeMs: stat.mtimeMs }] : [];
  });
  for (const file of files) if (used.has(file.name)) utimesSync(join(cacheDir, file.name), now, now);
  const stale = staleCacheFiles(files, used, now.getTime());
  for (const name of stale) rmSync(join(cacheDir, name), { force: true });
  return stale.length;
}

/**
 * A card's PNG (for the dev server). Cached by the SHA-256 of the card's text and of
 * everything that draws it (drawingHash): a card whose text, code, fonts or libraries changed
 * has another name, so the cache can only return the exact PNG these inputs give. A cached
 * file that is not a PNG is drawn again (lib/card-file.ts).
 */
export function cardPng(card: ShareCard): Promise<Buffer> {
  return cachedCardPng(card, fontDir, join(cacheDir, cachedCardName(card)));
}

/**
 * During a build: hands these cards to the worker, which writes them into the output folder
 * (through the same cache as cardPng) while the pages are generated, and returns true; the
 * build fails naming the card when one cannot be drawn. In the dev server returns false.
 */
export function writeCardsDuringBuild(entries: CardEntry[]): boolean {
  if (!isBuilding()) return false;
  for (const { key, card } of entries) {
    const paths = { fontDir, cacheFile: join(cacheDir, cachedCardName(card)), file: buildOutputFile(routes.shareCard(key))! };
    addBuildOutput(
      outputWriter.writeCard(card, paths).catch((error: Error) => {
        throw new Error(`The share card ${routes.shareCard(key)} ("${card.title}") could not be drawn: ${error.message}`, { cause: error });
      }),
    );
  }
  return true;
}
