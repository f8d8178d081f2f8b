/** One webinar as a calendar file, for the "Add to my calendar" link on its page. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { calendarResponse } from '../../data/feed-response';
import { calendarWebinars, webinarCalendar } from '../../data/webinar-calendar';
import type { Post } from '../../data/posts';
import { routes } from '../../data/site-links';

export const getStaticPaths = (async () =>
  (await calendarWebinars()).map((post) => ({ params: { slug: post.slug }, props: { post } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ post: Post<'webinars'> }> = async ({ props }) =>
  calendarResponse(await webinarCalendar([props.post], routes.webinarCalendar(props.post.slug), false));
