import { formatShortDate } from '../core/dates.ts';
import { urls } from './urls.ts';

/**
 * "Berita Terkini" beside an article is filled in the browser from /terkini.json (LatestRail.astro), so
 * that a publish does not change every article page. The rail shows RAIL_SIZE stories; the JSON holds
 * one more, since the article being read is left out when it is among the newest.
 */
export const LATEST_RAIL_SIZE = 5;
export const LATEST_FEED_SIZE = LATEST_RAIL_SIZE + 1;

/** One compact story card, ready to show: the browser formats nothing. */
export interface LatestItem {
  /** section name */
  section: string;
  title: string;
  /** the article's URL under the site's base, as the article page writes its own (data-current) */
  url: string;
  /** the publication date as the editor wrote it, for <time datetime> */
  iso: string;
  /** "6 Okt 2025", as StoryCard shows it */
  date: string;
}

/** What the feed reads of a story (a Story has it all). */
export interface LatestSource {
  id: string;
  published: Date;
  data: { title: string; published: { iso: string } };
  sectionEntry: { data: { name: string } };
}

/** The body of /terkini.json: the newest stories, newest first (the site model's order). */
export function latestFeed(stories: readonly LatestSource[], size = LATEST_FEED_SIZE): { stories: LatestItem[] } {
  return {
    stories: stories.slice(0, size).map((story) => ({
      section: story.sectionEntry.data.name,
      title: story.data.title,
      url: urls.article(story.id),
      iso: story.data.published.iso,
      date: formatShortDate(story.published),
    })),
  };
}
