import type { APIRoute } from 'astro';
import { t } from '../i18n/id.ts';
import { siteFeedTitle, storyFeed } from '../lib/feeds.ts';
import { getSite } from '../lib/site.ts';
import { urls } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) =>
  storyFeed({ title: siteFeedTitle(), description: t.latestPageDescription, page: urls.home(), self: urls.feed(), stories: (await getSite()).stories, site });
