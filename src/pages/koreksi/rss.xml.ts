import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { escapeXml } from '../../core/sitemaps.ts';
import { t } from '../../i18n/id.ts';
import { siteCorrections } from '../../site/corrections.ts';
import { FEED_SIZE } from '../../site/feeds.ts';
import { getSite } from '../../site/model.ts';
import { absoluteUrl } from '../../site/site-config.ts';
import { urls } from '../../site/urls.ts';

/** The corrections as a feed, newest first: a reader or an aggregator sees each one as it is made. */
export const GET: APIRoute = async ({ site }) => {
  const { stories, year } = await getSite();
  return rss({
    title: t.correctionsFeedTitle,
    description: t.correctionsPageDescription,
    site: absoluteUrl(urls.corrections(), site),
    items: siteCorrections(stories)
      .slice(0, FEED_SIZE)
      .map((correction) => ({
        title: t.correctionFeedItem(correction.story.data.title),
        link: absoluteUrl(urls.articleCorrections(correction.story.id), site),
        // One story may be corrected twice: each correction is its own item.
        customData: `<guid isPermaLink="false">${escapeXml(`${absoluteUrl(urls.article(correction.story.id), site)}#${correction.date.iso}`)}</guid>`,
        pubDate: correction.date.date,
        description: correction.text,
      })),
    xmlns: { atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${escapeXml(absoluteUrl(urls.correctionsFeed(), site))}" rel="self" type="application/rss+xml"/><copyright>${escapeXml(t.copyright(year))}</copyright>`,
    trailingSlash: true,
  });
};
