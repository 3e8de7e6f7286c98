import type { SitemapEntry } from '../core/sitemaps.ts';
import type { Site, Story } from './model.ts';
import { urls } from './urls.ts';

/** When a story last changed: its update, or its publication. */
export function lastChanged(story: Story): Date {
  return (story.modified ?? story.data.published).date;
}

/** Every page worth indexing, as paths under the base: articles, then the pages that list them. */
export function publishedPaths(site: Site): SitemapEntry[] {
  const newest = (stories: Story[] | undefined) => (stories?.[0] ? lastChanged(stories[0]) : undefined);
  return [
    { loc: urls.home(), lastmod: newest(site.stories) },
    { loc: urls.latest(), lastmod: newest(site.stories) },
    ...site.stories.map((story) => ({ loc: urls.article(story.id), lastmod: lastChanged(story) })),
    ...site.sections.map((section) => ({
      loc: urls.section(section.id),
      lastmod: newest(site.storiesBySection.get(section.id)),
    })),
    ...[...site.tags.values()].map(({ tag, stories }) => ({ loc: urls.tag(tag.slug), lastmod: newest(stories) })),
    { loc: urls.experts() },
    { loc: urls.corrections() },
    ...site.experts.map((expert) => ({
      loc: urls.expert(expert.id),
      lastmod: newest(site.storiesByExpert.get(expert.id)),
    })),
  ];
}
