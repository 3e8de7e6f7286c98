import { getImage } from 'astro:assets';
import { formatShortDate, jakartaYear } from '../core/dates.ts';
import { FILTERS, KINDS, META, OWN_SOURCE, type SearchFields } from '../search/fields.ts';
import type { ExpertEntry, Story } from './model.ts';

/** Thumbnail width in search results (shown at 96–128 CSS px; 2× for dense screens). */
const THUMB_WIDTH = 256;

export async function articleSearchFields(story: Story): Promise<SearchFields> {
  const { data } = story;
  const meta: Record<string, string> = {
    [META.date]: data.published.iso,
    [META.dateLabel]: formatShortDate(story.published),
    [META.section]: story.sectionEntry.data.name,
    [META.kind]: KINDS.article,
    // Set even when empty: otherwise Pagefind takes the first picture on the page (a related story's),
    // and meta is searchable, so its file name would make the page match words it does not contain.
    [META.image]: '',
  };
  if (data.image) {
    const thumb = await getImage({ src: data.image.src, width: THUMB_WIDTH, format: 'webp' });
    meta[META.image] = thumb.src;
    meta[META.imageAlt] = data.image.alt;
  }
  return {
    filters: {
      [FILTERS.section]: story.sectionEntry.data.name,
      [FILTERS.year]: String(jakartaYear(story.published)),
      [FILTERS.source]: data.source?.name ?? OWN_SOURCE,
      [FILTERS.kind]: KINDS.article,
    },
    meta,
    // ISO instants in UTC sort as strings in time order.
    sort: { [META.date]: story.published.toISOString() },
  };
}

export function expertSearchFields(expert: ExpertEntry): SearchFields {
  return {
    filters: { [FILTERS.kind]: KINDS.expert },
    meta: {
      [META.kind]: KINDS.expert,
      [META.section]: `${expert.data.role}, ${expert.data.affiliation}`,
      [META.image]: '',
    },
    sort: {},
  };
}

export function tagSearchFields(): SearchFields {
  return {
    filters: { [FILTERS.kind]: KINDS.tag },
    meta: { [META.kind]: KINDS.tag, [META.image]: '' },
    sort: {},
  };
}
