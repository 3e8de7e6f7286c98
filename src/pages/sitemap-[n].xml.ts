import type { APIRoute, GetStaticPaths } from 'astro';
import { chunkEntries, urlset } from '../core/sitemaps.ts';
import { keyPaths } from '../site/input-values.ts';
import { getSite } from '../site/model.ts';
import { publishedPaths } from '../site/published-urls.ts';
import { absoluteUrl } from '../site/site-config.ts';

/** The parts of a sitemap index, only when the site has outgrown one sitemap file. */
export const getStaticPaths = (async ({ routePattern }) => {
  const chunks = chunkEntries(publishedPaths(await getSite()));
  return chunks.length === 1
    ? []
    : keyPaths(
        routePattern,
        chunks.map((chunk, i) => ({ params: { n: String(i + 1) }, props: { chunk } })),
      );
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props, site }) => {
  const chunk = (props as { chunk: { loc: string; lastmod?: Date }[] }).chunk;
  return new Response(urlset(chunk.map((e) => ({ ...e, loc: absoluteUrl(e.loc, site) }))), {
    headers: { 'Content-Type': 'application/xml; charset=utf-8' },
  });
};
