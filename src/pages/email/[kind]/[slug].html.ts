/** /email/<kind>/<slug>.html: a published post as an email-ready HTML message (inlined styles, absolute URLs). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailPostFor } from '../../../data/emails';
import { getAllPosts, type Post } from '../../../data/posts';
import { emailHtml } from '../../../lib/email';
import { renderingFile } from '../../../lib/feed-item';

export const getStaticPaths: GetStaticPaths = async () =>
  (await getAllPosts()).map((post) => ({ params: { kind: post.kind, slug: post.slug }, props: { post } }));

export const GET: APIRoute = async ({ props }) => {
  const { post } = props as { post: Post };
  const html = await renderingFile(post.entry.filePath ?? post.path, 'its email', async () => emailHtml(await emailPostFor(post)));
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
