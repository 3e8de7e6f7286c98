import type { APIRoute } from 'astro';
import { t } from '../i18n/id.ts';
import { siteFeedTitle, storyFeed } from '../site/feeds.ts';
import { getSite } from '../site/model.ts';
import { urls } from '../site/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const { stories, year } = await getSite();
  return storyFeed({
    title: siteFeedTitle(),
    description: t.latestPageDescription,
    page: urls.home(),
    self: urls.feed(),
    stories,
    site,
    year,
  });
};
