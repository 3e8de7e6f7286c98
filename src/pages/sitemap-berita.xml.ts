import type { APIRoute } from 'astro';
import { newsSitemap, recentNews } from '../core/sitemaps.ts';
import { getSite } from '../site/model.ts';
import { absoluteUrl, SITE } from '../site/site-config.ts';
import { urls } from '../site/urls.ts';

/** The Google News sitemap: articles of the last 48 hours before this build. */
export const GET: APIRoute = async ({ site: siteUrl }) => {
  const site = await getSite();
  const entries = site.stories.map((story) => ({
    loc: absoluteUrl(urls.article(story.id), siteUrl),
    title: story.data.title,
    published: story.published,
  }));
  const body = newsSitemap(recentNews(entries, site.builtAt), { name: SITE.publisher, language: SITE.language });
  return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
