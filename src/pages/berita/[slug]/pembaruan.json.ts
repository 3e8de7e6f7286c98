import type { APIRoute, GetStaticPaths } from 'astro';
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { liveFeed } from '../../../site/live-feed.ts';
import { getSite, type Story, storyBody } from '../../../site/model.ts';

/**
 * `pembaruan.json` beside every live page (src/site/live-feed.ts), also once the coverage has ended: a
 * page left open learns it from here. Written by every build (no cache key): there are few live pages,
 * and the feed is cut from the body exactly as the page renders it, pictures included.
 */
export const getStaticPaths = (async () =>
  (await getSite()).stories
    .filter((story) => story.live)
    .map((story) => ({ params: { slug: story.id }, props: { story } }))) satisfies GetStaticPaths;

let container: Promise<AstroContainer> | undefined;

export const GET: APIRoute = async ({ props }) => {
  const { story } = props as { story: Story };
  const html = await (await (container ??= AstroContainer.create())).renderToString(await storyBody(story));
  return new Response(JSON.stringify(liveFeed(story, html)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
