/**
 * /email/<kind>/<slug>.html: a published post as an email-ready HTML message (inlined styles,
 * absolute URLs). A build writes these files beside the pages (data/emails.ts), so this route
 * has no paths of its own then; the dev server renders them here.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailFilesFor, writeEmailsDuringBuild } from '../../../data/emails';
import { getAllPosts, type Post } from '../../../data/posts';
import { renderingFile } from '../../../lib/feed-item';

export const getStaticPaths: GetStaticPaths = async () => {
  const posts = await getAllPosts();
  if (await writeEmailsDuringBuild(posts)) return [];
  return posts.map((post) => ({ params: { kind: post.kind, slug: post.slug }, props: { post } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { post } = props as { post: Post };
  const html = await renderingFile(post.entry.filePath ?? post.path, 'its email', async () => (await emailFilesFor(post)).html);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
