/** /email/<kind>/<slug>.txt: a published post as a plain-text email message (in a build, written with the .html beside the pages). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { emailFilesFor } from '../../../data/emails';
import { isBuilding } from '../../../lib/build-output';
import { getAllPosts, type Post } from '../../../data/posts';
import { renderingFile } from '../../../lib/feed-item';

export const getStaticPaths: GetStaticPaths = async () =>
  isBuilding() ? [] : (await getAllPosts()).map((post) => ({ params: { kind: post.kind, slug: post.slug }, props: { post } }));

export const GET: APIRoute = async ({ props }) => {
  const { post } = props as { post: Post };
  const text = await renderingFile(post.entry.filePath ?? post.path, 'its email', async () => (await emailFilesFor(post)).text);
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
