import type { APIRoute } from 'astro';
import { chunkEntries, newestDate, sitemapIndex, urlset } from '../core/sitemaps.ts';
import { getSite } from '../site/model.ts';
import { publishedPaths } from '../site/published-urls.ts';
import { absoluteUrl } from '../site/site-config.ts';
import { href } from '../site/urls.ts';

/** /sitemap.xml: every page while they fit in one file, then an index of /sitemap-N.xml files. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const entries = publishedPaths(await getSite()).map((e) => ({ ...e, loc: absoluteUrl(e.loc, siteUrl) }));
  const chunks = chunkEntries(entries);
  const body =
    chunks.length === 1
      ? urlset(entries)
      : sitemapIndex(
          chunks.map((chunk, i) => ({
            loc: absoluteUrl(href(`sitemap-${i + 1}.xml`), siteUrl),
            lastmod: newestDate(chunk),
          })),
        );
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
