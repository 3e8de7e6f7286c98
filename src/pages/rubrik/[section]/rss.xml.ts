import type { APIRoute, GetStaticPaths } from 'astro';
import { copyrightYear } from '../../../core/dates.ts';
import { t } from '../../../i18n/id.ts';
import { feedStories, sectionFeedTitle, storyFeed } from '../../../site/feeds.ts';
import { getSite, type SectionEntry } from '../../../site/model.ts';
import { cacheKey, sectionKey, storiesKey } from '../../../site/page-keys.ts';
import { urls } from '../../../site/urls.ts';

export const getStaticPaths = (async () => {
  const site = await getSite();
  return Promise.all(
    site.sections.map(async (section) => ({
      params: { section: section.id },
      props: { section },
      cacheKey: cacheKey(
        sectionKey(section),
        await storiesKey(feedStories(site.storiesBySection.get(section.id) ?? [])),
        copyrightYear(site.builtAt),
      ),
    })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { section } = props as { section: SectionEntry };
  const { storiesBySection, builtAt } = await getSite();
  const stories = storiesBySection.get(section.id) ?? [];
  return storyFeed({
    title: sectionFeedTitle(section.data.name),
    description: section.data.description ?? t.sectionPageDescription(section.data.name),
    page: urls.section(section.id),
    self: urls.sectionFeed(section.id),
    stories,
    site,
    builtAt,
  });
};
