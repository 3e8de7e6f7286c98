import type { APIRoute } from 'astro';
import { latestFeed } from '../site/latest-rail.ts';
import { getSite } from '../site/model.ts';

/**
 * The newest stories for the "Berita Terkini" rail of article pages (LatestRail.astro), fetched by every
 * article view: a route without getStaticPaths, so every build writes it afresh.
 */
export const GET: APIRoute = async () => {
  const site = await getSite();
  return new Response(JSON.stringify(latestFeed(site.stories)), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
};
