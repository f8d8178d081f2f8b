/** /email/<kind>/<slug>.html: a published post as an email-ready HTML message (inlined styles, absolute URLs). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailFilesFor, startEmails } from '../../../data/emails';
import { getAllPosts, type Post } from '../../../data/posts';
import { renderingFile } from '../../../lib/feed-item';

export const getStaticPaths: GetStaticPaths = async () => {
  const posts = await getAllPosts();
  // The emails are written on a worker from now on; the pages before them are built meanwhile.
  startEmails(posts);
  return posts.map((post) => ({ params: { kind: post.kind, slug: post.slug }, props: { post } }));
};

export const GET: APIRoute = async ({ props }) => {
  const { post } = props as { post: Post };
  const html = await renderingFile(post.entry.filePath ?? post.path, 'its email', async () => (await emailFilesFor(post)).html);
  return new Response(html, { headers: { 'Content-Type': 'text/html; charset=utf-8' } });
};
