/**
 * A post's attachments (src/lib/attachments.ts), served under the post's address. Only posts
 * this build shows get theirs: a draft's or a scheduled post's files reach no output (in the
 * dev preview, where every post is shown, src/integrations/attachments-preview.ts serves them).
 */
import { readFileSync } from 'node:fs';
import type { APIRoute, GetStaticPaths } from 'astro';
import { getAllPosts } from '../../../data/posts';
import { ATTACHMENT_TYPES, extensionOf, listAttachments } from '../../../lib/attachments';

export const getStaticPaths = (async () => {
  const posts = await getAllPosts();
  return posts.flatMap((post) =>
    listAttachments(post.entry.filePath ?? '').map((attachment) => ({
      params: { kind: post.kind, slug: post.slug, file: attachment.name },
      props: { file: attachment.file },
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, params }) =>
  new Response(readFileSync(props.file as string), {
    headers: { 'Content-Type': ATTACHMENT_TYPES[extensionOf(String(params.file))] ?? 'application/octet-stream' },
  });
