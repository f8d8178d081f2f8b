/**
 * A post's MDX body rendered to HTML ONCE per build (through the Astro Container API and
 * the MDX server renderer, with the same components everywhere), shared by the post page
 * and every feed that carries the post.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import mdxRenderer from '@astrojs/mdx/server.js';
import { render, type CollectionEntry } from 'astro:content';
import { mdxComponents } from '../components/mdx';
import type { Post } from './posts';

let containerPromise: Promise<AstroContainer> | undefined;

/** The one Container of this build, able to render MDX and Astro components. */
export function getContainer(): Promise<AstroContainer> {
  containerPromise ??= AstroContainer.create().then((container) => {
    container.addServerRenderer({ name: 'astro:jsx', renderer: mdxRenderer });
    return container;
  });
  return containerPromise;
}

const bodies = new Map<string, Promise<string>>();

/**
 * The HTML of a content entry's body, rendered on first use and cached by its site path for the
 * rest of the build; `pageUrl` (the page's address) gives the components their language.
 */
export function renderEntryBody(path: string, entry: Post['entry'] | CollectionEntry<'translations'>, pageUrl?: string): Promise<string> {
  let html = bodies.get(path);
  if (!html) {
    html = (async () => {
      const container = await getContainer();
      const { Content } = await render(entry);
      return container.renderToString(Content as Parameters<AstroContainer['renderToString']>[0], {
        props: { components: mdxComponents },
        ...(pageUrl ? { request: new Request(pageUrl) } : {}),
      });
    })();
    bodies.set(path, html);
  }
  return html;
}

/** The HTML of a post's body, rendered on first use and cached for the rest of the build. */
export function renderPostBody(post: Post): Promise<string> {
  return renderEntryBody(post.path, post.entry);
}
