/**
 * The pages of the site's own routes that have one page per record (a commitment, a topic, the
 * changes of a post): their params and props, computed once here and used by the route in the
 * main language (pages/plan/[id].astro) and by the same route in every other language
 * (pages/[lang]/plan/[id].astro), which adds `lang` to the params.
 */
import { getCollection } from 'astro:content';
import { otherLanguages } from '../lib/languages';
import { countTags } from '../lib/tags';
import { site } from '../site.config';
import { changesByPage } from './changes';
import { getAllPosts } from './posts';
import { trackerRows } from './tracker';

/** How many changes one page of /changes/ lists. */
export const CHANGES_PER_PAGE = 50;

/** A page of a route: its params and its props. */
interface StaticPage<P extends Record<string, string>, T> {
  params: P;
  props: T;
}

/** One page per commitment (/plan/<id>/), with its row of the tracker. */
export async function commitmentPages() {
  const [entries, rows] = await Promise.all([getCollection('commitments'), trackerRows()]);
  return entries.map((entry) => ({ params: { id: entry.id }, props: { row: rows.find((r) => r.record.id === entry.id)! } }));
}

/** One page per topic (/tags/<tag>/), with the posts that carry it. */
export async function tagPages() {
  const posts = await getAllPosts();
  return countTags(posts.map((p) => p.entry.data.tags)).map(([tag]) => ({
    params: { tag },
    props: { tag, posts: posts.filter((p) => p.entry.data.tags.includes(tag)) },
  }));
}

/** One page per changed post or data file (/changes/<kind>/<slug>/), with its changes. */
export async function changePages() {
  return [...(await changesByPage())].map(([path, entries]) => {
    const [kind = '', slug = ''] = path
      .replace(/^\/changes\//, '')
      .replace(/\/$/, '')
      .split('/');
    return { params: { kind, slug }, props: { entries } };
  });
}

/** The same pages in every language but the main one: each page's params with its `lang`. */
export function inOtherLanguages<P extends Record<string, string>, T>(pages: StaticPage<P, T>[]) {
  return otherLanguages(site.lang).flatMap((lang) => pages.map((page) => ({ params: { ...page.params, lang }, props: page.props })));
}
