import rss from '@astrojs/rss';
import { escapeXml } from '../core/sitemaps.ts';
import { t } from '../i18n/id.ts';
import type { Story } from './model.ts';
import { absoluteUrl, SITE } from './site-config.ts';
import { leadImageCrops } from './story-images.ts';
import { urls } from './urls.ts';

/** Items per feed: a day or two of a busy newsroom; feed readers keep what they have already seen. */
export const FEED_SIZE = 50;

export interface FeedOptions {
  title: string;
  description: string;
  /** the page the feed belongs to (home or section page), under the base */
  page: string;
  /** the feed's own URL, under the base */
  self: string;
  stories: Story[];
  site: URL | undefined;
  /** the copyright year (`Site.year`) */
  year: number;
}

/** The stories a feed carries, newest first. */
export const feedStories = (stories: readonly Story[]): Story[] => stories.slice(0, FEED_SIZE);

/** RSS 2.0 with absolute links, the standfirst as summary, section as category, and a picture. */
export async function storyFeed({
  title,
  description,
  page,
  self,
  stories,
  site,
  year,
}: FeedOptions): Promise<Response> {
  const items = await Promise.all(
    feedStories(stories).map(async (story) => {
      const [image] = await leadImageCrops(story);
      return {
        title: story.data.title,
        link: absoluteUrl(urls.article(story.id), site),
        pubDate: story.published,
        description: story.data.description,
        categories: [story.sectionEntry.data.name, ...story.data.tags],
        ...(image
          ? {
              customData: `<media:content url="${escapeXml(absoluteUrl(image.src, site))}" medium="image" type="image/jpeg" width="${image.width}" height="${image.height}"/>`,
            }
          : {}),
      };
    }),
  );
  return rss({
    title,
    description,
    site: absoluteUrl(page, site),
    items,
    xmlns: { media: 'http://search.yahoo.com/mrss/', atom: 'http://www.w3.org/2005/Atom' },
    customData: `<language>id</language><atom:link href="${escapeXml(absoluteUrl(self, site))}" rel="self" type="application/rss+xml"/><copyright>${escapeXml(t.copyright(year))}</copyright>`,
    trailingSlash: true,
  });
}

export const siteFeedTitle = () => `${SITE.name}: ${t.latest}`;
export const sectionFeedTitle = (section: string) => `${SITE.name}: ${section}`;
