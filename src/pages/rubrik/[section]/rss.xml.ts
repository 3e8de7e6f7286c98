import type { APIRoute, GetStaticPaths } from 'astro';
import { t } from '../../../i18n/id.ts';
import { sectionFeedTitle, storyFeed } from '../../../site/feeds.ts';
import { keyPaths } from '../../../site/input-values.ts';
import { getSite, type SectionEntry } from '../../../site/model.ts';
import { urls } from '../../../site/urls.ts';

export const getStaticPaths = (async ({ routePattern }) =>
  keyPaths(
    routePattern,
    (await getSite()).sections.map((section) => ({ params: { section: section.id }, props: { section } })),
  )) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props, site }) => {
  const { section } = props as { section: SectionEntry };
  const { storiesBySection, year } = await getSite();
  const stories = storiesBySection.get(section.id) ?? [];
  return storyFeed({
    title: sectionFeedTitle(section.data.name),
    description: section.data.description ?? t.sectionPageDescription(section.data.name),
    page: urls.section(section.id),
    self: urls.sectionFeed(section.id),
    stories,
    site,
    year,
  });
};
